import HoloCore
import StateStore
import Synchronization

/// Remembers the nonces of signed zome calls until they expire (Holochain's `witness_nonce`): a call whose
/// nonce was seen, whose expiry has passed, or whose expiry is more than 50 minutes ahead is refused.
///
/// Nonces are kept in the conductor database, as Holochain keeps them, so a call captured before a restart is
/// still refused after it. Each fresh nonce is one small write, durable before the call runs: Holochain gives
/// that guarantee (no signed call runs twice while it is valid), and batching nonces in memory would lose the
/// last ones in a crash, exactly when a replay would follow. Call ``witness(agent:nonce:expires:now:)`` on a
/// zome-call thread: it blocks on SQLite.
final class NonceWitness: Sendable {
  enum Result: String, Sendable {
    case fresh = "Fresh"
    case expired = "Expired"
    case future = "Future"
    case duplicate = "Duplicate"
  }

  /// How far ahead an expiry may be.
  static let window: Int64 = 50 * 60 * 1_000_000
  /// How often expired nonces are deleted.
  private static let pruneInterval: Int64 = 60 * 1_000_000

  private let store: NonceStore
  private let prunedAt = Atomic<Int64>(0)

  init(store: NonceStore) { self.store = store }

  /// Whether a call received at `now` with this expiry may run at all (Holochain checks when the call arrives, so
  /// a call that waits in the queue is not refused for the wait); `nil` when it may.
  static func checkExpiry(_ expires: Timestamp, receivedAt now: Timestamp) -> Result? {
    if expires.microseconds <= now.microseconds { return .expired }
    // `now` is the clock's, so adding the window cannot overflow; `expires` is the caller's and is only compared.
    if expires.microseconds > now.microseconds + Self.window { return .future }
    return nil
  }

  /// Records the nonce of a call received at `now`, durably; `.duplicate` when it is recorded and unexpired.
  func witness(
    agent: AgentPubKey, nonce: Nonce256Bits, expires: Timestamp, now: Timestamp = .now()
  ) throws(StateStoreError) -> Result {
    if let refused = Self.checkExpiry(expires, receivedAt: now) { return refused }
    let last = prunedAt.load(ordering: .relaxed)
    if now.microseconds - last > Self.pruneInterval,
      prunedAt.compareExchange(expected: last, desired: now.microseconds, ordering: .relaxed).exchanged
    {
      try store.prune(before: now.microseconds)
    }
    let fresh = try store.witness(
      agent: agent.raw39, nonce: nonce.bytes, expires: expires.microseconds, now: now.microseconds)
    return fresh ? .fresh : .duplicate
  }
}
