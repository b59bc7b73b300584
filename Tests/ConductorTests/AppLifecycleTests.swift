import ConductorAPI
import Conductor
import Foundation
import HoloCore
import HoloCrypto
import HoloswiftTesting
import Keystore
import Ribosome
import Bundles
import StateStore
import Testing

/// Apps: install (disabled until enabled), enable, disable, uninstall, deferred membrane proofs, and a restart
/// that brings enabled apps back callable and leaves disabled ones disabled.
@Suite struct AppLifecycleTests {
  static func twoRoles(seed: String = "apps") throws -> [AppInstallation.Role] {
    [
      .init(name: "things", dna: try HostFnFixture.dna(seed: seed), cloneLimit: 2),
      .init(name: "forum", dna: try ForumTests.dna(seed: seed)),
    ]
  }

  @Test func anInstalledAppTakesCallsOnlyWhileEnabled() async throws {
    let sweet = try SweetConductor()
    let conductor = sweet.conductor
    let app = try await conductor.installApp(AppInstallation(appId: "two", roles: try Self.twoRoles()))
    #expect(app.status == .disabled(.neverStarted))
    #expect(app.roleOrder == ["things", "forum"])
    let things = try #require(app.cell(role: "things"))
    // Genesis ran at install: the chain has its three records.
    #expect(try conductor.store.sourceChain(for: things, signer: KeystoreSigner(keystore: conductor.keystore)).query(ChainQueryFilter()).count == 3)
    await #expect(throws: ConductorError.self) {
      _ = try await conductor.callZome(things, zome: "hostfn", function: "agent_info", payload: .unit)
    }

    #expect(try await conductor.enableApp("two").status == .enabled)
    let info = try await conductor.callZome(things, zome: "hostfn", function: "agent_info", payload: .unit)
    #expect(try info.decode(AgentInfo.self).agentInitialPubkey == app.agent)
    #expect(Set(conductor.cellIds) == Set(app.allCells))

    #expect(try await conductor.disableApp("two").status == .disabled(.user))
    #expect(conductor.cellIds.isEmpty)
    _ = try await conductor.enableApp("two")
    _ = try await conductor.callZome(things, zome: "hostfn", function: "agent_info", payload: .unit)

    try await conductor.uninstallApp("two")
    #expect(conductor.apps.isEmpty && conductor.cellIds.isEmpty)
    await #expect(throws: ConductorError.self) { _ = try await conductor.enableApp("two") }
  }

  @Test func uninstallingDeletesTheAppsChainsSoAReinstallStartsAfresh() async throws {
    let sweet = try SweetConductor()
    let conductor = sweet.conductor
    let agent = try sweet.newAgent()
    let roles: [AppInstallation.Role] = [.init(name: "things", dna: try HostFnFixture.dna(seed: "again"))]
    let app = try await conductor.installApp(AppInstallation(appId: "once", agent: agent, roles: roles))
    _ = try await conductor.enableApp("once")
    let cell = try #require(app.cell(role: "things"))
    _ = try await conductor.callZome(cell, zome: "hostfn", function: "create_entry", payload: ExternIO(encoding: Things.thing("gone")))
    try await conductor.uninstallApp("once")

    _ = try await conductor.installApp(AppInstallation(appId: "twice", agent: agent, roles: roles))
    _ = try await conductor.enableApp("twice")
    let chain = try conductor.cell(cell).sourceChain.query(ChainQueryFilter())
    #expect(chain.map(\.action.actionType) == [.dna, .agentValidationPkg, .create])
    let found: [Record?] = try await conductor.callZome(
      cell, zome: "hostfn", function: "get_records", payload: ExternIO(encoding: [GetInput(anyDhtHash: AnyDhtHash(Things.entry("gone").hash())!)])
    ).decode()
    #expect(found == [nil])
  }

  @Test func twoAppsCannotShareACellOrAnId() async throws {
    let sweet = try SweetConductor()
    let agent = try sweet.newAgent()
    let roles = try Self.twoRoles()
    _ = try await sweet.conductor.installApp(AppInstallation(appId: "one", agent: agent, roles: roles))
    await #expect(throws: ConductorError.self) {
      _ = try await sweet.conductor.installApp(AppInstallation(appId: "one", roles: roles))
    }
    await #expect(throws: ConductorError.self) {
      _ = try await sweet.conductor.installApp(AppInstallation(appId: "other", agent: agent, roles: roles))
    }
    #expect(sweet.conductor.apps.map(\.id) == ["one"])
  }

  @Test func deferredMembraneProofsWaitForTheirProofs() async throws {
    let sweet = try SweetConductor()
    let conductor = sweet.conductor
    let app = try await conductor.installApp(
      AppInstallation(appId: "later", roles: [.init(name: "things", dna: try HostFnFixture.dna())], defersMemproofs: true))
    #expect(app.status == .awaitingMemproofs)
    let cell = try #require(app.cell(role: "things"))
    #expect(try conductor.store.sourceChain(for: cell, signer: KeystoreSigner(keystore: conductor.keystore)).head() == nil)
    await #expect(throws: ConductorError.self) { _ = try await conductor.enableApp("later") }

    let proof = MembraneProof(encoding: "let me in")
    let provided = try await conductor.provideMemproofs("later", proofs: ["things": proof])
    #expect(provided.status == .disabled(.notStartedAfterProvidingMemproofs))
    _ = try await conductor.enableApp("later")
    var filter = ChainQueryFilter()
    filter.actionTypes = [.agentValidationPkg]
    let records = try conductor.store.sourceChain(for: cell, signer: KeystoreSigner(keystore: conductor.keystore)).query(filter)
    guard case .agentValidationPkg(let pkg) = records.first?.action.data else { Issue.record("no AgentValidationPkg"); return }
    #expect(pkg.membraneProof == proof)
  }

  @Test func aRestartBringsEnabledAppsBackAndLeavesDisabledOnesDisabled() async throws {
    let directory = try ConductorDirectory()
    func open() throws -> Conductor { try directory.open() }
    var created: ActionHash
    let running: CellId
    let stopped: CellId
    do {
      let conductor = try open()
      let on = try await conductor.installApp(AppInstallation(appId: "on", roles: [.init(name: "things", dna: try HostFnFixture.dna(seed: "on"))]))
      let off = try await conductor.installApp(AppInstallation(appId: "off", roles: [.init(name: "things", dna: try HostFnFixture.dna(seed: "off"))]))
      running = try #require(on.cell(role: "things"))
      stopped = try #require(off.cell(role: "things"))
      _ = try await conductor.enableApp("on")
      created = try await conductor.callZome(running, zome: "hostfn", function: "create_entry", payload: ExternIO(encoding: Things.thing("kept"))).decode()
      try conductor.keystore.close()
    }

    let reopened = try open()
    try await reopened.restore()
    #expect(try reopened.app("on").status == .enabled)
    #expect(try reopened.app("off").status == .disabled(.neverStarted))
    #expect(reopened.cellIds == [running])
    let records: [Record?] = try await reopened.callZome(
      running, zome: "hostfn", function: "get_records", payload: ExternIO(encoding: [GetInput(anyDhtHash: AnyDhtHash(created)!)])
    ).decode()
    #expect(records.first??.actionHash == created)
    _ = try await reopened.enableApp("off")
    #expect(Set(reopened.cellIds) == [running, stopped])
    created = try await reopened.callZome(stopped, zome: "hostfn", function: "create_entry", payload: ExternIO(encoding: Things.thing("later"))).decode()
    try reopened.keystore.close()
  }
}

/// `update_coordinators`: new coordinator zomes for an installed DNA, same hash, same chain, running cells
/// restarted on them.
@Suite struct UpdateCoordinatorsTests {
  @Test func coordinatorsAreReplacedWithoutChangingTheDnaOrItsCells() async throws {
    let sweet = try SweetConductor()
    let tokens = AppAuthenticationTokens()
    let admin = ConductorAdminAPI(conductor: sweet.conductor, tokens: tokens)
    let alice = try await sweet.install(try HostFnFixture.dna(seed: "update"))
    let sum: Int64 = try await alice.call("smoke", "add", [Int64(1), 2])
    #expect(sum == 3)
    let before = try alice.chain().count

    // A `.coordinators` bundle whose zome `smoke` is now the crypto test zome.
    let bundle = try CoordinatorBundle(
      manifest: CoordinatorManifest(zomes: [ZomeManifest(name: "smoke", path: "smoke.wasm")]),
      resources: ["smoke.wasm": try GuestWasm.load("crypto_tests")])
    let response = await admin.handle(
      .updateCoordinators(UpdateCoordinatorsPayload(cellId: alice.id, source: .bundle(try MsgPackValue(msgpack: bundle.msgpackBytes())))))
    #expect(response == .coordinatorsUpdated)

    #expect(sweet.conductor.cellIds == [alice.id])
    #expect(sweet.conductor.dna(alice.id.dnaHash)?.hash == alice.id.dnaHash)
    let gone = await alice.callFallible("smoke", "add", [Int64(1), 2], as: Int64.self)
    guard case .failure(.ribosome(.noSuchFunction)) = gone else { Issue.record("expected noSuchFunction, got \(gone)"); return }
    let key: X25519PubKey = try await alice.call("smoke", "create_x25519_keypair")
    #expect(key.bytes.count == 32)
    #expect(try alice.chain().count == before)

    let integrity = try CoordinatorBundle(
      manifest: CoordinatorManifest(zomes: [ZomeManifest(name: "hostfn_integrity", path: "i.wasm")]),
      resources: ["i.wasm": try GuestWasm.load("smoke")])
    let refused = await admin.handle(
      .updateCoordinators(UpdateCoordinatorsPayload(cellId: alice.id, source: .bundle(try MsgPackValue(msgpack: integrity.msgpackBytes())))))
    guard case .error = refused else { Issue.record("replacing an integrity zome must be refused"); return }
  }
}
