import CSodium

/// Passphrase stretching with Argon2id v1.3 (`crypto_pwhash` with `ALG_ARGON2ID13`).
///
/// The same passphrase, salt and limits always give the same key.
///
/// ```swift
/// let salt = SecureRandom.bytes(Argon2id.saltLength)
/// let key = try Argon2id.deriveKey(
///   passphrase: Array("correct horse".utf8), salt: salt, outputLength: 32, limits: .moderate)
/// ```
public enum Argon2id {
  /// Length of a salt, in bytes.
  public static let saltLength = Int(crypto_pwhash_argon2id_saltbytes())
  /// The key lengths Argon2id can produce, in bytes.
  public static let outputLengthRange: ClosedRange<Int> =
    Int(crypto_pwhash_argon2id_bytes_min())...Int(crypto_pwhash_argon2id_bytes_max())
  /// The operations limits (passes over memory) libsodium accepts.
  public static let opsLimitRange: ClosedRange<Int> =
    Int(crypto_pwhash_argon2id_opslimit_min())...Int(crypto_pwhash_argon2id_opslimit_max())
  /// The memory limits (in bytes) libsodium accepts.
  public static let memLimitRange: ClosedRange<Int> =
    Int(crypto_pwhash_argon2id_memlimit_min())...Int(crypto_pwhash_argon2id_memlimit_max())

  /// Stretches `passphrase` with a 16-byte `salt` into a key of `outputLength` bytes.
  ///
  /// `opsLimit` and `memLimit` (bytes) set the cost; see ``Limits`` for libsodium's presets.
  /// A failure to allocate `memLimit` bytes is ``CryptoError/keyDerivationFailed``.
  public static func deriveKey(
    passphrase: [UInt8],
    salt: [UInt8],
    outputLength: Int,
    opsLimit: Int,
    memLimit: Int
  ) throws(CryptoError) -> [UInt8] {
    try CryptoError.requireLength(salt, saltLength, "salt")
    try CryptoError.requireLength(outputLength, in: outputLengthRange, "outputLength")
    try CryptoError.requireLimit(opsLimit, in: opsLimitRange, "opsLimit")
    try CryptoError.requireLimit(memLimit, in: memLimitRange, "memLimit")
    Sodium.ensureInitialized()
    let key = passphrase.withSodiumPointer { passphrase, passphraseLength in
      salt.withSodiumPointer { salt, _ in
        [UInt8].sodiumOutput(count: outputLength) { out in
          crypto_pwhash(
            out, UInt64(outputLength),
            UnsafeRawPointer(passphrase).assumingMemoryBound(to: CChar.self),
            UInt64(passphraseLength),
            salt, UInt64(opsLimit), memLimit, crypto_pwhash_ALG_ARGON2ID13)
        }
      }
    }
    guard let key else { throw .keyDerivationFailed }
    return key
  }

  /// Stretches `passphrase` with a 16-byte `salt` under preset `limits`.
  public static func deriveKey(
    passphrase: [UInt8],
    salt: [UInt8],
    outputLength: Int,
    limits: Limits
  ) throws(CryptoError) -> [UInt8] {
    try deriveKey(
      passphrase: passphrase, salt: salt, outputLength: outputLength,
      opsLimit: limits.opsLimit, memLimit: limits.memLimit)
  }
}
