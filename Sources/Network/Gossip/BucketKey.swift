/// Names one bucket of a gossip summary: a sector of the location ring and a time slice (see
/// ``SummaryLayout``). Keys order by sector, then slice.
public struct BucketKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The sector, `0..<sectorCount`.
  public var sector: UInt32
  /// The time slice: the authored time divided by the slice length, rounded down.
  public var slice: Int64

  /// A bucket's key.
  public init(sector: UInt32, slice: Int64) {
    self.sector = sector
    self.slice = slice
  }

  public static func < (lhs: BucketKey, rhs: BucketKey) -> Bool {
    (lhs.sector, lhs.slice) < (rhs.sector, rhs.slice)
  }

  /// `sector/slice`.
  public var description: String { "\(sector)/\(slice)" }
}
