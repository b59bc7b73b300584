import CSodium

/// Cryptographically secure random bytes from the operating system (`randombytes_buf`).
///
/// ```swift
/// let nonce = SecureRandom.bytes(24)
/// ```
public enum SecureRandom {
  /// Returns `count` random bytes; a count of zero or less gives an empty array.
  public static func bytes(_ count: Int) -> [UInt8] {
    Sodium.ensureInitialized()
    guard count > 0 else { return [] }
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      randombytes_buf(buffer.baseAddress!, count)
      initialized = count
    }
  }
}
