/// Whether an upgraded connection still makes progress: the rules behind
/// ``InterfaceServerConfiguration/pongTimeout`` and ``InterfaceServerConfiguration/messageTimeout``.
///
/// Events come in as method calls with the time they happened; ``check(at:)`` says whether the connection must
/// be closed, and otherwise when to look again.
///
/// - While the server reads, the client must answer: once the server has sent a ping, some complete frame (the
///   pong at least) must arrive within the pong timeout. The wait counts from the later of the first ping sent
///   since the last frame and the moment reading resumed, so neither time the server spent not reading nor time it
///   could not send pings (a busy process) is held against the client: a silent client is one that let a ping go
///   unanswered, not one the server forgot to ask.
/// - A message whose first fragment arrived must be complete within the message timeout.
struct ConnectionLiveness: Equatable {
  typealias Instant = ContinuousClock.Instant

  /// What ``check(at:)`` found.
  enum Verdict: Equatable {
    /// Nothing is overdue; check again at this time (`nil`: nothing is being timed right now).
    case alive(recheckAt: Instant?)
    /// No frame arrived within the pong timeout while the server was reading.
    case unresponsive
    /// A message stayed incomplete longer than the message timeout.
    case messageTimedOut
  }

  let pongTimeout: Duration?
  let messageTimeout: Duration?
  private var lastFrame: Instant
  /// The first ping sent since the last frame, if any.
  private var unansweredPingSince: Instant?
  private var readingSince: Instant?
  private var messageStartedAt: Instant?

  /// A connection that was upgraded at `start`.
  init(pongTimeout: Duration?, messageTimeout: Duration?, start: Instant) {
    self.pongTimeout = pongTimeout
    self.messageTimeout = messageTimeout
    lastFrame = start
  }

  /// A complete frame of any kind (data, ping, pong, close) arrived.
  mutating func frameReceived(at time: Instant) {
    if time > lastFrame { lastFrame = time }
    if let ping = unansweredPingSince, time >= ping { unansweredPingSince = nil }
  }

  /// The server sent a ping.
  mutating func pingSent(at time: Instant) {
    if unansweredPingSince == nil, time >= lastFrame { unansweredPingSince = time }
  }

  /// The server began waiting for the next message.
  mutating func readingStarted(at time: Instant) {
    readingSince = time
  }

  /// The server stopped waiting (it has a message, or the connection ended).
  mutating func readingStopped() {
    readingSince = nil
  }

  /// The first fragment of a message arrived; later calls before ``messageEnded()`` change nothing.
  mutating func messageStarted(at time: Instant) {
    if messageStartedAt == nil { messageStartedAt = time }
  }

  /// The message in progress is complete (or was abandoned with the connection).
  mutating func messageEnded() {
    messageStartedAt = nil
  }

  /// Whether anything is overdue at `now`.
  func check(at now: Instant) -> Verdict {
    var recheck: Instant?
    if let messageTimeout, let started = messageStartedAt {
      let deadline = started + messageTimeout
      if now >= deadline { return .messageTimedOut }
      recheck = deadline
    }
    if let pongTimeout, let readingSince, let ping = unansweredPingSince {
      let deadline = max(ping, readingSince) + pongTimeout
      if now >= deadline { return .unresponsive }
      recheck = min(recheck ?? deadline, deadline)
    }
    return .alive(recheckAt: recheck)
  }
}
