/// How large a bundle may be, packed (the file) and unpacked (its gzip inflated), so that a gzip bomb or an
/// endless file is refused instead of filling memory.
///
/// ```swift
/// let bundle = try AppBundle(packed: bytes, limits: BundleLimits(maxUnpackedBytes: 64 << 20))
/// ```
public struct BundleLimits: Hashable, Sendable {
  /// The largest bundle file read: 256 MiB.
  public var maxPackedBytes: Int
  /// The largest inflated bundle: 512 MiB (Holochain's largest hApps are tens of MiB).
  public var maxUnpackedBytes: Int

  public init(maxPackedBytes: Int = 256 << 20, maxUnpackedBytes: Int = 512 << 20) {
    self.maxPackedBytes = maxPackedBytes
    self.maxUnpackedBytes = maxUnpackedBytes
  }

  /// The default limits.
  public static let `default` = BundleLimits()
}
