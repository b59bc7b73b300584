import Foundation
import HoloCrypto

/// The key-encryption key (KEK): the passphrase stretched by Argon2id into 32 bytes.
///
/// Every seed, and the verifier, is sealed under it with secretstream
/// (XChaCha20-Poly1305). The KEK lives in ``SecureBytes`` and is never stored.
struct KeyEncryptionKey: Sendable {
  /// The known plain text whose sealed form tells whether a passphrase is right.
  static let verifierPlaintext = Array("holoswift keystore verifier v1".utf8)

  private let key: SecureBytes

  /// Stretches `passphrase` with a fresh random salt and seals a new verifier.
  static func create(
    passphrase: [UInt8],
    limits: Argon2id.Limits
  ) throws(KeystoreError) -> (KeyEncryptionKey, KeystoreMeta) {
    let salt = SecureRandom.bytes(Argon2id.saltLength)
    let kek = try derive(passphrase: passphrase, salt: salt, limits: limits)
    let verifier = try kek.seal(verifierPlaintext, additionalData: verifierAdditionalData(salt))
    let meta = KeystoreMeta(
      formatVersion: KeystoreMeta.currentFormatVersion,
      salt: Data(salt),
      opsLimit: limits.opsLimit,
      memLimit: limits.memLimit,
      verifierHeader: Data(verifier.header),
      verifierCipher: Data(verifier.cipher))
    return (kek, meta)
  }

  /// Stretches `passphrase` as `meta` says and checks it against the verifier.
  static func unlock(
    passphrase: [UInt8],
    meta: KeystoreMeta
  ) throws(KeystoreError) -> KeyEncryptionKey {
    guard meta.formatVersion == KeystoreMeta.currentFormatVersion else {
      throw .corrupted("unsupported keystore format version \(meta.formatVersion)")
    }
    let salt = [UInt8](meta.salt)
    let limits = Argon2id.Limits(opsLimit: meta.opsLimit, memLimit: meta.memLimit)
    let kek: KeyEncryptionKey
    do {
      kek = try derive(passphrase: passphrase, salt: salt, limits: limits)
    } catch .crypto(let error) {
      throw .corrupted("stored key-derivation parameters are unusable: \(error)")
    } catch {
      throw error
    }
    let plaintext: [UInt8]
    do {
      plaintext = try kek.open(
        header: [UInt8](meta.verifierHeader),
        cipher: [UInt8](meta.verifierCipher),
        additionalData: verifierAdditionalData(salt))
    } catch .authenticationFailed {
      throw .wrongPassphrase
    } catch {
      throw .corrupted("the passphrase verifier is malformed: \(error)")
    }
    guard plaintext == verifierPlaintext else {
      throw .corrupted("the passphrase verifier holds unexpected content")
    }
    return kek
  }

  /// Seals `plaintext` as a one-chunk secretstream under the KEK.
  func seal(
    _ plaintext: [UInt8],
    additionalData: [UInt8]
  ) throws(KeystoreError) -> (header: [UInt8], cipher: [UInt8]) {
    do {
      return try key.withTemporaryArray { key throws(CryptoError) in
        try SecretStream.seal(message: plaintext, key: key, additionalData: additionalData)
      }
    } catch {
      throw .crypto(error)
    }
  }

  /// Opens a one-chunk secretstream sealed by ``seal(_:additionalData:)``.
  func open(
    header: [UInt8],
    cipher: [UInt8],
    additionalData: [UInt8]
  ) throws(CryptoError) -> [UInt8] {
    try key.withTemporaryArray { key throws(CryptoError) in
      try SecretStream.open(
        header: header, cipher: cipher, key: key, additionalData: additionalData)
    }
  }

  private static func derive(
    passphrase: [UInt8],
    salt: [UInt8],
    limits: Argon2id.Limits
  ) throws(KeystoreError) -> KeyEncryptionKey {
    do {
      var bytes = try Argon2id.deriveKey(
        passphrase: passphrase, salt: salt, outputLength: SecretStream.keyLength, limits: limits)
      defer { SecureBytes.zero(&bytes) }
      return KeyEncryptionKey(key: SecureBytes(copying: bytes))
    } catch {
      throw .crypto(error)
    }
  }

  /// Binds the verifier to its salt, so a verifier copied from another keystore is refused.
  private static func verifierAdditionalData(_ salt: [UInt8]) -> [UInt8] {
    Array("holoswift.keystore.verifier.v1".utf8) + [0] + salt
  }
}
