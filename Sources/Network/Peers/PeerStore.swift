import Synchronization

/// The peers a node knows, per space: the latest signed info of each agent, as Kitsune2's peer store keeps
/// them. A newer info (greater `createdAt`) replaces an older one; an equal or older one is ignored. A tombstone
/// withdraws its agent: it is kept, unlisted, until it expires, so that an older info arriving late cannot
/// bring the agent back. Expired infos are never listed, and ``prune(now:)`` drops them.
///
/// Times are microseconds since the UNIX epoch; an info is live while `now < expiresAt`.
public final class PeerStore: Sendable {
  private let spaces = Mutex<[[UInt8]: [[UInt8]: SignedAgentInfo]]>([:])

  /// An empty store.
  public init() {}

  /// Keeps `info` as its agent's latest in its space, unless it has expired at `now` or the store holds an
  /// info of the agent at least as new. Returns whether it was kept.
  @discardableResult
  public func insert(_ info: SignedAgentInfo, now: Int64) -> Bool {
    guard info.isLive(now: now) else { return false }
    return spaces.withLock { spaces in
      if let held = spaces[info.space]?[info.agent], held.createdAt >= info.createdAt { return false }
      spaces[info.space, default: [:]][info.agent] = info
      return true
    }
  }

  /// The live, non-tombstone infos of `space` at `now`, ordered by agent key.
  public func peers(in space: [UInt8], now: Int64) -> [SignedAgentInfo] {
    listed(in: space, now: now) { _ in true }
  }

  /// The live peers of `space` whose storage arc holds `location`, ordered by agent key.
  public func peers(in space: [UInt8], covering location: UInt32, now: Int64) -> [SignedAgentInfo] {
    listed(in: space, now: now) { $0.storageArc.contains(location) }
  }

  /// The live peers of `space` whose storage arc shares a location with `arc`, ordered by agent key.
  public func peers(in space: [UInt8], overlapping arc: StorageArc, now: Int64) -> [SignedAgentInfo] {
    listed(in: space, now: now) { $0.storageArc.intersects(arc) }
  }

  /// The agent's live info in `space`, or `nil` when it has none, it expired or it withdrew.
  public func peer(agent: [UInt8], in space: [UInt8], now: Int64) -> SignedAgentInfo? {
    guard let info = spaces.withLock({ $0[space]?[agent] }), info.isLive(now: now), !info.isTombstone else {
      return nil
    }
    return info
  }

  /// Forgets the agent in `space` (a tombstone too), returning what was held.
  @discardableResult
  public func remove(agent: [UInt8], in space: [UInt8]) -> SignedAgentInfo? {
    spaces.withLock { spaces in
      let removed = spaces[space]?.removeValue(forKey: agent)
      if spaces[space]?.isEmpty == true { spaces[space] = nil }
      return removed
    }
  }

  /// Drops every info, tombstones included, expired at `now`.
  public func prune(now: Int64) {
    spaces.withLock { spaces in
      for (space, agents) in spaces {
        let live = agents.filter { $0.value.isLive(now: now) }
        spaces[space] = live.isEmpty ? nil : live
      }
    }
  }

  /// How many infos the store holds in all, expired and tombstones included (until pruned).
  public var count: Int { spaces.withLock { $0.values.reduce(0) { $0 + $1.count } } }

  private func listed(
    in space: [UInt8], now: Int64, where include: (SignedAgentInfo) -> Bool
  ) -> [SignedAgentInfo] {
    let held = spaces.withLock { Array(($0[space] ?? [:]).values) }
    return held.filter { $0.isLive(now: now) && !$0.isTombstone && include($0) }
      .sorted { $0.agent.lexicographicallyPrecedes($1.agent) }
  }
}
