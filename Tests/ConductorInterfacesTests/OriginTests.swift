import ConductorAPI
import ConductorInterfaces
import Testing

@Suite("Origin checks on the websocket upgrade")
struct OriginTests {
  static let listed = InterfaceServerConfiguration.admin(
    allowedOrigins: AllowedOrigins(string: "http://a.test,http://b.test"))

  @Test("An upgrade without Origin is refused with 400")
  func missingOrigin() async throws {
    try await withAdminServer(.admin(allowedOrigins: .any)) { port in
      let withoutOrigin = try await RawUpgrade.statusCode(port: port, origin: nil)
      let withOrigin = try await RawUpgrade.statusCode(port: port, origin: "anything")
      #expect(withoutOrigin == 400)
      #expect(withOrigin == 101)
    }
  }

  @Test("An upgrade with an Origin not in the list is refused with 400")
  func disallowedOrigin() async throws {
    try await withAdminServer(Self.listed) { port in
      let disallowed = try await RawUpgrade.statusCode(port: port, origin: "http://evil.test")
      let allowed = try await RawUpgrade.statusCode(port: port, origin: "http://b.test")
      let missing = try await RawUpgrade.statusCode(port: port, origin: nil)
      #expect(disallowed == 400)
      #expect(allowed == 101)
      #expect(missing == 400)
    }
  }

  @Test("With several Origin headers the first one counts, as Holochain's HeaderMap::get reads it")
  func firstOriginCounts() async throws {
    try await withAdminServer(Self.listed) { port in
      let evilFirst = try await RawUpgrade.statusCode(port: port, origins: ["http://evil.test", "http://b.test"])
      let allowedFirst = try await RawUpgrade.statusCode(port: port, origins: ["http://a.test", "http://evil.test"])
      #expect(evilFirst == 400)
      #expect(allowedFirst == 101)
    }
  }

  @Test("The client reports a refused upgrade, and connects with an allowed Origin")
  func clientOrigins() async throws {
    try await withAdminServer(Self.listed) { port in
      await #expect(throws: ConductorClientError.upgradeRefused) {
        try await connect(port, configuration: .init(origin: "http://evil.test"))
      }
      await #expect(throws: ConductorClientError.upgradeRefused) {
        try await connect(port, configuration: .init(origin: nil))
      }
      let client = try await connect(port, configuration: .init(origin: "http://a.test"))
      #expect(try await client.adminRequest(.generateAgentPubKey) == .agentPubKeyGenerated(Fixtures.agent))
      await client.close()
    }
  }
}
