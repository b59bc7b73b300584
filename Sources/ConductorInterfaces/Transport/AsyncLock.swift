import Synchronization

/// A lock that may be held across suspension points; waiters get it in arrival order.
///
/// Writes of whole websocket messages take it, so the fragments of two large messages never interleave.
final class AsyncLock: Sendable {
  private struct State {
    var isLocked = false
    var waiters: [CheckedContinuation<Void, Never>] = []
  }

  private let state = Mutex(State())

  /// Runs `body` while holding the lock.
  func withLock<T>(_ body: () async throws -> T) async rethrows -> T {
    await lock()
    defer { unlock() }
    return try await body()
  }

  private func lock() async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      let acquired = state.withLock { state in
        if state.isLocked {
          state.waiters.append(continuation)
          return false
        }
        state.isLocked = true
        return true
      }
      if acquired { continuation.resume() }
    }
  }

  private func unlock() {
    let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
      guard !state.waiters.isEmpty else {
        state.isLocked = false
        return nil
      }
      return state.waiters.removeFirst()
    }
    next?.resume()
  }
}
