import Synchronization

/// The bootstrap server's memory: per space, the latest signed info of each agent (the body exactly as put),
/// at most ``maxEntriesPerSpace`` per space; expired infos are dropped when read or pruned.
public final class BootstrapSpaces: Sendable {
  /// Kitsune2's default.
  public static let defaultMaxEntriesPerSpace = 32

  private struct Stored: Sendable {
    var expiresAt: Int64
    var createdAt: Int64
    var body: [UInt8]
  }

  public let maxEntriesPerSpace: Int
  private let spaces = Mutex<[[UInt8]: [[UInt8]: Stored]]>([:])

  public init(maxEntriesPerSpace: Int = BootstrapSpaces.defaultMaxEntriesPerSpace) {
    self.maxEntriesPerSpace = maxEntriesPerSpace
  }

  /// Keeps `entry` (its `body`) as its agent's info in its space; a tombstone removes the agent. An older info
  /// than the one held is ignored. Past the limit, the infos that expire first make room.
  public func put(_ entry: BootstrapEntry, body: [UInt8]) {
    spaces.withLock { spaces in
      var space = spaces[entry.space] ?? [:]
      if let held = space[entry.agent], held.createdAt > entry.createdAt { return }
      if entry.isTombstone {
        space[entry.agent] = nil
      } else {
        space[entry.agent] = Stored(expiresAt: entry.expiresAt, createdAt: entry.createdAt, body: body)
        while space.count > maxEntriesPerSpace,
          let soonest = space.min(by: { $0.value.expiresAt < $1.value.expiresAt })?.key
        {
          space[soonest] = nil
        }
      }
      spaces[entry.space] = space.isEmpty ? nil : space
    }
  }

  /// The live infos of `space` at `now` (microseconds), as a JSON array of the bodies as they were put, oldest
  /// first.
  public func read(_ space: [UInt8], now: Int64) -> [UInt8] {
    let bodies = spaces.withLock { spaces in
      (spaces[space] ?? [:]).values.filter { $0.expiresAt > now }.sorted { $0.createdAt < $1.createdAt }.map(\.body)
    }
    var out: [UInt8] = [UInt8(ascii: "[")]
    for (index, body) in bodies.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      out += body
    }
    out.append(UInt8(ascii: "]"))
    return out
  }

  /// Drops every info expired at `now`.
  public func prune(now: Int64) {
    spaces.withLock { spaces in
      for (key, space) in spaces {
        let live = space.filter { $0.value.expiresAt > now }
        spaces[key] = live.isEmpty ? nil : live
      }
    }
  }
}
