import Synchronization

/// Where the answer to one request lands: the first of the response, the timeout, cancellation or the
/// connection's end fills it; later ones are ignored.
final class ResponseSlot: Sendable {
  typealias Outcome = Result<[UInt8]?, ConductorClientError>

  private struct State {
    var outcome: Outcome?
    var waiter: CheckedContinuation<Outcome, Never>?
  }

  private let state = Mutex(State())

  /// Fills the slot unless it is already filled.
  func complete(_ outcome: Outcome) {
    let waiter = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
      guard case .none = state.outcome else { return nil }
      state.outcome = outcome
      defer { state.waiter = nil }
      return state.waiter
    }
    waiter?.resume(returning: outcome)
  }

  /// Waits until the slot is filled; one waiter at most.
  func wait() async -> Outcome {
    await withCheckedContinuation { continuation in
      let outcome = state.withLock { state -> Outcome? in
        if let outcome = state.outcome { return outcome }
        state.waiter = continuation
        return nil
      }
      if let outcome { continuation.resume(returning: outcome) }
    }
  }
}
