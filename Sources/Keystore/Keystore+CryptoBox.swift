import HoloCrypto

extension Keystore {
  /// Encrypts `message` from a local seed (found by its X25519 public key `senderX25519`) to
  /// the holder of `recipientX25519`, with `crypto_box` and a fresh random nonce.
  ///
  /// An unknown sender key is ``KeystoreError/unknownPublicKey(_:)``.
  ///
  /// ```swift
  /// let (nonce, cipher) = try keystore.cryptoBox(
  ///   senderX25519: me.x25519PublicKey, recipientX25519: peer, message: plain)
  /// ```
  public func cryptoBox(
    senderX25519: [UInt8],
    recipientX25519: [UInt8],
    message: [UInt8]
  ) throws(KeystoreError) -> (nonce: [UInt8], cipher: [UInt8]) {
    let sender = try unlockedSeed(x25519: senderX25519)
    let nonce = CryptoBox.randomNonce()
    do {
      let cipher = try CryptoBox.seal(
        message: message, nonce: nonce, recipientPublicKey: recipientX25519,
        sender: sender.agreement)
      return (nonce, cipher)
    } catch {
      throw .crypto(error)
    }
  }

  /// Decrypts a `crypto_box` sent by `senderX25519` to a local seed (found by its X25519
  /// public key `recipientX25519`).
  ///
  /// An unknown recipient key is ``KeystoreError/unknownPublicKey(_:)``; a box that fails to
  /// authenticate is ``KeystoreError/crypto(_:)`` with ``CryptoError/authenticationFailed``.
  ///
  /// ```swift
  /// let plain = try keystore.cryptoBoxOpen(
  ///   senderX25519: peer, recipientX25519: me.x25519PublicKey, nonce: nonce, cipher: cipher)
  /// ```
  public func cryptoBoxOpen(
    senderX25519: [UInt8],
    recipientX25519: [UInt8],
    nonce: [UInt8],
    cipher: [UInt8]
  ) throws(KeystoreError) -> [UInt8] {
    let recipient = try unlockedSeed(x25519: recipientX25519)
    do {
      return try CryptoBox.open(
        cipher: cipher, nonce: nonce, senderPublicKey: senderX25519, recipient: recipient.agreement)
    } catch {
      throw .crypto(error)
    }
  }
}
