import HoloCrypto

extension Keystore {
  /// Signs `message` with the seed whose Ed25519 public key is `publicKey`, returning a
  /// 64-byte detached signature (verify it with ``Ed25519/verify(signature:message:publicKey:)``).
  ///
  /// A key no stored seed has is ``KeystoreError/unknownPublicKey(_:)``.
  ///
  /// ```swift
  /// let signature = try keystore.sign(publicKey: agent.ed25519PublicKey, message: bytes)
  /// ```
  public func sign(publicKey: [UInt8], message: [UInt8]) throws(KeystoreError) -> [UInt8] {
    try unlockedSeed(ed25519: publicKey).signing.sign(message)
  }
}
