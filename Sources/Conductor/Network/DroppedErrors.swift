import Synchronization

/// Errors the network logged and then went on without, counted by where they happened: what would otherwise be
/// a silent loss (a received op not stored, a receipt not kept, a signal not delivered) shows up here, for tests
/// and for a metrics endpoint.
///
/// ```swift
/// let before = network.droppedErrors.count(.storeWrite)
/// // … a peer publishes ops this node cannot store …
/// network.droppedErrors.count(.storeWrite) > before   // true
/// ```
public final class DroppedErrors: Sendable {
  /// Where an error was dropped.
  public enum Site: String, CaseIterable, Hashable, Sendable {
    /// A peer's frame that is no ``PeerMessage``.
    case undecodableMessage
    /// A DNA's DHT or cache database would not open.
    case storeOpen
    /// A read of a DHT or cache failed: the answer or the pass went on without it.
    case storeRead
    /// A write failed: a received op, receipt, warrant, cached answer or publish mark was not kept.
    case storeWrite
    /// The keystore could not sign a receipt, warrant, agent info, remote call or remote signal.
    case signing
    /// A pass over incoming ops failed; they wait for the next pass.
    case validation
    /// A remote signal's `recv_remote_signal` call failed.
    case remoteSignal
    /// A peer's gossip summary could not be compared with this node's.
    case gossipCompare
    /// The bootstrap server could not be reached, or its answer not read.
    case bootstrap
    /// A message or request to a peer failed (unreachable, timed out, answered nonsense).
    case transport
  }

  private let counts = Mutex<[Site: Int]>([:])

  /// No errors counted yet.
  public init() {}

  /// How many errors were dropped at `site`.
  public func count(_ site: Site) -> Int { counts.withLock { $0[site] ?? 0 } }

  /// How many errors were dropped in all.
  public var total: Int { counts.withLock { $0.values.reduce(0, &+) } }

  /// The counts of every site that dropped at least one error.
  public var snapshot: [Site: Int] { counts.withLock { $0 } }

  /// Counts one more error at `site`.
  func record(_ site: Site) {
    counts.withLock { $0[site, default: 0] &+= 1 }
  }
}
