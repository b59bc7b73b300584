/// Lets the writers call a conductor only while it runs: the soak opens the gate once a restarted conductor has
/// answered a call, and closes it just before the kill. A writer whose calls stop being answered waits at the
/// gate for the next incarnation ("parked"); the soak waits until every writer is parked before it checks
/// what was acknowledged, so no late acknowledgement escapes the check.
actor WriterGate {
  /// One incarnation of the conductor that writers may call.
  struct Opening: Sendable {
    let incarnation: Int
    let ports: ConductorPorts
  }

  private var current: Opening?
  private var finished = false
  private var waiting: [(after: Int, continuation: CheckedContinuation<Opening?, Never>)] = []
  private var parkedWaiters: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []

  /// The next opening after incarnation `after`, once the gate opens for it; `nil` once the soak is over.
  func next(after seen: Int) async -> Opening? {
    if finished { return nil }
    if let current, current.incarnation > seen { return current }
    return await withCheckedContinuation { continuation in
      waiting.append((seen, continuation))
      wakeParkedWaiters()
    }
  }

  /// Lets the writers call the conductor of `opening`.
  func open(_ opening: Opening) {
    current = opening
    let ready = waiting.filter { $0.after < opening.incarnation }
    waiting.removeAll { $0.after < opening.incarnation }
    for waiter in ready { waiter.continuation.resume(returning: opening) }
  }

  /// No writer may start calling the current conductor any more.
  func close() { current = nil }

  /// Ends the writers: every parked writer, and every later one, gets `nil`.
  func finish() {
    finished = true
    current = nil
    let all = waiting
    waiting = []
    for waiter in all { waiter.continuation.resume(returning: nil) }
  }

  /// Returns once `count` writers wait at the gate.
  func untilParked(_ count: Int) async {
    if waiting.count >= count { return }
    await withCheckedContinuation { parkedWaiters.append((count, $0)) }
  }

  private func wakeParkedWaiters() {
    let ready = parkedWaiters.filter { $0.count <= waiting.count }
    parkedWaiters.removeAll { $0.count <= waiting.count }
    for waiter in ready { waiter.continuation.resume() }
  }
}
