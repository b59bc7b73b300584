import ConductorAPI
import ConductorInterfaces
import Testing

/// Slowloris and its cousins: connections that hold a place without making progress are closed by the server.
/// Every timeout here is tiny so the server acts at once; the tests wait for it only up to a generous safety net
/// and never assert how fast it was. Upgraded connections are tested on admin interfaces, where no
/// authentication timeout would close them anyway.
@Suite("Stalled connections are closed")
struct StalledConnectionTests {
  /// An interface that gives up on stalled connections after about 200 ms.
  static var impatient: InterfaceServerConfiguration {
    var configuration = InterfaceServerConfiguration.admin(allowedOrigins: .any)
    configuration.upgradeTimeout = .milliseconds(200)
    configuration.pingInterval = .milliseconds(50)
    configuration.pongTimeout = .milliseconds(200)
    configuration.messageTimeout = .milliseconds(200)
    configuration.closeTimeout = .milliseconds(100)
    return configuration
  }

  /// The same, but with all the time in the world to finish the upgrade, for tests of what happens after it (on
  /// a busy machine the upgrade itself may take longer than 200 ms).
  static var impatientOnceUpgraded: InterfaceServerConfiguration {
    var configuration = impatient
    configuration.upgradeTimeout = nil
    return configuration
  }

  /// The first 16 bytes of a masked binary frame that declares 1,000 payload bytes.
  static let halfFrame: [UInt8] = [0x82, 0x80 | 126, 0x03, 0xe8, 1, 2, 3, 4] + [UInt8](repeating: 0x41, count: 8)

  @Test("An idle TCP connection is closed when its upgrade time is up")
  func idleConnection() async throws {
    try await withAdminServer(Self.impatient) { port in
      let connection = try await RawConnection.open(port: port)
      #expect(await connection.closedByServer())
      #expect(connection.bytes.isEmpty)
    }
  }

  @Test("An unfinished request head is closed")
  func unfinishedHead() async throws {
    try await withAdminServer(Self.impatient) { port in
      let connection = try await RawConnection.open(port: port)
      // On a busy machine the deadline may pass before this is sent: closed all the same.
      try? await connection.send("GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n")
      #expect(await connection.closedByServer())
    }
  }

  @Test("A request head trickled a byte at a time is closed all the same: the deadline counts from accept")
  func trickledHead() async throws {
    try await withAdminServer(Self.impatient) { port in
      let connection = try await RawConnection.open(port: port)
      let header = Array("GET / HTTP/1.1\r\nX-Slow: ".utf8) + [UInt8](repeating: 0x61, count: 4000)
      #expect(await connection.trickle(header, every: .milliseconds(10)))
    }
  }

  @Test("A plain HTTP connection kept alive is closed when its upgrade time is up")
  func keptAliveHTTP() async throws {
    try await withAdminServer(Self.impatient) { port in
      let connection = try await RawConnection.open(port: port)
      // On a busy machine the deadline may pass before this is sent: closed all the same.
      try? await connection.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
      #expect(await connection.closedByServer())
      // Answered first, unless the deadline came before the server did (a busy machine): closed either way.
      if !connection.bytes.isEmpty {
        #expect(String(decoding: connection.bytes.prefix(12), as: UTF8.self) == "HTTP/1.1 404")
      }
    }
  }

  @Test("An upgraded connection that never answers a ping is closed (1001)")
  func unansweredPings() async throws {
    try await withAdminServer(Self.impatientOnceUpgraded) { port in
      let connection = try await RawConnection.upgraded(port: port)
      #expect(await connection.closedByServer())
      // The close frame goes out first; a server that finds it cannot write it (a busy machine) drops the
      // connection without it. Closed either way, and never for another reason.
      if let close = connection.closeFrame {
        #expect(close.code == 1001)
        #expect(close.reason == "ping timeout")
      }
    }
  }

  @Test("A half-sent frame is closed (1001): no pong can overtake it")
  func halfSentFrame() async throws {
    try await withAdminServer(Self.impatientOnceUpgraded) { port in
      let connection = try await RawConnection.upgraded(port: port)
      // The unanswered pings may close it before this is sent on a busy machine: closed (1001) all the same.
      try? await connection.send(Self.halfFrame)
      #expect(await connection.closedByServer())
      if let close = connection.closeFrame { #expect(close.code == 1001) }
    }
  }

  @Test("A message whose last fragment never comes is closed (1008), even with pings answered")
  func unfinishedMessage() async throws {
    var configuration = Self.impatientOnceUpgraded
    // Only the message rule: pings stay unanswered by this raw client without consequence.
    configuration.pongTimeout = nil
    try await withAdminServer(configuration) { port in
      let connection = try await RawConnection.upgraded(port: port)
      // A complete, masked binary frame without FIN: the first fragment of a message.
      try await connection.send([0x02, 0x80 | 3, 1, 2, 3, 4, 0x41, 0x41, 0x41])
      #expect(await connection.closedByServer())
      // As with pings: dropped without the close frame when the server cannot write it in time (busy machine).
      if let close = connection.closeFrame {
        #expect(close.code == 1008)
        #expect(close.reason == "message incomplete")
      }
    }
  }

  @Test(
    "After a batch of slowloris sockets the server holds no descriptor for them",
    .enabled(if: OpenSockets.isAvailable))
  func descriptorsReturn() async throws {
    try await withAdminServer(Self.impatient) { port in
      let baseline = try OpenSockets.connections(onPort: port)
      var connections: [RawConnection] = []
      for _ in 0..<60 { connections.append(try await RawConnection.open(port: port)) }
      for _ in 0..<60 {
        let connection = try await RawConnection.open(port: port)
        // Sent before the deadline, or not at all on a busy machine: closed either way.
        try? await connection.send("GET / HTTP/1.1\r\nHost: loc")
        connections.append(connection)
      }
      for _ in 0..<30 {
        // An upgrade request and a half-sent frame behind it: closed by the upgrade deadline, or after the upgrade
        // by the unanswered ping, whichever the machine's load makes come first.
        let connection = try await RawConnection.open(port: port)
        try? await connection.send(
          "GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nOrigin: x\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        try? await connection.send(Self.halfFrame)
        connections.append(connection)
      }
      var closed = 0
      let safetyNet = ContinuousClock.now + RawConnection.safetyNet
      for connection in connections where await connection.closedByServer(by: safetyNet) { closed += 1 }
      #expect(closed == connections.count)
      // The server's ends close with the connections; poll only until they are gone (safety net).
      var held = try OpenSockets.connections(onPort: port)
      while held > baseline, ContinuousClock.now < safetyNet {
        try await Task.sleep(for: .milliseconds(20))
        held = try OpenSockets.connections(onPort: port)
      }
      #expect(held <= baseline)
    }
  }
}
