import HoloCore
import Synchronization

/// One acknowledged write: a `create_post` whose answer (the new action's hash) reached the client.
struct AcknowledgedWrite: Sendable, Hashable {
  let hash: ActionHash
  let post: ForumPost
  /// The conductor incarnation that answered (0 = the first launch).
  let incarnation: Int
  /// Who wrote it: a writer's number, or -1 for the soak's own call after each restart.
  let writer: Int
}

/// Every acknowledged write, and counts of the calls that were not acknowledged.
final class AckLedger: Sendable {
  private struct State {
    var writes: [AcknowledgedWrite] = []
    var attempts = 0
    var unanswered = 0
    var refusals: [String: Int] = [:]
  }

  private let state = Mutex(State())

  func attempted() { state.withLock { $0.attempts += 1 } }

  func acknowledged(_ write: AcknowledgedWrite) { state.withLock { $0.writes.append(write) } }

  /// A call the kill (or a timeout) left without an answer: it may or may not have been written.
  func unanswered() { state.withLock { $0.unanswered += 1 } }

  /// A call the conductor refused; refusals are counted by their kind.
  func refused(_ kind: String) { state.withLock { $0.refusals[kind, default: 0] += 1 } }

  var writes: [AcknowledgedWrite] { state.withLock { $0.writes } }

  func writes(of incarnation: Int) -> [AcknowledgedWrite] {
    state.withLock { $0.writes.filter { $0.incarnation == incarnation } }
  }

  var counts: (attempts: Int, acknowledged: Int, unanswered: Int, refusals: [String: Int]) {
    state.withLock { ($0.attempts, $0.writes.count, $0.unanswered, $0.refusals) }
  }
}
