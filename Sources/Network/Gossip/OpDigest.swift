public import HoloCore

/// What a gossip summary needs to know of one op: its hash, the location of its basis (where on the ring
/// its authorities live) and when its action was authored.
public struct OpDigest: Hashable, Sendable {
  /// The op's hash; its 32-byte core is what buckets XOR together.
  public var hash: DhtOpHash
  /// The DHT location of the op's basis hash (not of the op hash itself).
  public var location: UInt32
  /// The action's authored time, microseconds since the UNIX epoch.
  public var timestamp: Int64

  /// An op's digest.
  public init(hash: DhtOpHash, location: UInt32, timestamp: Int64) {
    self.hash = hash
    self.location = location
    self.timestamp = timestamp
  }
}
