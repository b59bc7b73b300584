import Foundation
import HoloCrypto

/// A decrypted seed and the keys derived from it, cached for fast signing.
///
/// The seed and every secret derived from it live in ``SecureBytes`` (directly or inside the
/// key pairs), which wipe their memory with `sodium_memzero` when this object is released.
final class UnlockedSeed: Sendable {
  /// `crypto_kdf` context of the secretbox key derivation.
  static let secretBoxContext = "HsSecBox"
  /// `crypto_kdf` subkey id of the secretbox key.
  static let secretBoxSubkeyId: UInt64 = 1

  let info: SeedInfo
  let seed: SecureBytes
  let signing: Ed25519KeyPair
  let agreement: X25519KeyPair
  /// `KDF.deriveSubkey(masterKey: seed, subkeyId: 1, context: "HsSecBox", length: 32)`.
  let secretBoxKey: SecureBytes

  /// Derives the key pairs and the secretbox key of a 32-byte `seed`.
  init(seed: SecureBytes, tag: String, exportable: Bool, createdAt: Date) throws(CryptoError) {
    var bytes = seed.copyBytes()
    defer { SecureBytes.zero(&bytes) }
    var boxKey = try KDF.deriveSubkey(
      masterKey: bytes, subkeyId: Self.secretBoxSubkeyId, context: Self.secretBoxContext,
      length: SecretBox.keyLength)
    defer { SecureBytes.zero(&boxKey) }
    let signing = try Ed25519KeyPair(seed: bytes)
    let agreement = try X25519KeyPair(seed: bytes)
    self.seed = seed
    self.signing = signing
    self.agreement = agreement
    self.secretBoxKey = SecureBytes(copying: boxKey)
    self.info = SeedInfo(
      tag: tag,
      ed25519PublicKey: signing.publicKey,
      x25519PublicKey: agreement.publicKey,
      exportable: exportable,
      createdAt: createdAt)
  }
}
