import Bundles
import ConductorAPI
import Conductor
import Foundation
import HoloCore
import HoloCrypto
import HoloswiftTesting
import Keystore
import StateStore
import Testing

/// The Admin and App API handlers over a real conductor: install a `.happ`, enable, list, tokens, signed zome
/// calls (signature, nonce, expiry, capability), clone cells.
@Suite struct ConductorAPIHandlerTests {
  /// The forum hApp as `.happ` bytes: one role, `forum`.
  static func forumHapp() throws -> [UInt8] {
    let dna = try DnaBundle(
      manifest: DnaManifest(
        name: "forum",
        integrity: IntegrityManifest(
          networkSeed: "api", zomes: [ZomeManifest(name: "forum_integrity", path: "forum_integrity.wasm")]),
        coordinator: CoordinatorManifest(
          zomes: [ZomeManifest(name: "forum", path: "forum.wasm", dependencies: ["forum_integrity"])])),
      resources: [
        "forum_integrity.wasm": try GuestWasm.load("forum_integrity"), "forum.wasm": try GuestWasm.load("forum"),
      ])
    let app = try AppBundle(
      manifest: AppManifest(
        name: "forum-app",
        roles: [AppRoleManifest(name: "forum", dna: AppRoleDnaManifest(path: "forum.dna", cloneLimit: 1))]),
      resources: ["forum.dna": try dna.pack()])
    return try app.pack()
  }

  struct Fixture {
    let sweet: SweetConductor
    let tokens = AppAuthenticationTokens()
    var admin: ConductorAdminAPI { ConductorAdminAPI(conductor: sweet.conductor, tokens: tokens) }
    let app: ConductorAppAPI
    let info: AppInfo

    init() async throws {
      sweet = try SweetConductor()
      app = ConductorAppAPI(conductor: sweet.conductor, tokens: tokens)
      let admin = ConductorAdminAPI(conductor: sweet.conductor, tokens: tokens)
      let installed = await admin.handle(
        .installApp(InstallAppPayload(source: .bytes(try ConductorAPIHandlerTests.forumHapp()), networkSeed: "handlers")))
      guard case .appInstalled(let info) = installed else { throw Failure("install_app answered \(installed)") }
      self.info = info
    }

    /// A zome call to the app's forum cell, signed by `signer` (the app's agent by default).
    func signedCall(
      _ function: String, _ payload: some MsgPackEncodable, expiresIn seconds: Double = 60, tamper: Bool = false,
      nonce: Nonce256Bits? = nil
    ) throws -> ZomeCallParamsSigned {
      let cell = try #require(info.cells(for: "forum").first?.cellId)
      let params = ZomeCallParams(
        provenance: info.agentPubKey, cellId: cell, zomeName: "forum", fnName: function, capSecret: nil,
        payload: ExternIO(encoding: payload), nonce: nonce ?? Nonce256Bits(checked: SecureRandom.bytes(32)),
        expiresAt: Timestamp(microseconds: Timestamp.now().microseconds + Int64(seconds * 1_000_000)))
      var bytes = params.msgpackBytes()
      let signature = try sweet.conductor.keystore.sign(publicKey: info.agentPubKey.core, message: SHA512.hash(bytes))
      if tamper { bytes[bytes.count - 1] ^= 1 }
      return ZomeCallParamsSigned(bytes: ExternIO(bytes: bytes), signature: Signature(checked: signature))
    }
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }

  @Test func installEnableAndListThroughTheAdminAPI() async throws {
    let fixture = try await Fixture()
    #expect(fixture.info.installedAppId == "forum-app")
    #expect(fixture.info.status == .disabled(.neverStarted))
    guard case .provisioned(let cell)? = fixture.info.cells(for: "forum").first else { Issue.record("no provisioned cell"); return }
    #expect(cell.dnaModifiers.networkSeed == "handlers" && cell.name == "forum")

    guard case .appEnabled(let enabled) = await fixture.admin.handle(.enableApp(installedAppId: "forum-app")) else {
      Issue.record("enable_app failed"); return
    }
    #expect(enabled.status == .enabled)
    guard case .appsListed(let apps) = await fixture.admin.handle(.listApps(statusFilter: .enabled)) else { Issue.record("list_apps"); return }
    #expect(apps.map(\.installedAppId) == ["forum-app"])
    guard case .appsListed(let none) = await fixture.admin.handle(.listApps(statusFilter: .disabled)) else { Issue.record("list_apps"); return }
    #expect(none.isEmpty)
    #expect(await fixture.admin.handle(.listDnas) == .dnasListed([cell.cellId.dnaHash]))
    #expect(await fixture.admin.handle(.listCellIds) == .cellIdsListed([cell.cellId]))
    guard case .dnaDefinitionReturned(let def) = await fixture.admin.handle(.getDnaDefinition(cell.cellId)) else { Issue.record("dna def"); return }
    #expect(def.coordinatorZomes.map(\.name) == ["forum"])

    let duplicate = await fixture.admin.handle(
      .installApp(InstallAppPayload(source: .bytes(try ConductorAPIHandlerTests.forumHapp()), networkSeed: "handlers")))
    guard case .error = duplicate else { Issue.record("a second app with the same id must be refused"); return }
    let garbage = await fixture.admin.handle(.installApp(InstallAppPayload(source: .bytes([1, 2, 3]))))
    guard case .error(.internalError(let message)) = garbage else { Issue.record("bad bundle: \(garbage)"); return }
    #expect(message.contains("gzip"))
    #expect(fixture.sweet.conductor.apps.count == 1)

    guard case .storageInfo(let storage) = await fixture.admin.handle(.storageInfo),
      case .dna(let blob)? = storage.blobs.first
    else { Issue.record("storage_info"); return }
    #expect(blob.dnaHash == cell.cellId.dnaHash && blob.usedBy == ["forum-app"] && blob.dhtDataSize > 0)
    guard case .stateDumped(let json) = await fixture.admin.handle(.dumpState(cellId: cell.cellId, sourceChainCursor: nil, limit: nil)),
      let pair = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any], pair.count == 2,
      let dump = pair[0] as? [String: Any], let summary = pair[1] as? String, summary.hasPrefix("--- Cell State Dump Summary"),
      let chain = dump["source_chain_dump"] as? [String: Any], let records = chain["records"] as? [[String: Any]]
    else { Issue.record("dump_state"); return }
    #expect(records.count >= 3 && records.first?["action_type"] as? String == "Dna")
    guard case .conductorStateDumped(let state) = await fixture.admin.handle(.dumpConductorState) else { Issue.record("dump_conductor_state"); return }
    #expect(state.contains("forum-app"))
  }

  @Test func tokensAreBoundToOneAppAndUsedOnce() async throws {
    let fixture = try await Fixture()
    let response = await fixture.admin.handle(.issueAppAuthenticationToken(IssueAppAuthenticationTokenPayload(installedAppId: "forum-app")))
    guard case .appAuthenticationTokenIssued(let issued) = response else { Issue.record("\(response)"); return }
    #expect(await fixture.app.authenticate(token: issued.token, interfaceAppId: "another-app") == nil)
    #expect(await fixture.app.authenticate(token: issued.token, interfaceAppId: nil) == "forum-app")
    #expect(await fixture.app.authenticate(token: issued.token, interfaceAppId: nil) == nil)
    let unknown = await fixture.admin.handle(.issueAppAuthenticationToken(IssueAppAuthenticationTokenPayload(installedAppId: "nope")))
    guard case .error = unknown else { Issue.record("a token for an unknown app must be refused"); return }
  }

  @Test func signedZomeCallsAreCheckedAsHolochainChecksThem() async throws {
    let fixture = try await Fixture()
    _ = await fixture.admin.handle(.enableApp(installedAppId: "forum-app"))
    let post = ForumTests.Post(title: "Signed", content: "by the app's agent")
    // Valid for 40 minutes: its replays below must still be unexpired however long the first call took.
    let good = try fixture.signedCall("create_post", post, expiresIn: 2_400)
    guard case .zomeCalled(let output) = await fixture.app.handle(.callZome(good), appId: "forum-app") else {
      Issue.record("a well-signed call failed"); return
    }
    #expect((try? output.decode(ActionHash.self)) != nil)

    let replay = await fixture.app.handle(.callZome(good), appId: "forum-app")
    guard case .error(.zomeCallUnauthorized(let replayReason)) = replay else { Issue.record("replay: \(replay)"); return }
    #expect(replayReason.contains("BadNonce(\"Duplicate\")"))
    // Nonces are conductor-wide: the same call through another app interface is a replay too.
    let otherInterface = ConductorAppAPI(conductor: fixture.sweet.conductor, tokens: fixture.tokens)
    guard case .error(.zomeCallUnauthorized) = await otherInterface.handle(.callZome(good), appId: "forum-app") else {
      Issue.record("a call replayed through another interface was accepted"); return
    }

    let tampered = await fixture.app.handle(.callZome(try fixture.signedCall("list_posts", HoloCore.Unit(), tamper: true)), appId: "forum-app")
    guard case .error(.zomeCallAuthenticationFailed) = tampered else { Issue.record("tampered: \(tampered)"); return }

    let expired = await fixture.app.handle(.callZome(try fixture.signedCall("list_posts", HoloCore.Unit(), expiresIn: -1)), appId: "forum-app")
    guard case .error(.zomeCallUnauthorized(let expiredReason)) = expired else { Issue.record("expired: \(expired)"); return }
    #expect(expiredReason.contains("Expired"))
    let future = await fixture.app.handle(.callZome(try fixture.signedCall("list_posts", HoloCore.Unit(), expiresIn: 3_600)), appId: "forum-app")
    guard case .error(.zomeCallUnauthorized(let futureReason)) = future else { Issue.record("future: \(future)"); return }
    #expect(futureReason.contains("Future"))
  }

  @Test func anotherAgentNeedsAGrant() async throws {
    let fixture = try await Fixture()
    _ = await fixture.admin.handle(.enableApp(installedAppId: "forum-app"))
    let stranger = Ed25519KeyPair.generate()
    let cell = try #require(fixture.info.cells(for: "forum").first?.cellId)
    let params = ZomeCallParams(
      provenance: AgentPubKey(core: stranger.publicKey), cellId: cell, zomeName: "forum", fnName: "list_posts",
      capSecret: nil, payload: ExternIO(encoding: HoloCore.Unit()), nonce: Nonce256Bits(checked: SecureRandom.bytes(32)),
      expiresAt: Timestamp(microseconds: Timestamp.now().microseconds + 60_000_000))
    let bytes = params.msgpackBytes()
    let signed = ZomeCallParamsSigned(
      bytes: ExternIO(bytes: bytes), signature: Signature(checked: stranger.sign(SHA512.hash(bytes))))
    let response = await fixture.app.handle(.callZome(signed), appId: "forum-app")
    guard case .error(.zomeCallUnauthorized(let reason)) = response else { Issue.record("\(response)"); return }
    #expect(reason.contains("BadCapGrant"))

    // The admin grants `list_posts` to whoever holds a secret; the stranger calls with it; then it is revoked.
    let secret = CapSecret(checked: SecureRandom.bytes(64))
    let grant = ZomeCallCapGrant(
      tag: "readers", access: .transferable(secret: secret),
      functions: .listed([GrantedFunction(zome: "forum", function: "list_posts")]))
    let granted = await fixture.admin.handle(.grantZomeCallCapability(GrantZomeCallCapabilityPayload(cellId: cell, capGrant: grant)))
    guard case .zomeCallCapabilityGranted(let grantHash) = granted else { Issue.record("\(granted)"); return }
    func strangerCall() throws -> ZomeCallParamsSigned {
      var withSecret = params
      withSecret.capSecret = secret
      withSecret.nonce = Nonce256Bits(checked: SecureRandom.bytes(32))
      // Signed now, valid for a minute from now: the test may have run for longer than that on a busy machine.
      withSecret.expiresAt = Timestamp(microseconds: Timestamp.now().microseconds + 60_000_000)
      let bytes = withSecret.msgpackBytes()
      return ZomeCallParamsSigned(bytes: ExternIO(bytes: bytes), signature: Signature(checked: stranger.sign(SHA512.hash(bytes))))
    }
    guard case .zomeCalled = await fixture.app.handle(.callZome(try strangerCall()), appId: "forum-app") else {
      Issue.record("the granted call failed"); return
    }
    guard case .capabilityGrantsInfo(let listed) = await fixture.admin.handle(.listCapabilityGrants(installedAppId: "forum-app", includeRevoked: false)) else {
      Issue.record("list_capability_grants"); return
    }
    #expect(listed.cells.first?.grants.map(\.actionHash) == [grantHash])
    #expect(listed.cells.first?.grants.first?.capGrant.access.accessType == "transferable")

    #expect(await fixture.admin.handle(.revokeZomeCallCapability(actionHash: grantHash, cellId: cell)) == .zomeCallCapabilityRevoked)
    guard case .error(.zomeCallUnauthorized) = await fixture.app.handle(.callZome(try strangerCall()), appId: "forum-app") else {
      Issue.record("a revoked grant still works"); return
    }
    guard case .capabilityGrantsInfo(let all) = await fixture.admin.handle(.listCapabilityGrants(installedAppId: "forum-app", includeRevoked: true)) else {
      Issue.record("list_capability_grants"); return
    }
    #expect(all.cells.first?.grants.first?.revokedAt != nil)
  }

  @Test func appInfoAndClonesThroughTheAppAPI() async throws {
    let fixture = try await Fixture()
    _ = await fixture.admin.handle(.enableApp(installedAppId: "forum-app"))
    let created = await fixture.app.handle(
      .createCloneCell(CreateCloneCellPayload(roleName: "forum", modifiers: DnaModifiersOpt(networkSeed: "room"))),
      appId: "forum-app")
    guard case .cloneCellCreated(let clone) = created else { Issue.record("\(created)"); return }
    guard case .appInfo(let info?) = await fixture.app.handle(.appInfo, appId: "forum-app") else { Issue.record("app_info"); return }
    #expect(info.cells(for: "forum").count == 2)
    #expect(info.cells(for: "forum").last == .cloned(clone))
    #expect(await fixture.app.handle(.disableCloneCell(DisableCloneCellInput(cloneCellId: .cloneId(clone.cloneId))), appId: "forum-app") == .cloneCellDisabled)
    #expect(await fixture.admin.handle(.deleteCloneCell(DeleteCloneCellPayload(appId: "forum-app", cloneCellId: .cloneId(clone.cloneId)))) == .cloneCellDeleted)
    guard case .listWasmHostFunctions(let names) = await fixture.app.handle(.listWasmHostFunctions, appId: "forum-app") else { return }
    #expect(names.contains("__hc__create_1"))
  }
}
