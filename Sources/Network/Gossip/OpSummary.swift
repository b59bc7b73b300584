/// What two peers compare in a gossip round: the ops one holds inside an arc, cut into buckets by sector of
/// the ring and time slice (see ``SummaryLayout``), each bucket reduced to a count and the XOR of the ops'
/// hash cores. Buckets that differ between two summaries name the ops worth exchanging.
///
/// ```swift
/// let mine = OpSummary(digests: myOps, arc: common)
/// let keys = try mine.differingBuckets(theirs, within: common)
/// let offer = OpSummary.digests(myOps, in: keys, layout: mine.layout)
/// ```
public struct OpSummary: Hashable, Sendable {
  /// How ops are bucketed.
  public let layout: SummaryLayout
  /// The arc summarized: ops outside it are not counted.
  public let arc: StorageArc
  /// The non-empty buckets.
  public private(set) var buckets: [BucketKey: Bucket]

  /// Summarizes the digests whose location lies in `arc` (the others are skipped).
  public init(digests: some Sequence<OpDigest>, arc: StorageArc, layout: SummaryLayout = .standard) {
    self.layout = layout
    self.arc = arc
    buckets = [:]
    for digest in digests { add(digest) }
  }

  /// A summary with the given buckets, as read from the wire.
  init(layout: SummaryLayout, arc: StorageArc, buckets: [BucketKey: Bucket]) {
    self.layout = layout
    self.arc = arc
    self.buckets = buckets
  }

  /// Counts one more op; `false` (and nothing counted) when its location is outside ``arc``.
  @discardableResult
  public mutating func add(_ digest: OpDigest) -> Bool {
    guard arc.contains(digest.location) else { return false }
    buckets[layout.key(for: digest), default: Bucket()].add(digest.hash)
    return true
  }

  /// How many ops were counted, at most `UInt64.max` (a peer's summary may claim any counts: no trap).
  public var opCount: UInt64 {
    buckets.values.reduce(0) { total, bucket in
      let (sum, overflow) = total.addingReportingOverflow(bucket.count)
      return overflow ? .max : sum
    }
  }

  /// The keys of the buckets where the two summaries differ, in ascending order.
  ///
  /// Only buckets of the sectors that `arc` reaches — whose locations (``SummaryLayout/locations(ofSector:)``)
  /// include at least one location of `arc`, so sectors fully or partly inside it — are compared. A bucket
  /// differs when its count or XOR differs; a bucket one side lacks counts as empty, so a bucket present on
  /// one side only always differs.
  ///
  /// Each summary counts only the ops inside its own ``arc``: in a sector that `arc` covers only in part, or
  /// that the two summaries' arcs cover differently, buckets agree only if both sides summarized the same part
  /// of it. Build both with the same arc, the one the round is about, to compare like with like.
  ///
  /// - Throws: ``OpSummaryError/layoutMismatch(_:_:)`` when the layouts differ.
  public func differingBuckets(_ other: OpSummary, within arc: StorageArc) throws(OpSummaryError) -> [BucketKey] {
    guard layout == other.layout else { throw .layoutMismatch(layout, other.layout) }
    guard !arc.isEmpty else { return [] }
    func inArc(_ sector: UInt32) -> Bool { layout.locations(ofSector: sector).intersects(arc) }
    var keys: [BucketKey] = []
    for (key, bucket) in buckets where inArc(key.sector) && other.buckets[key] != bucket {
      keys.append(key)
    }
    for key in other.buckets.keys where buckets[key] == nil && inArc(key.sector) {
      keys.append(key)
    }
    return keys.sorted()
  }

  /// The digests that fall in one of the buckets `keys` names under `layout`, in their order.
  public static func digests(
    _ digests: some Sequence<OpDigest>, in keys: some Sequence<BucketKey>, layout: SummaryLayout
  ) -> [OpDigest] {
    let wanted = Set(keys)
    guard !wanted.isEmpty else { return [] }
    return digests.filter { wanted.contains(layout.key(for: $0)) }
  }

  /// Whether `digest` falls in one of the buckets `keys` under this summary's layout.
  public func contains(_ digest: OpDigest, in keys: Set<BucketKey>) -> Bool {
    keys.contains(layout.key(for: digest))
  }
}

extension OpSummary: CustomStringConvertible {
  /// `OpSummary(<arc>, <ops> ops in <buckets> buckets)`: short enough for a log line or a failed test.
  public var description: String { "OpSummary(\(arc), \(opCount) ops in \(buckets.count) buckets)" }
}
