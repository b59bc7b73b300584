import Bundles
import ConductorAPI
import HoloCore

extension FuzzTarget {
  /// What the Admin and App websocket interfaces read from clients: the `WireMessage` frame, then the request,
  /// authentication or (for clients) response and signal inside it.
  static let conductorAPI = FuzzTarget(
    name: "conductor-api",
    summary: "ConductorAPI: WireMessage, AdminRequest, AppRequest, their responses, signals, authentication",
    run: ConductorAPITarget.run,
    seeds: ConductorAPITarget.seeds)
}

enum ConductorAPITarget {
  /// Decodes `bytes` as a frame and, when it is one, its payload as the interfaces would; then `bytes` as a
  /// bare payload of every kind, so that seeds of requests reach the request decoders without a frame around.
  static func run(_ bytes: [UInt8]) {
    if let message = Decoding.decode(WireMessage.self, bytes) {
      switch message {
      case .request(_, let data): payload(data)
      case .authenticate(let data): Decoding.decode(AppAuthenticationRequest.self, data)
      case .signal(let data): Decoding.decode(Signal.self, data)
      case .response(_, let data?): response(data)
      case .response(_, nil): break
      }
    }
    payload(bytes)
    response(bytes)
    Decoding.decode(Signal.self, bytes)
    Decoding.decode(AppAuthenticationRequest.self, bytes)
  }

  /// A request's payload, as either interface reads it, and what the conductor decodes next from it.
  private static func payload(_ data: [UInt8]) {
    if let request = Decoding.decode(AdminRequest.self, data),
      case .updateCoordinators(let update) = request, case .bundle(let value) = update.source
    {
      _ = Decoding.attempt { () throws(BundleError) in try CoordinatorBundle(value: value) }
    }
    if let request = Decoding.decode(AppRequest.self, data), case .callZome(let signed) = request {
      _ = Decoding.attempt { () throws(MsgPackError) in try signed.params() }
    }
  }

  private static func response(_ data: [UInt8]) {
    Decoding.decode(AdminResponse.self, data)
    Decoding.decode(AppResponse.self, data)
  }

  static func seeds() -> [Seed] {
    var seeds: [Seed] = []
    let cellId = Samples.cellId
    let admin: [AdminRequest] = [
      .addAdminInterfaces([
        AdminInterfaceConfig(
          driver: .websocket(port: 4444, dangerBindAddr: "127.0.0.1", allowedOrigins: .origins(["http://a"])))
      ]),
      .getDnaDefinition(cellId),
      .updateCoordinators(
        UpdateCoordinatorsPayload(cellId: cellId, source: .bundle(BundleSamples.coordinatorBundleValue))),
      .installApp(
        InstallAppPayload(
          source: .bytes([0x1f, 0x8b, 0x08, 0x00]), agentKey: Samples.agent(0xa0), installedAppId: "forum",
          networkSeed: "seed",
          rolesSettings: [
            "forum": .provisioned(
              membraneProof: SerializedBytes(bytes: [0xc0]), modifiers: DnaModifiersOpt(networkSeed: "x"),
              initProperties: nil),
            "other": .useExisting(cellId: cellId),
          ])),
      .uninstallApp(installedAppId: "forum", force: true),
      .listDnas,
      .generateAgentPubKey,
      .listCellIds,
      .listApps(statusFilter: .enabled),
      .enableApp(installedAppId: "forum"),
      .disableApp(installedAppId: "forum"),
      .attachAppInterface(port: 0, dangerBindAddr: nil, allowedOrigins: .any, installedAppId: "forum"),
      .listAppInterfaces,
      .dumpState(cellId: cellId, sourceChainCursor: .sequence(3), limit: 10),
      .dumpConductorState,
      .dumpFullState(cellId: cellId, dhtOpsCursor: nil, limit: 10),
      .dumpNetworkMetrics(dnaHash: Samples.dnaHash(0xd0), includeDhtSummary: true),
      .dumpNetworkStats,
      .addAgentInfo(agentInfos: ["{}"]),
      .agentInfo(dnaHashes: [Samples.dnaHash(0xd0)]),
      .peerMetaInfo(url: "https://peer", dnaHashes: nil),
      .grantZomeCallCapability(GrantZomeCallCapabilityPayload(cellId: cellId, capGrant: Samples.grant)),
      .revokeZomeCallCapability(actionHash: Samples.actionHash(0x41), cellId: cellId),
      .listCapabilityGrants(installedAppId: "forum", includeRevoked: false),
      .deleteCloneCell(DeleteCloneCellPayload(appId: "forum", cloneCellId: .cloneId("forum.0"))),
      .storageInfo,
      .issueAppAuthenticationToken(
        IssueAppAuthenticationTokenPayload(installedAppId: "forum", expirySeconds: 30, singleUse: true)),
      .revokeAppAuthenticationToken(AppAuthenticationToken(bytes: Samples.bytes(16, 0x70))),
    ]
    for request in admin {
      seeds.append(Seed("admin-\(request.variantName)", request.msgpackBytes()))
    }
    let signedCall = ZomeCallParamsSigned(
      bytes: SerializedBytes(encoding: Samples.zomeCallParams), signature: Samples.signature(0x51))
    let app: [AppRequest] = [
      .appInfo,
      .agentInfo(dnaHashes: nil),
      .peerMetaInfo(url: "https://peer", dnaHashes: [Samples.dnaHash(0xd0)]),
      .callZome(signedCall),
      .createCloneCell(
        CreateCloneCellPayload(
          roleName: "forum", modifiers: DnaModifiersOpt(networkSeed: "clone", properties: .map([])),
          membraneProof: SerializedBytes(bytes: [0xc0]), name: "clone")),
      .disableCloneCell(DisableCloneCellPayload(cloneCellId: .dnaHash(Samples.dnaHash(0xd2)))),
      .enableCloneCell(EnableCloneCellPayload(cloneCellId: .cloneId("forum.0"))),
      .dumpNetworkMetrics(dnaHash: nil, includeDhtSummary: false),
      .dumpNetworkStats,
      .listWasmHostFunctions,
      .provideMemproofs(["forum": SerializedBytes(bytes: [0xc0])]),
      .enableApp,
      .sendDirectSignal(dnaHash: Samples.dnaHash(0xd0), agents: [Samples.agent(0xa1)], signal: [1, 2, 3]),
    ]
    for request in app {
      seeds.append(Seed("app-\(request.variantName)", request.msgpackBytes()))
    }
    let appInfo = AppInfo(
      installedAppId: "forum",
      cellInfo: [
        RoleCells(
          roleName: "forum",
          cells: [.provisioned(ProvisionedCell(cellId: cellId, dnaModifiers: DnaModifiers(networkSeed: ""), name: "f"))]
        )
      ],
      status: .disabled(.error("stopped")), agentPubKey: Samples.agent(0xa0), manifest: .map([]),
      installedAt: Samples.time)
    let responses: [(String, any MsgPackEncodable)] = [
      ("admin-response-app_installed", AdminResponse.appInstalled(appInfo)),
      ("admin-response-error", AdminResponse.error(.ribosomeError("boom"))),
      (
        "admin-response-token_issued",
        AdminResponse.appAuthenticationTokenIssued(
          AppAuthenticationTokenIssued(token: AppAuthenticationToken(bytes: [1, 2]), expiresAt: Samples.time))
      ),
      ("app-response-zome_called", AppResponse.zomeCalled(SerializedBytes(encoding: "ok"))),
      ("app-response-app_info", AppResponse.appInfo(appInfo)),
      ("signal-app", Signal.app(cellId: cellId, zomeName: "forum", signal: SerializedBytes(encoding: 1))),
      (
        "signal-system",
        Signal.system(
          .restoreFailed(
            cellId: cellId,
            reason: .chainForkWarrant(
              WarrantSummary(author: Samples.agent(0xa2), warrantee: Samples.agent(0xa0), timestamp: Samples.time))))
      ),
    ]
    for (name, value) in responses {
      seeds.append(Seed(name, value.msgpackBytes()))
    }
    // Whole frames, as they arrive on the sockets.
    seeds.append(
      Seed(
        "wire-request-admin",
        WireMessage.request(id: 1, encoding: AdminRequest.listApps(statusFilter: nil)).msgpackBytes()))
    seeds.append(
      Seed("wire-request-app", WireMessage.request(id: 2, encoding: AppRequest.callZome(signedCall)).msgpackBytes()))
    seeds.append(
      Seed(
        "wire-authenticate",
        WireMessage.authenticate(encoding: AppAuthenticationRequest(token: AppAuthenticationToken(bytes: [7, 7])))
          .msgpackBytes()))
    seeds.append(Seed("wire-response", WireMessage.response(id: 3, encoding: AppResponse.ok).msgpackBytes()))
    seeds.append(Seed("wire-response-nil", WireMessage.response(id: 4, data: nil).msgpackBytes()))
    seeds.append(
      Seed("wire-signal", WireMessage.signal(encoding: Signal.appDirect(cellId: cellId, signal: [5])).msgpackBytes()))
    return seeds
  }
}
