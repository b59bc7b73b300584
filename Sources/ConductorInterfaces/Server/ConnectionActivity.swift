import Synchronization

/// The ``ConnectionLiveness`` of one connection, shared by the parts that feed it: the frame observer on the
/// channel's event loop, the read loop, and the watchdog that acts on it.
final class ConnectionActivity: Sendable {
  private let liveness: Mutex<ConnectionLiveness>

  /// Starts timing now.
  init(pongTimeout: Duration?, messageTimeout: Duration?) {
    liveness = Mutex(
      ConnectionLiveness(pongTimeout: pongTimeout, messageTimeout: messageTimeout, start: ContinuousClock.now))
  }

  /// Starts timing now, with the configuration's timeouts.
  convenience init(_ configuration: InterfaceServerConfiguration) {
    self.init(
      pongTimeout: configuration.pingInterval == nil ? nil : configuration.pongTimeout,
      messageTimeout: configuration.messageTimeout)
  }

  /// The shortest timeout, the longest a watchdog may sleep when nothing is being timed.
  var shortestTimeout: Duration? {
    liveness.withLock { liveness in
      [liveness.pongTimeout, liveness.messageTimeout].compactMap { $0 }.min()
    }
  }

  func frameReceived() {
    let now = ContinuousClock.now
    liveness.withLock { $0.frameReceived(at: now) }
  }

  func pingSent() {
    let now = ContinuousClock.now
    liveness.withLock { $0.pingSent(at: now) }
  }

  func readingStarted() {
    let now = ContinuousClock.now
    liveness.withLock { $0.readingStarted(at: now) }
  }

  func readingStopped() {
    liveness.withLock { $0.readingStopped() }
  }

  /// Reports whether the reader is inside a fragmented message after the frame it just took.
  func messageInProgress(_ isInside: Bool) {
    let now = ContinuousClock.now
    liveness.withLock { isInside ? $0.messageStarted(at: now) : $0.messageEnded() }
  }

  func check() -> ConnectionLiveness.Verdict {
    let now = ContinuousClock.now
    return liveness.withLock { $0.check(at: now) }
  }
}
