/// How a gossip summary cuts ops into buckets: the location ring into `sectorCount` equal sectors (sector
/// `s` holds the locations `l` with `s = ⌊l · sectorCount / 2³²⌋`), and time into slices of `sliceMicros`
/// (slice `⌊timestamp / sliceMicros⌋`, rounding down for times before the epoch too).
///
/// Two peers compare summaries only when their layouts are equal.
public struct SummaryLayout: Hashable, Sendable {
  /// How many sectors the ring is cut into (at least 1; a power of two gives sectors of exactly equal size).
  public let sectorCount: UInt32
  /// How long one time slice is, in microseconds (at least 1).
  public let sliceMicros: Int64

  /// One hour of microseconds, the default slice.
  public static let hourMicros: Int64 = 3_600 * 1_000_000

  /// 16 sectors, one-hour slices.
  public static let standard = SummaryLayout()

  /// A layout; `sectorCount` and `sliceMicros` must be positive.
  public init(sectorCount: UInt32 = 16, sliceMicros: Int64 = SummaryLayout.hourMicros) {
    precondition(sectorCount > 0 && sliceMicros > 0, "a summary layout needs at least one sector and a positive slice")
    self.sectorCount = sectorCount
    self.sliceMicros = sliceMicros
  }

  /// A layout read from the wire: `nil` unless both numbers are positive.
  init?(checkingSectorCount sectorCount: UInt32, sliceMicros: Int64) {
    guard sectorCount > 0, sliceMicros > 0 else { return nil }
    self.init(sectorCount: sectorCount, sliceMicros: sliceMicros)
  }

  /// The sector `location` falls in, `0..<sectorCount`.
  @inline(__always)
  public func sector(of location: UInt32) -> UInt32 {
    UInt32(truncatingIfNeeded: (UInt64(location) &* UInt64(sectorCount)) >> 32)
  }

  /// The time slice `timestamp` (microseconds) falls in.
  @inline(__always)
  public func slice(of timestamp: Int64) -> Int64 {
    let quotient = timestamp / sliceMicros
    return timestamp % sliceMicros < 0 ? quotient - 1 : quotient
  }

  /// The bucket a digest falls in.
  @inline(__always)
  public func key(for digest: OpDigest) -> BucketKey {
    BucketKey(sector: sector(of: digest.location), slice: slice(of: digest.timestamp))
  }

  /// The locations of `sector` as an arc (`.empty` for a sector past the last one).
  public func locations(ofSector sector: UInt32) -> StorageArc {
    guard sector < sectorCount else { return .empty }
    // Sector s starts at ⌈s · 2³² / n⌉; the next one's start, less one, ends it.
    let first = Self.ceilDiv(UInt64(sector) << 32, UInt64(sectorCount))
    let next = Self.ceilDiv((UInt64(sector) + 1) << 32, UInt64(sectorCount))
    return StorageArc(start: UInt32(first), end: UInt32(next - 1))
  }

  private static func ceilDiv(_ numerator: UInt64, _ denominator: UInt64) -> UInt64 {
    numerator / denominator + (numerator % denominator == 0 ? 0 : 1)
  }
}
