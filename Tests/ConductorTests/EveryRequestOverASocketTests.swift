import Bundles
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

/// Every Admin and App request of Holochain 0.7, sent over a real socket, gets the response Holochain answers
/// it with — or, for the few this conductor does not serve yet, a clear error naming the request.
@Suite struct EveryRequestOverASocketTests {
  @Test func everyAdminAndAppRequestIsAnswered() async throws {
    let sweet = try SweetConductor()
    let logger = Logger(label: "every-request")
    let runtime = ConductorRuntime(conductor: sweet.conductor, logger: logger)
    let admin = try await ConductorClient.connect(
      port: try await runtime.startAdminInterface(port: 0, allowedOrigins: .any), configuration: .patient, logger: logger)
    func expect(_ request: AdminRequest, _ wanted: String, line: Int = #line) async throws -> AdminResponse {
      let response = try await admin.adminRequest(request)
      #expect(
        response.variantName == wanted, "\(request.variantName) answered \(response)",
        sourceLocation: SourceLocation(fileID: #fileID, filePath: #filePath, line: line, column: 1))
      return response
    }

    let happ = try ConductorAPIHandlerTests.forumHapp()
    guard case .appInstalled(let info) = try await expect(.installApp(InstallAppPayload(source: .bytes(happ))), "app_installed")
    else { return }
    let appId = info.installedAppId
    let cell = try #require(info.cells(for: "forum").first?.cellId)
    _ = try await expect(.enableApp(installedAppId: appId), "app_enabled")
    _ = try await expect(.listApps(statusFilter: nil), "apps_listed")
    _ = try await expect(.listDnas, "dnas_listed")
    _ = try await expect(.listCellIds, "cell_ids_listed")
    _ = try await expect(.generateAgentPubKey, "agent_pub_key_generated")
    _ = try await expect(.getDnaDefinition(cell), "dna_definition_returned")
    _ = try await expect(.addAdminInterfaces([AdminInterfaceConfig(driver: .websocket(port: 0, dangerBindAddr: nil, allowedOrigins: .any))]), "admin_interfaces_added")
    guard case .appInterfaceAttached(let appPort) = try await expect(
      .attachAppInterface(port: 0, dangerBindAddr: nil, allowedOrigins: .any, installedAppId: nil), "app_interface_attached")
    else { return }
    _ = try await expect(.listAppInterfaces, "app_interfaces_listed")
    _ = try await expect(.dumpState(cellId: cell, sourceChainCursor: nil, limit: nil), "state_dumped")
    _ = try await expect(.dumpConductorState, "conductor_state_dumped")
    _ = try await expect(.dumpFullState(cellId: cell, dhtOpsCursor: nil, limit: nil), "full_state_dumped")
    _ = try await expect(.dumpNetworkMetrics(dnaHash: nil, includeDhtSummary: false), "network_metrics_dumped")
    _ = try await expect(.dumpNetworkStats, "network_stats_dumped")
    _ = try await expect(.addAgentInfo(agentInfos: []), "agent_info_added")
    _ = try await expect(.agentInfo(dnaHashes: nil), "agent_info")
    _ = try await expect(.peerMetaInfo(url: "ws://peer", dnaHashes: nil), "peer_meta_info")
    _ = try await expect(.storageInfo, "storage_info")
    let grant = ZomeCallCapGrant(tag: "t", access: .unrestricted, functions: .all)
    guard case .zomeCallCapabilityGranted(let grantHash) = try await expect(
      .grantZomeCallCapability(GrantZomeCallCapabilityPayload(cellId: cell, capGrant: grant)), "zome_call_capability_granted")
    else { return }
    _ = try await expect(.listCapabilityGrants(installedAppId: appId, includeRevoked: true), "capability_grants_info")
    _ = try await expect(.revokeZomeCallCapability(actionHash: grantHash, cellId: cell), "zome_call_capability_revoked")
    let coordinators = try CoordinatorBundle(
      manifest: CoordinatorManifest(zomes: [ZomeManifest(name: "forum", path: "forum.wasm", dependencies: ["forum_integrity"])]),
      resources: ["forum.wasm": try GuestWasm.load("forum")])
    _ = try await expect(
      .updateCoordinators(UpdateCoordinatorsPayload(cellId: cell, source: .bundle(try MsgPackValue(msgpack: coordinators.msgpackBytes())))),
      "coordinators_updated")
    guard case .appAuthenticationTokenIssued(let issued) = try await expect(
      .issueAppAuthenticationToken(IssueAppAuthenticationTokenPayload(installedAppId: appId, singleUse: false)),
      "app_authentication_token_issued")
    else { return }

    // The app interface.
    let app = try await ConductorClient.connect(port: appPort, configuration: .patient, logger: logger)
    try await app.authenticate(token: issued.token)
    func expectApp(_ request: AppRequest, _ wanted: String, line: Int = #line) async throws -> AppResponse {
      let response = try await app.appRequest(request)
      #expect(
        response.variantName == wanted, "\(request) answered \(response)",
        sourceLocation: SourceLocation(fileID: #fileID, filePath: #filePath, line: line, column: 1))
      return response
    }
    _ = try await expectApp(.appInfo, "app_info")
    _ = try await expectApp(.agentInfo(dnaHashes: nil), "agent_info")
    _ = try await expectApp(.peerMetaInfo(url: "ws://peer", dnaHashes: nil), "peer_meta_info")
    _ = try await expectApp(.dumpNetworkMetrics(dnaHash: nil, includeDhtSummary: false), "network_metrics_dumped")
    _ = try await expectApp(.dumpNetworkStats, "network_stats_dumped")
    _ = try await expectApp(.listWasmHostFunctions, "list_wasm_host_functions")
    let params = ZomeCallParams(
      provenance: info.agentPubKey, cellId: cell, zomeName: "forum", fnName: "list_posts", capSecret: nil,
      payload: ExternIO(encoding: HoloCore.Unit()), nonce: Nonce256Bits(checked: SecureRandom.bytes(32)),
      expiresAt: Timestamp(microseconds: Timestamp.now().microseconds + 60_000_000))
    _ = try await expectApp(.callZome(try params.signed(with: sweet.conductor.keystore)), "zome_called")
    guard case .cloneCellCreated(let clone) = try await expectApp(
      .createCloneCell(CreateCloneCellPayload(roleName: "forum", modifiers: DnaModifiersOpt(networkSeed: "every"))),
      "clone_cell_created")
    else { return }
    _ = try await expectApp(.disableCloneCell(DisableCloneCellInput(cloneCellId: .cloneId(clone.cloneId))), "clone_cell_disabled")
    _ = try await expectApp(.enableCloneCell(DisableCloneCellInput(cloneCellId: .cloneId(clone.cloneId))), "clone_cell_enabled")
    _ = try await expectApp(.provideMemproofs([:]), "error")  // the app is not awaiting membrane proofs
    _ = try await expectApp(.enableApp, "error")  // only right after providing them
    _ = try await expectApp(.sendDirectSignal(dnaHash: cell.dnaHash, agents: [], signal: [1]), "error")
    await app.close()

    _ = try await expect(.disableApp(installedAppId: appId), "app_disabled")
    _ = try await expect(
      .deleteCloneCell(DeleteCloneCellPayload(appId: appId, cloneCellId: .cloneId(clone.cloneId))), "error")  // enabled
    _ = try await expect(.revokeAppAuthenticationToken(issued.token), "app_authentication_token_revoked")
    _ = try await expect(.uninstallApp(installedAppId: appId, force: false), "app_uninstalled")
    await admin.close()
    await runtime.stop()
  }
}
