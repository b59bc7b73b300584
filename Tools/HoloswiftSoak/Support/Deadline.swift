import Foundation
import Synchronization

/// A step of the soak that did not finish in its time.
struct DeadlineExceeded: Error, CustomStringConvertible {
  let what: String
  let limit: Duration

  var description: String { "no \(what) within \(limit.soakText)" }
}

/// Runs `operation` and returns its result, or throws ``DeadlineExceeded`` once `limit` has passed. The
/// operation is cancelled then but not waited for: a step that ignores cancellation (waiting for a process)
/// cannot hang the soak.
func withDeadline<T: Sendable>(
  _ limit: Duration, _ what: String, _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
  let race = FirstOutcome<T>()
  let work = Task {
    do {
      race.settle(.success(try await operation()))
    } catch {
      race.settle(.failure(error))
    }
  }
  let timer = Task {
    do {
      try await Task.sleep(for: limit)
      race.settle(.failure(DeadlineExceeded(what: what, limit: limit)))
    } catch {
      // Cancelled: the operation finished first.
    }
  }
  let outcome = await race.value()
  work.cancel()
  timer.cancel()
  return try outcome.get()
}

/// The first of several outcomes, for one waiter.
private final class FirstOutcome<T: Sendable>: Sendable {
  private struct State {
    var outcome: Result<T, any Error>?
    var waiter: CheckedContinuation<Result<T, any Error>, Never>?
  }

  private let state = Mutex(State())

  func settle(_ outcome: Result<T, any Error>) {
    let waiter = state.withLock { state -> CheckedContinuation<Result<T, any Error>, Never>? in
      guard state.outcome == nil else { return nil }
      state.outcome = outcome
      defer { state.waiter = nil }
      return state.waiter
    }
    waiter?.resume(returning: outcome)
  }

  func value() async -> Result<T, any Error> {
    await withCheckedContinuation { continuation in
      let known = state.withLock { state -> Result<T, any Error>? in
        if let outcome = state.outcome { return outcome }
        state.waiter = continuation
        return nil
      }
      if let known { continuation.resume(returning: known) }
    }
  }
}

extension Duration {
  /// Seconds, as a `Double`.
  var seconds: Double {
    let (whole, fraction) = components
    return Double(whole) + Double(fraction) / 1e18
  }

  /// "1.23 s".
  var soakText: String { String(format: "%.2f s", seconds) }
}
