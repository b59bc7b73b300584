import ConductorAPI
import ConductorInterfaces
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Starting, stopping and limiting servers")
struct ServerLifecycleTests {
  @Test("Port 0 binds a free port, reported by start and listeningPort; a server starts once")
  func freePort() async throws {
    let server = AdminInterfaceServer(
      configuration: .admin(allowedOrigins: .any), handler: FakeAdminHandler(), logger: Fixtures.logger)
    let port = try await server.start()
    #expect(port != 0)
    #expect(try await server.listeningPort() == port)
    await #expect(throws: InterfaceServerError.alreadyStarted) { try await server.start() }
    await server.stop()
  }

  @Test("A port in use fails to bind")
  func portInUse() async throws {
    try await withAdminServer { port in
      let second = AppInterfaceServer(
        configuration: .app(port: port, allowedOrigins: .any), installedAppId: nil, handler: FakeAppHandler(),
        logger: Fixtures.logger)
      await #expect {
        try await second.start()
      } throws: { error in
        guard case InterfaceServerError.bindFailed(let address, let failedPort, _) = error else { return false }
        return address == "127.0.0.1" && failedPort == port
      }
      await second.stop()
    }
  }

  @Test("Stopping closes open connections with code 1000")
  func stopClosesConnections() async throws {
    let server = AdminInterfaceServer(
      configuration: .admin(allowedOrigins: .any), handler: FakeAdminHandler(), logger: Fixtures.logger)
    let port = try await server.start()
    let client = try await connect(port)
    _ = try await client.adminRequest(.generateAgentPubKey)
    await server.stop()
    #expect(await client.waitUntilClosed().code == 1000)
    await #expect(throws: ConductorClientError.self) { try await connect(port) }
  }

  @Test("Connections beyond the connection limit are refused until a connection closes")
  func connectionLimit() async throws {
    var configuration = InterfaceServerConfiguration.admin(allowedOrigins: .any)
    configuration.maxConnections = 1
    try await withAdminServer(configuration) { port in
      let first = try await connect(port)
      _ = try await first.adminRequest(.generateAgentPubKey)
      // Turned away at accept: the client reads the 503, or the connection closes under it.
      await #expect(throws: ConductorClientError.self) { try await connect(port) }
      #expect(try await first.adminRequest(.generateAgentPubKey) == .agentPubKeyGenerated(Fixtures.agent))
      await first.close()
      // The slot is free again once the first connection's socket is closed.
      try await waitUntilAsync {
        guard let third = try? await connect(port) else { return false }
        await third.close()
        return true
      }
    }
  }

  @Test("The IPv6 loopback serves the same port", .enabled(if: ipv6LoopbackAvailable()))
  func ipv6Loopback() async throws {
    try await withAdminServer { port in
      let status = try await RawUpgrade.statusCode(port: port, host: "::1", origin: "anything")
      #expect(status == 101)
      let client = try await connect(port, host: "::1")
      #expect(try await client.adminRequest(.generateAgentPubKey) == .agentPubKeyGenerated(Fixtures.agent))
      await client.close()
    }
  }
}

/// Retries `condition` every 50 ms until it holds; fails the test if the 30 s safety net runs out first.
func waitUntilAsync(_ condition: () async -> Bool) async throws {
  let deadline = ContinuousClock.now + RawConnection.safetyNet
  while ContinuousClock.now < deadline {
    if await condition() { return }
    try await Task.sleep(for: .milliseconds(50))
  }
  Issue.record("condition not met within the safety net")
}

/// Whether a socket can bind `::1`.
func ipv6LoopbackAvailable() -> Bool {
  #if canImport(Glibc)
    let descriptor = socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
  #else
    let descriptor = socket(AF_INET6, SOCK_STREAM, 0)
  #endif
  guard descriptor >= 0 else { return false }
  defer { close(descriptor) }
  var address = sockaddr_in6()
  address.sin6_family = sa_family_t(AF_INET6)
  address.sin6_addr = in6addr_loopback
  let result = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
      bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
    }
  }
  return result == 0
}
