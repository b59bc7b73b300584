import CSodium

/// BLAKE2b hashing without a key (libsodium's `crypto_generichash`), as Holochain uses for
/// its hashes.
///
/// ```swift
/// let digest = Blake2b.hash32(Array("abc".utf8))   // 32-byte BLAKE2b-256
/// let custom = try Blake2b.hash(bytes, outputLength: 20)
/// ```
public enum Blake2b {
  /// The digest lengths BLAKE2b can produce, in bytes.
  public static let outputLengthRange: ClosedRange<Int> = 1...Int(crypto_generichash_bytes_max())

  /// Hashes `data` to a digest of `outputLength` bytes (1 through 64).
  public static func hash(_ data: [UInt8], outputLength: Int) throws(CryptoError) -> [UInt8] {
    try CryptoError.requireLength(outputLength, in: outputLengthRange, "outputLength")
    return digest(data, outputLength: outputLength)
  }

  /// Hashes `data` to a 16-byte (128-bit) digest.
  public static func hash16(_ data: [UInt8]) -> [UInt8] {
    digest(data, outputLength: 16)
  }

  /// Hashes `data` to a 32-byte (256-bit) digest.
  public static func hash32(_ data: [UInt8]) -> [UInt8] {
    digest(data, outputLength: 32)
  }

  /// Hashes `data` to a 64-byte (512-bit) digest.
  public static func hash64(_ data: [UInt8]) -> [UInt8] {
    digest(data, outputLength: 64)
  }

  /// Hashes with an already validated output length.
  private static func digest(_ data: [UInt8], outputLength: Int) -> [UInt8] {
    Sodium.ensureInitialized()
    let output = data.withSodiumPointer { input, inputLength in
      [UInt8].sodiumOutput(count: outputLength) { out in
        crypto_generichash(out, outputLength, input, UInt64(inputLength), nil, 0)
      }
    }
    guard let output else {
      preconditionFailure("crypto_generichash refused a validated output length")
    }
    return output
  }
}
