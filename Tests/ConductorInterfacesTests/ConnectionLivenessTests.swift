import Testing

@testable import ConductorInterfaces

@Suite("ConnectionLiveness")
struct ConnectionLivenessTests {
  static let start = ContinuousClock.now

  static func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

  static func machine(pong: Int? = 1000, message: Int? = 5000) -> ConnectionLiveness {
    ConnectionLiveness(
      pongTimeout: pong.map { .milliseconds($0) }, messageTimeout: message.map { .milliseconds($0) }, start: start)
  }

  @Test("Nothing is timed while the server is not reading")
  func notReading() {
    let machine = Self.machine()
    #expect(machine.check(at: Self.at(0)) == .alive(recheckAt: nil))
    #expect(machine.check(at: Self.at(1_000_000)) == .alive(recheckAt: nil))
  }

  @Test("While reading, a client that lets a ping go unanswered for the pong timeout is unresponsive")
  func silentWhileReading() {
    var machine = Self.machine()
    machine.readingStarted(at: Self.at(0))
    machine.pingSent(at: Self.at(0))
    #expect(machine.check(at: Self.at(999)) == .alive(recheckAt: Self.at(1000)))
    #expect(machine.check(at: Self.at(1000)) == .unresponsive)
  }

  @Test("Without a ping there is nothing to answer: a server too busy to ping never blames the client")
  func noPingNoBlame() {
    var machine = Self.machine()
    machine.readingStarted(at: Self.at(0))
    #expect(machine.check(at: Self.at(60_000)) == .alive(recheckAt: nil))
    machine.pingSent(at: Self.at(60_000))
    #expect(machine.check(at: Self.at(60_500)) == .alive(recheckAt: Self.at(61_000)))
  }

  @Test("A frame answers every ping sent before it; the wait counts from the first ping after it")
  func framesKeepAlive() {
    var machine = Self.machine()
    machine.readingStarted(at: Self.at(0))
    machine.pingSent(at: Self.at(0))
    machine.frameReceived(at: Self.at(800))
    #expect(machine.check(at: Self.at(1500)) == .alive(recheckAt: nil))
    machine.pingSent(at: Self.at(1600))
    machine.pingSent(at: Self.at(2000))
    #expect(machine.check(at: Self.at(2500)) == .alive(recheckAt: Self.at(2600)))
    #expect(machine.check(at: Self.at(2600)) == .unresponsive)
  }

  @Test("Time spent not reading is not held against the client: the wait restarts when reading resumes")
  func pausesDoNotCount() {
    var machine = Self.machine()
    machine.readingStarted(at: Self.at(0))
    machine.pingSent(at: Self.at(50))
    machine.readingStopped()
    // Paused far longer than the timeout (requests at their limit, pongs unread in the socket).
    #expect(machine.check(at: Self.at(60_000)) == .alive(recheckAt: nil))
    machine.readingStarted(at: Self.at(60_000))
    #expect(machine.check(at: Self.at(60_999)) == .alive(recheckAt: Self.at(61_000)))
    #expect(machine.check(at: Self.at(61_000)) == .unresponsive)
  }

  @Test("A frame older than the ping does not answer it")
  func oldFramesDoNotCount() {
    var machine = Self.machine()
    machine.frameReceived(at: Self.at(3000))
    machine.readingStarted(at: Self.at(4000))
    machine.pingSent(at: Self.at(5000))
    #expect(machine.check(at: Self.at(5999)) == .alive(recheckAt: Self.at(6000)))
    machine.frameReceived(at: Self.at(4500))
    #expect(machine.check(at: Self.at(5999)) == .alive(recheckAt: Self.at(6000)), "an older frame answers nothing")
  }

  @Test("A message must be complete within the message timeout of its first fragment")
  func messageTimeout() {
    var machine = Self.machine(pong: nil)
    machine.messageStarted(at: Self.at(100))
    machine.messageStarted(at: Self.at(3000))
    #expect(machine.check(at: Self.at(5099)) == .alive(recheckAt: Self.at(5100)))
    #expect(machine.check(at: Self.at(5100)) == .messageTimedOut)
    machine.messageEnded()
    #expect(machine.check(at: Self.at(9000)) == .alive(recheckAt: nil))
  }

  @Test("The recheck is the earlier of the two deadlines; the message rule wins a tie")
  func earliestDeadline() {
    var machine = Self.machine(pong: 1000, message: 5000)
    machine.readingStarted(at: Self.at(0))
    machine.messageStarted(at: Self.at(0))
    machine.pingSent(at: Self.at(0))
    #expect(machine.check(at: Self.at(10)) == .alive(recheckAt: Self.at(1000)))
    machine.frameReceived(at: Self.at(900))
    machine.pingSent(at: Self.at(4500))
    #expect(machine.check(at: Self.at(4600)) == .alive(recheckAt: Self.at(5000)))
    #expect(machine.check(at: Self.at(5500)) == .messageTimedOut)
  }

  @Test("Disabled timeouts never fire")
  func disabled() {
    var machine = Self.machine(pong: nil, message: nil)
    machine.readingStarted(at: Self.at(0))
    machine.messageStarted(at: Self.at(0))
    machine.pingSent(at: Self.at(0))
    #expect(machine.check(at: Self.at(10_000_000)) == .alive(recheckAt: nil))
  }
}
