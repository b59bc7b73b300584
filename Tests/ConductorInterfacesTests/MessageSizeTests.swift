import ConductorAPI
import ConductorInterfaces
import HoloCore
import Testing

@Suite("Frame and message size limits")
struct MessageSizeTests {
  /// 64 KiB frames, 128 KiB messages.
  static var smallLimits: InterfaceServerConfiguration {
    var configuration = InterfaceServerConfiguration.admin(allowedOrigins: .any)
    configuration.maxFrameSize = 64 << 10
    configuration.maxMessageSize = 128 << 10
    return configuration
  }

  @Test("An oversized frame closes that connection only")
  func oversizedFrame() async throws {
    try await withAdminServer(Self.smallLimits) { port in
      let bystander = try await connect(port)
      let offender = try await connect(port)
      // One 100 KiB frame (the client's own frame limit is 16 MiB).
      try await offender.sendRaw(Array(repeating: 0x41, count: 100 << 10))
      #expect(await offender.waitUntilClosed().code == 1009)
      #expect(try await bystander.adminRequest(.generateAgentPubKey) == .agentPubKeyGenerated(Fixtures.agent))
      await bystander.close()
    }
  }

  @Test(
    "A 100 MB frame, against the default 16 MiB limit, is refused at its header; the server keeps serving",
    .timeLimit(.minutes(1)))
  func hundredMegabyteFrame() async throws {
    try await withAdminServer(InterfaceServerConfiguration.admin(allowedOrigins: .any)) { port in
      let bystander = try await connect(port)
      let code = try await RawUpgrade.closeCodeForFrame(port: port, declaredLength: 100_000_000, sentBytes: 64 << 10)
      #expect(code == 1009)
      #expect(try await bystander.adminRequest(.generateAgentPubKey) == .agentPubKeyGenerated(Fixtures.agent))
      await bystander.close()
    }
  }

  @Test("A message that grows past the limit across frames closes that connection only")
  func oversizedMessage() async throws {
    try await withAdminServer(Self.smallLimits) { port in
      let bystander = try await connect(port)
      var fragmenting = ConductorClient.Configuration()
      fragmenting.maxFrameSize = 16 << 10
      let offender = try await connect(port, configuration: fragmenting)
      try await offender.sendRaw(Array(repeating: 0x41, count: 200 << 10))
      #expect(await offender.waitUntilClosed().code == 1009)
      #expect(try await bystander.adminRequest(.listApps(statusFilter: nil)) == .appsListed(FakeAdminHandler.apps))
      await bystander.close()
    }
  }

  @Test("Messages larger than a frame go out in fragments, both ways")
  func fragmentedMessages() async throws {
    try await withAdminServer(Self.smallLimits) { port in
      var configuration = ConductorClient.Configuration()
      configuration.maxFrameSize = 64 << 10
      let client = try await connect(port, configuration: configuration)
      // A 100 000-byte request in two frames, answered.
      let large = AdminRequest.addAgentInfo(agentInfos: [String(repeating: "x", count: 100_000)])
      #expect(try await client.adminRequest(large) == .error(.internalError("unsupported: add_agent_info")))
      // A 200 000-byte response in four frames.
      #expect(try await client.adminRequest(.dumpConductorState) == .conductorStateDumped(FakeAdminHandler.largeState))
      await client.close()
    }
  }
}
