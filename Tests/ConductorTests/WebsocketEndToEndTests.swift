import ConductorAPI
import ConductorInterfaces
import Conductor
import Foundation
import HoloCore
import HoloCrypto
import HoloswiftTesting
import Keystore
import Logging
import StateStore
import Testing

/// A client over real sockets: admin requests install and enable the forum hApp and attach an app interface;
/// an app connection authenticates with a token, reads app_info, makes a signed zome call, and gets its signal.
@Suite struct WebsocketEndToEndTests {
  @Test func aClientInstallsCallsAndHearsSignalsOverWebsockets() async throws {
    let sweet = try SweetConductor()
    let logger = Logger(label: "e2e")
    let runtime = ConductorRuntime(conductor: sweet.conductor, logger: logger)
    let adminPort = try await runtime.startAdminInterface(port: 0, allowedOrigins: .any)
    let admin = try await ConductorClient.connect(port: adminPort, configuration: .patient, logger: logger)

    let installed = try await admin.adminRequest(
      .installApp(InstallAppPayload(source: .bytes(try ConductorAPIHandlerTests.forumHapp()), networkSeed: "sockets")))
    guard case .appInstalled(let info) = installed else { Issue.record("\(installed)"); return }
    guard case .appEnabled = try await admin.adminRequest(.enableApp(installedAppId: info.installedAppId)) else {
      Issue.record("enable_app"); return
    }
    let attached = try await admin.adminRequest(
      .attachAppInterface(port: 0, dangerBindAddr: nil, allowedOrigins: .any, installedAppId: nil))
    guard case .appInterfaceAttached(let appPort) = attached else { Issue.record("\(attached)"); return }
    #expect(try await admin.adminRequest(.listAppInterfaces) == .appInterfacesListed([AppInterfaceInfo(port: appPort, allowedOrigins: .any)]))
    let issued = try await admin.adminRequest(
      .issueAppAuthenticationToken(IssueAppAuthenticationTokenPayload(installedAppId: info.installedAppId)))
    guard case .appAuthenticationTokenIssued(let token) = issued else { Issue.record("\(issued)"); return }

    let app = try await ConductorClient.connect(port: appPort, configuration: .patient, logger: logger)
    try await app.authenticate(token: token.token)
    guard case .appInfo(let seen?) = try await app.appRequest(.appInfo) else { Issue.record("app_info"); return }
    #expect(seen.installedAppId == "forum-app" && seen.status == .enabled)

    let cell = try #require(info.cells(for: "forum").first?.cellId)
    let params = ZomeCallParams(
      provenance: info.agentPubKey, cellId: cell, zomeName: "forum", fnName: "create_post", capSecret: nil,
      payload: ExternIO(encoding: ForumTests.Post(title: "Over the wire", content: "hello")),
      nonce: Nonce256Bits(checked: SecureRandom.bytes(32)),
      expiresAt: Timestamp(microseconds: Timestamp.now().microseconds + 60_000_000))
    let called = try await app.appRequest(.callZome(try params.signed(with: sweet.conductor.keystore)))
    guard case .zomeCalled(let output) = called else { Issue.record("\(called)"); return }
    #expect((try? output.decode(ActionHash.self)) != nil)

    // create_post emits a PostCreated signal to the app's connections.
    var iterator = app.signals.makeAsyncIterator()
    let signal = await iterator.next()
    guard case .app(let from, let zome, _)? = signal else { Issue.record("no app signal: \(String(describing: signal))"); return }
    #expect(from == cell && zome == "forum")

    await app.close()
    await admin.close()
    await runtime.stop()
  }
}

/// After a restart, enabled apps answer again on the app interfaces attached before it.
@Suite struct RuntimeRestartTests {
  @Test func appInterfacesAndAppsComeBackAfterARestart() async throws {
    let directory = try ConductorDirectory()
    let logger = Logger(label: "restart")
    func open() async throws -> ConductorRuntime {
      let conductor = try directory.open()
      try await conductor.restore()
      let runtime = ConductorRuntime(conductor: conductor, logger: logger)
      try await runtime.reattachAppInterfaces()
      return runtime
    }

    let first = try await open()
    let installed = await first.adminAPI.handle(
      .installApp(InstallAppPayload(source: .bytes(try ConductorAPIHandlerTests.forumHapp()), networkSeed: "restart")))
    guard case .appInstalled(let info) = installed else { Issue.record("\(installed)"); return }
    _ = await first.adminAPI.handle(.enableApp(installedAppId: info.installedAppId))
    let port = try await first.attachAppInterface(port: 0, allowedOrigins: .any, installedAppId: nil)
    await first.stop()
    try first.conductor.keystore.close()

    let second = try await open()
    #expect(await second.appInterfaces().map(\.port) == [port])
    let token = second.tokens.issue(IssueAppAuthenticationTokenPayload(installedAppId: info.installedAppId))
    let client = try await ConductorClient.connect(port: port, configuration: .patient, logger: logger)
    try await client.authenticate(token: token.token)
    guard case .appInfo(let seen?) = try await client.appRequest(.appInfo) else { Issue.record("app_info"); return }
    #expect(seen.status == .enabled && seen.agentPubKey == info.agentPubKey)
    await client.close()
    await second.stop()
    try second.conductor.keystore.close()
  }
}
