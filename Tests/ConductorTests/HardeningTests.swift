import Bundles
import ConductorAPI
import ConductorInterfaces
@testable import Conductor
import Foundation
import HoloCore
import HoloCrypto
import HoloswiftTesting
import Keystore
import Logging
import Ribosome
import StateStore
import Synchronization
import Testing

/// Issue 19's findings, each reproduced: requests that crashed or misled the conductor, a replay after a restart,
/// runaway calls, bombs and odd paths.
@Suite struct HardeningTests {
  // MARK: Token expiry

  @Test(arguments: [UInt64.max, UInt64(Int64.max), 9_300_000_000_000, 9_223_372_036_855, 1])
  func anyTokenExpiryIsAnsweredWithoutTrapping(seconds: UInt64) async throws {
    let fixture = try await ConductorAPIHandlerTests.Fixture()
    let response = await fixture.admin.handle(
      .issueAppAuthenticationToken(
        IssueAppAuthenticationTokenPayload(installedAppId: "forum-app", expirySeconds: seconds, singleUse: false)))
    guard case .appAuthenticationTokenIssued(let issued) = response else { Issue.record("\(response)"); return }
    // Past what a system clock counts, Holochain's `checked_add` gives no expiry; past the largest Timestamp, that.
    let now = Timestamp.now().microseconds
    if seconds > UInt64(Int64.max - now / 1_000_000) {
      #expect(issued.expiresAt == nil)
    } else if seconds > 1 {
      #expect(issued.expiresAt == Timestamp(microseconds: .max))
    } else {
      #expect(issued.expiresAt.map { $0.microseconds > now } == true)
    }
    #expect(await fixture.app.authenticate(token: issued.token, interfaceAppId: nil) == "forum-app")
  }

  @Test func tokenExpiryArithmeticSaturates() {
    let now = Timestamp(microseconds: 1_700_000_000_000_000)
    #expect(AppAuthenticationTokens.expiry(seconds: 0, from: now) == nil)
    #expect(AppAuthenticationTokens.expiry(seconds: 30, from: now) == now.microseconds + 30_000_000)
    #expect(AppAuthenticationTokens.expiry(seconds: 10_000_000_000_000, from: now) == .max)
    #expect(AppAuthenticationTokens.expiry(seconds: .max, from: now) == nil)
    #expect(AppAuthenticationTokens.expiry(seconds: 5, from: Timestamp(microseconds: .min)) != nil)
  }

  // MARK: Nonces across a restart

  @Test func aSignedCallCapturedBeforeARestartIsADuplicateAfterIt() async throws {
    let directory = try ConductorDirectory()
    let tokens = AppAuthenticationTokens()
    let first = try directory.open()
    let admin = ConductorAdminAPI(conductor: first, tokens: tokens)
    let installed = await admin.handle(
      .installApp(InstallAppPayload(source: .bytes(try ConductorAPIHandlerTests.forumHapp()), networkSeed: "replay")))
    guard case .appInstalled(let info) = installed else { Issue.record("\(installed)"); return }
    _ = await admin.handle(.enableApp(installedAppId: info.installedAppId))
    let cell = try #require(info.cells(for: "forum").first?.cellId)
    let params = ZomeCallParams(
      provenance: info.agentPubKey, cellId: cell, zomeName: "forum", fnName: "create_post", capSecret: nil,
      payload: ExternIO(encoding: ForumTests.Post(title: "once", content: "only once")),
      nonce: Nonce256Bits(checked: SecureRandom.bytes(32)),
      expiresAt: Timestamp(microseconds: Timestamp.now().microseconds + 300_000_000))
    let captured = try params.signed(with: first.keystore)
    guard case .zomeCalled = await ConductorAppAPI(conductor: first, tokens: tokens).handle(.callZome(captured), appId: info.installedAppId)
    else { Issue.record("the first call failed"); return }
    try first.keystore.close()

    let second = try directory.open()
    try await second.restore()
    let replay = await ConductorAppAPI(conductor: second, tokens: tokens).handle(.callZome(captured), appId: info.installedAppId)
    guard case .error(.zomeCallUnauthorized(let reason)) = replay else { Issue.record("replayed: \(replay)"); return }
    #expect(reason.contains("BadNonce(\"Duplicate\")"))
    let posts: [ActionHash] = try await SweetCell(conductor: second, id: cell).call("forum", "list_posts")
    #expect(posts.count == 1)
    try second.keystore.close()
  }

  @Test func aNonceIsFreshAgainOnlyOnceItsCallExpired() throws {
    let directory = try ConductorDirectory()
    let store = try StateStore(root: directory.path + "/nonces")
    let nonces = store.conductor.nonces
    let agent = [UInt8](repeating: 7, count: 39)
    let nonce = [UInt8](repeating: 9, count: 32)
    #expect(try nonces.witness(agent: agent, nonce: nonce, expires: 2_000, now: 1_000))
    #expect(try !nonces.witness(agent: agent, nonce: nonce, expires: 3_000, now: 1_500))
    #expect(try nonces.witness(agent: [UInt8](repeating: 8, count: 39), nonce: nonce, expires: 3_000, now: 1_500))
    // Expired: the nonce may be used again (its old call cannot be replayed: it has expired too).
    #expect(try nonces.witness(agent: agent, nonce: nonce, expires: 4_000, now: 2_500))
    #expect(try nonces.prune(before: 3_500) == 1)
    #expect(try nonces.count() == 1)
  }

  // MARK: Runaway calls

  @Test func aCallNobodyWaitsForIsStopped() async throws {
    // No deadline worth the name and endless fuel: only the cancellation can stop the loop (the long deadline
    // is a safety net that turns a broken cancellation into a failure instead of a hang).
    let fixture = try await HostFnFixture(
      configuration: RibosomeConfiguration(fuelPerCall: .max, memoryLimitBytes: 16 << 20, callDeadline: .seconds(600)))
    let conductor = fixture.conductor.conductor
    let cell = fixture.alice.id
    let call = Task {
      try await conductor.callZome(cell, zome: "smoke", function: "loop_forever", payload: ExternIO(encoding: HoloCore.Unit()))
    }
    call.cancel()
    let result = await call.result
    guard case .failure(let error) = result, let conductorError = error as? ConductorError,
      case .ribosome(.cancelled(zome: "smoke", function: "loop_forever")) = conductorError
    else { Issue.record("expected a cancelled call, got \(result)"); return }
    let sum: Int64 = try await fixture.alice.call("smoke", "add", [Int64(2), 3])
    #expect(sum == 5)
  }

  // MARK: Install requests

  @Test(arguments: ["", String(repeating: "a", count: 100_000), "tab\there", "bell\u{7}"])
  func unusableAppIdsAreRefusedWithAReason(id: String) async throws {
    let sweet = try SweetConductor()
    let admin = ConductorAdminAPI(conductor: sweet.conductor, tokens: AppAuthenticationTokens())
    let response = await admin.handle(
      .installApp(InstallAppPayload(source: .bytes(try ConductorAPIHandlerTests.forumHapp()), installedAppId: id)))
    guard case .error(let error) = response else { Issue.record("installed \(id.prefix(20))"); return }
    #expect("\(error)".contains("installed_app_id"))
    #expect("\(error)".count < 400)
    #expect(sweet.conductor.apps.isEmpty)
  }

  @Test func aBundlePathThatIsNotAFileIsRefusedByItsKind() async throws {
    let sweet = try SweetConductor()
    let admin = ConductorAdminAPI(conductor: sweet.conductor, tokens: AppAuthenticationTokens())
    let fifo = NSTemporaryDirectory() + "holoswift-fifo-" + UUID().uuidString
    #expect(mkfifo(fifo, 0o600) == 0)
    defer { unlink(fifo) }
    for (path, kind) in [("/dev/zero", "character device"), (fifo, "FIFO"), (NSTemporaryDirectory(), "directory")] {
      let response = await admin.handle(.installApp(InstallAppPayload(source: .path(path))))
      guard case .error(let error) = response else { Issue.record("\(path) was accepted"); continue }
      #expect("\(error)".contains(kind), "\(path): \(error)")
      #expect(!"\(error)".contains("permission"))
    }
  }
}

/// A call whose client goes away is stopped, over a real socket.
@Suite struct DisconnectTests {
  /// The host-function DNA (with the `smoke` zome and its endless loop) as a `.happ`.
  static func hostfnHapp() throws -> [UInt8] {
    let dna = try DnaBundle(
      manifest: DnaManifest(
        name: "hostfn",
        integrity: IntegrityManifest(
          networkSeed: "disconnect", zomes: [ZomeManifest(name: "hostfn_integrity", path: "hostfn_integrity.wasm")]),
        coordinator: CoordinatorManifest(zomes: [
          ZomeManifest(name: "hostfn", path: "hostfn.wasm", dependencies: ["hostfn_integrity"]),
          ZomeManifest(name: "smoke", path: "smoke.wasm", dependencies: ["hostfn_integrity"]),
        ])),
      resources: [
        "hostfn_integrity.wasm": try GuestWasm.load("hostfn_integrity"), "hostfn.wasm": try GuestWasm.load("hostfn"),
        "smoke.wasm": try GuestWasm.load("smoke"),
      ])
    let app = try AppBundle(
      manifest: AppManifest(name: "loops", roles: [AppRoleManifest(name: "hostfn", dna: AppRoleDnaManifest(path: "hostfn.dna"))]),
      resources: ["hostfn.dna": try dna.pack()])
    return try app.pack()
  }

  @Test func aCallWhoseClientWentAwayIsStopped() async throws {
    // Endless fuel; the deadline is a safety net that would count as past-deadline, not as cancelled.
    let sweet = try SweetConductor(
      configuration: RibosomeConfiguration(fuelPerCall: .max, callDeadline: .seconds(300)))
    let logger = Logger(label: "disconnect")
    let runtime = ConductorRuntime(conductor: sweet.conductor, logger: logger)
    let admin = ConductorAdminAPI(conductor: sweet.conductor, tokens: runtime.tokens)
    guard case .appInstalled(let info) = await admin.handle(.installApp(InstallAppPayload(source: .bytes(try Self.hostfnHapp()))))
    else { Issue.record("install"); return }
    _ = await admin.handle(.enableApp(installedAppId: info.installedAppId))
    let port = try await runtime.attachAppInterface(port: 0, allowedOrigins: .any, installedAppId: nil)
    let token = runtime.tokens.issue(IssueAppAuthenticationTokenPayload(installedAppId: info.installedAppId))
    let client = try await ConductorClient.connect(port: port, configuration: .patient, logger: logger)
    try await client.authenticate(token: token.token)
    let cell = try #require(info.cells(for: "hostfn").first?.cellId)
    let params = ZomeCallParams(
      provenance: info.agentPubKey, cellId: cell, zomeName: "smoke", fnName: "loop_forever", capSecret: nil,
      payload: ExternIO(encoding: HoloCore.Unit()), nonce: Nonce256Bits(checked: SecureRandom.bytes(32)),
      expiresAt: Timestamp(microseconds: Timestamp.now().microseconds + 300_000_000))
    let signed = try params.signed(with: sweet.conductor.keystore)
    let call = Task { try await client.appRequest(.callZome(signed)) }
    // Once the call runs (init and genesis done), the client goes away.
    for _ in 0..<600 where (try? sweet.conductor.cell(cell).isInitialized) != true { try await Task.sleep(for: .milliseconds(100)) }
    await client.close()
    _ = await call.result
    for _ in 0..<1200 where sweet.conductor.cancelledCalls.load(ordering: .relaxed) == 0 {
      try await Task.sleep(for: .milliseconds(100))
    }
    #expect(sweet.conductor.cancelledCalls.load(ordering: .relaxed) == 1)
    #expect(sweet.conductor.callsPastDeadline.load(ordering: .relaxed) == 0)
    await runtime.stop()
  }
}
