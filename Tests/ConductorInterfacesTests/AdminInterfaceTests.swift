import ConductorAPI
import ConductorInterfaces
import HoloCore
import Testing

@Suite("Admin interface over a real socket")
struct AdminInterfaceTests {
  @Test("A request is answered under its id")
  func roundTrip() async throws {
    try await withAdminServer { port in
      let client = try await connect(port)
      #expect(try await client.adminRequest(.listApps(statusFilter: nil)) == .appsListed(FakeAdminHandler.apps))
      #expect(try await client.adminRequest(.generateAgentPubKey) == .agentPubKeyGenerated(Fixtures.agent))
      await client.close()
    }
  }

  @Test("Concurrent requests are answered as they finish and still correlate")
  func outOfOrder() async throws {
    let handler = FakeAdminHandler()
    try await withAdminServer(handler: handler) { port in
      let client = try await connect(port)
      // The gated request is answered only after the one sent after it.
      async let gated = client.adminRequest(.uninstallApp(installedAppId: "gated", force: false), timeout: .seconds(60))
      try await Task.sleep(for: .milliseconds(50))
      let fast = try await client.adminRequest(.uninstallApp(installedAppId: "fast:0", force: false))
      #expect(fast == FakeAdminHandler.notInstalled("fast:0"))
      handler.gate.open()
      #expect(try await gated == FakeAdminHandler.notInstalled("gated"))

      let names = (0..<24).map { "app\($0):\(($0 * 37) % 60)" }
      let responses = try await withThrowingTaskGroup(of: (String, AdminResponse).self) { group in
        for name in names {
          group.addTask { (name, try await client.adminRequest(.uninstallApp(installedAppId: name, force: false))) }
        }
        return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
      }
      for name in names { #expect(responses[name] == FakeAdminHandler.notInstalled(name)) }
      await client.close()
    }
  }

  @Test("An undecodable request gets Holochain's deserialization error and the connection stays open")
  func undecodableRequest() async throws {
    try await withAdminServer { port in
      let client = try await connect(port)
      let expected = AdminResponse.error(.deserialization("Failed to deserialize request"))
      // 0xc1 is never valid msgpack; the second is valid msgpack naming no request.
      let unknownRequest = MsgPackValue.map([MsgPackMapEntry(key: .string("type"), value: .string("no_such_call"))])
      for data in [[0xc1], unknownRequest.msgpackBytes()] {
        #expect(try await AdminResponse(msgpack: client.request(data: data)) == expected)
      }
      #expect(try await client.adminRequest(.generateAgentPubKey) == .agentPubKeyGenerated(Fixtures.agent))
      await client.close()
    }
  }

  @Test("Garbage messages are ignored without an answer and the connection stays open")
  func garbageMessages() async throws {
    try await withAdminServer { port in
      let client = try await connect(port)
      try await client.sendRaw([0xde, 0xad, 0xbe, 0xef])
      try await client.sendRaw(Array("hello".utf8), asText: true)
      try await client.sendRaw([])
      // Messages a client should not send on an admin interface: ignored.
      try await client.send(.signal(data: [0x90]))
      try await client.send(.authenticate(data: [0x90]))
      try await client.send(.response(id: 42, data: nil))
      #expect(try await client.adminRequest(.listApps(statusFilter: nil)) == .appsListed(FakeAdminHandler.apps))
      await client.close()
    }
  }

  @Test("A text frame holding a WireMessage is served like a binary one, as tungstenite hands Holochain its bytes")
  func textFrameRequest() async throws {
    try await withAdminServer { port in
      let client = try await connect(port)
      // The client drops the answer (id 9999 is not pending); the next request shows the server survived.
      let frame = WireMessage.request(id: 9999, encoding: AdminRequest.generateAgentPubKey).msgpackBytes()
      try await client.sendRaw(frame, asText: true)
      #expect(try await client.adminRequest(.generateAgentPubKey) == .agentPubKeyGenerated(Fixtures.agent))
      await client.close()
    }
  }

  @Test("Requests wait beyond the concurrency limit instead of failing")
  func concurrencyLimit() async throws {
    var configuration = InterfaceServerConfiguration.admin(allowedOrigins: .any)
    configuration.maxConcurrentRequests = 2
    try await withAdminServer(configuration) { port in
      let client = try await connect(port)
      let clock = ContinuousClock()
      let start = clock.now
      try await withThrowingTaskGroup(of: Void.self) { group in
        for index in 0..<6 {
          group.addTask {
            let name = "limited\(index):100"
            let response = try await client.adminRequest(.uninstallApp(installedAppId: name, force: false))
            #expect(response == FakeAdminHandler.notInstalled(name))
          }
        }
        try await group.waitForAll()
      }
      // Six 100 ms requests, two at a time: three rounds.
      #expect(clock.now - start >= .milliseconds(290))
      await client.close()
    }
  }

  @Test("A request times out on the client when no answer comes")
  func clientTimeout() async throws {
    try await withAdminServer { port in
      let client = try await connect(port)
      await #expect(throws: ConductorClientError.timedOut) {
        try await client.adminRequest(
          .uninstallApp(installedAppId: "slow:500", force: false), timeout: .milliseconds(100))
      }
      #expect(try await client.adminRequest(.generateAgentPubKey) == .agentPubKeyGenerated(Fixtures.agent))
      await client.close()
      await #expect(throws: ConductorClientError.self) { try await client.adminRequest(.generateAgentPubKey) }
    }
  }
}
