import HoloCrypto

extension Keystore {
  /// Encrypts `message` with a symmetric key derived from the seed named `tag`, using
  /// `crypto_secretbox` and a fresh random nonce.
  ///
  /// The key is `KDF.deriveSubkey(masterKey: seed, subkeyId: 1, context: "HsSecBox",
  /// length: 32)`: BLAKE2b keyed by the seed, so it reveals nothing about the seed or its
  /// signing keys, and stays the same across restarts.
  ///
  /// ```swift
  /// let (nonce, cipher) = try keystore.secretBoxSeal(tag: "agent", message: plain)
  /// let plain = try keystore.secretBoxOpen(tag: "agent", nonce: nonce, cipher: cipher)
  /// ```
  public func secretBoxSeal(tag: String, message: [UInt8]) throws(KeystoreError)
    -> (nonce: [UInt8], cipher: [UInt8])
  {
    let seed = try unlockedSeed(tag: tag)
    let nonce = SecretBox.randomNonce()
    do {
      let cipher = try seed.secretBoxKey.withTemporaryArray { key throws(CryptoError) in
        try SecretBox.seal(message: message, nonce: nonce, key: key)
      }
      return (nonce, cipher)
    } catch {
      throw .crypto(error)
    }
  }

  /// Decrypts what ``secretBoxSeal(tag:message:)`` sealed with the seed named `tag`.
  ///
  /// A box that fails to authenticate is ``KeystoreError/crypto(_:)`` with
  /// ``CryptoError/authenticationFailed``.
  public func secretBoxOpen(tag: String, nonce: [UInt8], cipher: [UInt8]) throws(KeystoreError)
    -> [UInt8]
  {
    let seed = try unlockedSeed(tag: tag)
    do {
      return try seed.secretBoxKey.withTemporaryArray { key throws(CryptoError) in
        try SecretBox.open(cipher: cipher, nonce: nonce, key: key)
      }
    } catch {
      throw .crypto(error)
    }
  }
}
