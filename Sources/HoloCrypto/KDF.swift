import CSodium

/// Subkey derivation from a master key (`crypto_kdf_derive_from_key`, BLAKE2b based).
///
/// A master key, an 8-byte context and a subkey id always give the same subkey; different
/// ids or contexts give unrelated subkeys.
///
/// ```swift
/// let boxKey = try KDF.deriveSubkey(
///   masterKey: master, subkeyId: 1, context: "HsSecBox", length: 32)
/// ```
public enum KDF {
  /// Length of a master key, in bytes.
  public static let masterKeyLength = Int(crypto_kdf_keybytes())
  /// Length of a context, in UTF-8 bytes.
  public static let contextLength = Int(crypto_kdf_contextbytes())
  /// The subkey lengths that can be derived, in bytes.
  public static let subkeyLengthRange: ClosedRange<Int> =
    Int(crypto_kdf_bytes_min())...Int(crypto_kdf_bytes_max())

  /// Derives subkey number `subkeyId` of `length` bytes (16 through 64) from a 32-byte
  /// `masterKey`, within a `context` of exactly 8 UTF-8 bytes.
  public static func deriveSubkey(
    masterKey: [UInt8],
    subkeyId: UInt64,
    context: String,
    length: Int
  ) throws(CryptoError) -> [UInt8] {
    try CryptoError.requireLength(masterKey, masterKeyLength, "masterKey")
    let contextBytes = Array(context.utf8)
    try CryptoError.requireLength(contextBytes, contextLength, "context")
    try CryptoError.requireLength(length, in: subkeyLengthRange, "length")
    Sodium.ensureInitialized()
    let subkey = masterKey.withSodiumPointer { masterKey, _ in
      contextBytes.withUnsafeBufferPointer { context in
        context.withMemoryRebound(to: CChar.self) { context in
          [UInt8].sodiumOutput(count: length) { out in
            crypto_kdf_derive_from_key(out, length, subkeyId, context.baseAddress!, masterKey)
          }
        }
      }
    }
    guard let subkey else { preconditionFailure("crypto_kdf_derive_from_key refused valid input") }
    return subkey
  }
}
