import CSodium

/// SHA-512 (`crypto_hash_sha512`).
///
/// ```swift
/// let digest = SHA512.hash(Array("abc".utf8))   // 64 bytes
/// ```
public enum SHA512 {
  /// The digest length in bytes.
  public static let outputLength = Int(crypto_hash_sha512_bytes())

  /// Hashes `data` to a 64-byte digest.
  public static func hash(_ data: [UInt8]) -> [UInt8] {
    Sodium.ensureInitialized()
    let output = data.withSodiumPointer { input, length in
      [UInt8].sodiumOutput(count: outputLength) { out in
        crypto_hash_sha512(out, input, UInt64(length))
      }
    }
    guard let output else { preconditionFailure("crypto_hash_sha512 cannot fail") }
    return output
  }
}
