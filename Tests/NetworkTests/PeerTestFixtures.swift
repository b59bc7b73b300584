import HoloCore
import HoloCrypto
import HoloNetwork

/// A deterministic generator (SplitMix64), so that failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8.random(in: 0...255, using: &self) } }

  /// An op hash with a random core (its location bytes are random too: the summary never reads them).
  mutating func opHash() -> DhtOpHash {
    // swift-format-ignore: NeverUseForceTry
    try! DhtOpHash(raw39: HoloHashKind.dhtOp.prefix + bytes(36))
  }

  mutating func digest(location: UInt32? = nil, timestamp: Int64? = nil) -> OpDigest {
    OpDigest(
      hash: opHash(), location: location ?? UInt32.random(in: 0...UInt32.max, using: &self),
      timestamp: timestamp ?? Int64.random(in: 1_700_000_000_000_000...1_700_100_000_000_000, using: &self))
  }
}

/// An agent with a key, making signed infos for a space.
struct PeerFixture {
  static let minute: Int64 = 60 * 1_000_000

  let keys = Ed25519KeyPair.generate()
  var space: [UInt8] = Array("peer-space".utf8)

  var agent: [UInt8] { keys.publicKey }

  func info(
    createdAt: Int64, expiresAt: Int64? = nil, tombstone: Bool = false, url: String? = "ws://127.0.0.1:5000",
    arc: StorageArc = .full
  ) -> PeerAgentInfo {
    PeerAgentInfo(
      agent: agent, space: space, createdAt: createdAt, expiresAt: expiresAt ?? createdAt + 20 * Self.minute,
      isTombstone: tombstone, url: url, storageArc: arc)
  }

  func signed(
    createdAt: Int64, expiresAt: Int64? = nil, tombstone: Bool = false, url: String? = "ws://127.0.0.1:5000",
    arc: StorageArc = .full
  ) -> SignedAgentInfo {
    SignedAgentInfo.sign(info(createdAt: createdAt, expiresAt: expiresAt, tombstone: tombstone, url: url, arc: arc)) {
      keys.sign($0)
    }
  }
}
