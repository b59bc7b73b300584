import CSodium

/// A fixed-size secret held outside Swift's copy-on-write arrays and wiped on release.
///
/// The bytes live in one heap allocation that is written only by the initialiser and zeroed
/// with `sodium_memzero` when the last reference goes away.
///
/// ```swift
/// let key = SecureBytes(copying: SecureRandom.bytes(32))
/// let cipher = try key.withTemporaryArray { bytes in
///   try SecretBox.seal(message: plain, nonce: nonce, key: bytes)
/// }
/// ```
public final class SecureBytes: @unchecked Sendable {
  // Sendable invariant: `storage` is fully written inside `init` and only read afterwards,
  // until `deinit` (which runs when no other reference exists) wipes and frees it.
  private let storage: UnsafeMutableRawBufferPointer

  /// The number of secret bytes.
  public let count: Int

  /// Copies `bytes` into protected storage. The caller should wipe its own copy with
  /// ``zero(_:)`` when it no longer needs it.
  public convenience init(copying bytes: [UInt8]) {
    self.init(count: bytes.count) { destination in
      destination.copyBytes(from: bytes)
    }
  }

  /// Allocates `count` zeroed bytes and lets `initializer` fill them in place.
  public init(count: Int, initializingWith initializer: (UnsafeMutableRawBufferPointer) -> Void) {
    Sodium.ensureInitialized()
    let byteCount = Swift.max(count, 0)
    let allocation = UnsafeMutableRawBufferPointer.allocate(
      byteCount: Swift.max(byteCount, 1),
      alignment: 16
    )
    allocation.initializeMemory(as: UInt8.self, repeating: 0)
    self.storage = allocation
    self.count = byteCount
    initializer(UnsafeMutableRawBufferPointer(rebasing: allocation[0..<byteCount]))
  }

  deinit {
    sodium_memzero(storage.baseAddress, storage.count)
    storage.deallocate()
  }

  /// Lends the secret bytes to `body`; the pointer must not escape the call.
  public func withUnsafeBytes<R, E: Error>(
    _ body: (UnsafeRawBufferPointer) throws(E) -> R
  ) throws(E) -> R {
    try body(UnsafeRawBufferPointer(rebasing: storage[0..<count]))
  }

  /// Lends a temporary `[UInt8]` copy of the secret to `body`, and wipes it afterwards.
  ///
  /// `body` must not keep the array: a retained copy would survive the wipe.
  public func withTemporaryArray<R, E: Error>(_ body: ([UInt8]) throws(E) -> R) throws(E) -> R {
    var copy = [UInt8](UnsafeRawBufferPointer(rebasing: storage[0..<count]))
    defer { Self.zero(&copy) }
    return try body(copy)
  }

  /// Returns a plain copy of the secret, which the caller is responsible for wiping.
  public func copyBytes() -> [UInt8] {
    [UInt8](UnsafeRawBufferPointer(rebasing: storage[0..<count]))
  }

  /// Overwrites `bytes` with zeros using `sodium_memzero`, which the optimiser cannot elide.
  ///
  /// Only this array's own buffer is wiped: copies that share or once shared its storage
  /// (copy-on-write) are out of reach, so keep secrets in as few arrays as possible.
  public static func zero(_ bytes: inout [UInt8]) {
    Sodium.ensureInitialized()
    bytes.withUnsafeMutableBytes { buffer in
      if let base = buffer.baseAddress {
        sodium_memzero(base, buffer.count)
      }
    }
  }
}
