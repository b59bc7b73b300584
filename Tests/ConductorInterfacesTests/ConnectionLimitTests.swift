import ConductorAPI
import ConductorInterfaces
import Testing

@Suite("Connection caps")
struct ConnectionLimitTests {
  @Test("The defaults: 400 admin connections as Holochain, 1024 app connections (above the 500 a conductor serves)")
  func defaults() {
    #expect(InterfaceServerConfiguration.admin(allowedOrigins: .any).maxConnections == 400)
    #expect(InterfaceServerConfiguration.app(allowedOrigins: .any).maxConnections == 1024)
    #expect(InterfaceServerConfiguration(allowedOrigins: .any).maxConnections == 1024)
  }

  @Test("An app interface turns away connections beyond its cap at accept, counting ones that never upgraded")
  func appCapCountsUnupgradedConnections() async throws {
    var configuration = InterfaceServerConfiguration.app(allowedOrigins: .any)
    configuration.maxConnections = 3
    configuration.upgradeTimeout = nil
    let server = AppInterfaceServer(
      configuration: configuration, installedAppId: nil, handler: FakeAppHandler(), logger: Fixtures.logger)
    let port = try await server.start()
    // Three idle sockets, slowloris-style, hold every place. Each is counted before the next connects: accepted
    // connections are set up on several event loops, so their order is otherwise not fixed.
    var held: [RawConnection] = []
    for count in 1...3 {
      held.append(try await RawConnection.open(port: port))
      try await eventually { server.openConnections == count ? true : nil }
    }
    let fourth = try await RawConnection.open(port: port)
    #expect(await fourth.closedByServer())
    let answer = String(decoding: fourth.bytes, as: UTF8.self)
    #expect(answer.isEmpty || answer.hasPrefix("HTTP/1.1 503"), "turned away: \(answer)")
    await #expect(throws: ConductorClientError.self) { try await connect(port) }
    #expect(server.openConnections == 3)

    // A place frees once a held socket closes; a client then gets in and is served.
    await held.removeFirst().close()
    try await eventually { server.openConnections == 2 ? true : nil }
    let client = try await connect(port)
    try await client.authenticate(token: FakeAppHandler.chatToken)
    #expect(try await client.appRequest(.appInfo) == .appInfo(Fixtures.appInfo("chat")))
    await client.close()
    for connection in held { await connection.close() }
    await server.stop()
  }
}

/// Retries `attempt` every 20 ms until it returns a value; fails the test if the safety net runs out first.
func eventually<T>(_ attempt: () async -> T?) async throws -> T {
  let deadline = ContinuousClock.now + RawConnection.safetyNet
  while ContinuousClock.now < deadline {
    if let value = await attempt() { return value }
    try await Task.sleep(for: .milliseconds(20))
  }
  throw SafetyNetExceeded()
}

/// The condition a test waited for did not come within the safety net.
struct SafetyNetExceeded: Error {}
