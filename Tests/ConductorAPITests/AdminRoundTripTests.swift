import ConductorAPI
import HoloCore
import Testing

/// Every admin request and response variant survives encode → decode → encode unchanged.
@Suite struct AdminRoundTripTests {
  static let grant = ZomeCallCapGrant(
    tag: "signing", access: .assigned(secret: capSecret(5), assignees: [agentKey(9), agentKey(8)]),
    functions: .listed([GrantedFunction(zome: "z", function: "f")]))

  static let requests: [AdminRequest] = [
    .addAdminInterfaces([
      AdminInterfaceConfig(driver: .websocket(port: 0, dangerBindAddr: nil, allowedOrigins: .any)),
      AdminInterfaceConfig(
        driver: .websocket(port: 9000, dangerBindAddr: "0.0.0.0", allowedOrigins: .origins(["http://a", "http://b"]))),
    ]),
    .getDnaDefinition(testCell),
    .updateCoordinators(UpdateCoordinatorsPayload(cellId: testCell, source: .path("/tmp/c.bundle"))),
    .updateCoordinators(
      UpdateCoordinatorsPayload(
        cellId: testCell,
        source: .bundle(.map([MsgPackMapEntry(key: .string("manifest"), value: .map([]))])))),
    .installApp(InstallAppPayload(source: .bytes([0x1f, 0x8b, 0x08]))),
    .installApp(
      InstallAppPayload(
        source: .path("/apps/chat.happ"), agentKey: agentKey(4), installedAppId: "chat", networkSeed: "seed",
        rolesSettings: [
          "main": .provisioned(
            membraneProof: SerializedBytes(bytes: [0xc3]),
            modifiers: DnaModifiersOpt(networkSeed: "x", properties: .map([])),
            initProperties: SerializedBytes(bytes: [0x01])),
          "other": .default,
          "shared": .useExisting(cellId: testCell),
        ],
        ignoreGenesisFailure: true, restoreFromDht: true)),
    .uninstallApp(installedAppId: "chat", force: false),
    .uninstallApp(installedAppId: "chat", force: true),
    .listDnas,
    .generateAgentPubKey,
    .listCellIds,
    .listApps(statusFilter: nil),
    .listApps(statusFilter: .awaitingMemproofs),
    .enableApp(installedAppId: "chat"),
    .disableApp(installedAppId: "chat"),
    .attachAppInterface(port: 4000, dangerBindAddr: "127.0.0.1", allowedOrigins: .origins(["x"]), installedAppId: nil),
    .listAppInterfaces,
    .dumpState(cellId: testCell, sourceChainCursor: nil, limit: nil),
    .dumpState(cellId: testCell, sourceChainCursor: .sequence(3), limit: 10),
    .dumpState(cellId: testCell, sourceChainCursor: .actionHash(actionHash(6)), limit: 1),
    .dumpConductorState,
    .dumpFullState(cellId: testCell, dhtOpsCursor: DhtOpsCursor(whenReceived: -1, hash: dhtOpHash(3)), limit: 5),
    .dumpNetworkMetrics(dnaHash: nil, includeDhtSummary: false),
    .dumpNetworkMetrics(dnaHash: dnaHash(1), includeDhtSummary: true),
    .dumpNetworkStats,
    .addAgentInfo(agentInfos: ["{\"agentInfo\":1}", "{}"]),
    .agentInfo(dnaHashes: nil),
    .agentInfo(dnaHashes: [dnaHash(1), dnaHash(3)]),
    .peerMetaInfo(url: "ws://peer", dnaHashes: nil),
    .grantZomeCallCapability(GrantZomeCallCapabilityPayload(cellId: testCell, capGrant: grant)),
    .revokeZomeCallCapability(actionHash: actionHash(6), cellId: testCell),
    .listCapabilityGrants(installedAppId: "chat", includeRevoked: true),
    .deleteCloneCell(DeleteCloneCellPayload(appId: "chat", cloneCellId: .cloneId("main.0"))),
    .deleteCloneCell(DeleteCloneCellPayload(appId: "chat", cloneCellId: .dnaHash(dnaHash(3)))),
    .storageInfo,
    .issueAppAuthenticationToken(IssueAppAuthenticationTokenPayload(installedAppId: "chat")),
    .issueAppAuthenticationToken(
      IssueAppAuthenticationTokenPayload(installedAppId: "chat", expirySeconds: 0, singleUse: false)),
    .revokeAppAuthenticationToken(AppAuthenticationToken(bytes: [1, 2, 255])),
  ]

  static let responses: [AdminResponse] = [
    .error(.internalError("boom")),
    .error(.deserialization("bad")),
    .error(.dnaReadError("no file")),
    .error(.ribosomeError("trap")),
    .error(.zomeCallAuthenticationFailed("bad signature")),
    .error(.zomeCallUnauthorized("no grant")),
    .error(.countersigningSessionError("cs")),
    .dnaDefinitionReturned(
      DnaDef(
        name: "d", modifiers: DnaModifiers(networkSeed: "s"),
        integrityZomes: [
          ZomeDef(name: "i", wasmHash: rawHash(HashTypes.Wasm.self, prefix: [0x84, 0x2a, 0x24], fill: 7))
        ],
        coordinatorZomes: [])),
    .coordinatorsUpdated,
    .appInstalled(testAppInfo),
    .appUninstalled,
    .adminInterfacesAdded,
    .agentPubKeyGenerated(agentKey(4)),
    .dnasListed([dnaHash(1), dnaHash(3)]),
    .cellIdsListed([testCell]),
    .appsListed([testAppInfo, testAppInfo]),
    .appInterfaceAttached(port: 65535),
    .appInterfacesListed([
      AppInterfaceInfo(port: 1, allowedOrigins: .any, installedAppId: nil),
      AppInterfaceInfo(port: 2, allowedOrigins: .origins(["http://localhost:3000"]), installedAppId: "chat"),
    ]),
    .appEnabled(testAppInfo),
    .appDisabled,
    .stateDumped("[{\"records\":[]},\"summary\"]"),
    .fullStateDumped(.map([MsgPackMapEntry(key: .string("peer_dump"), value: .nilValue)])),
    .conductorStateDumped("{}"),
    .networkMetricsDumped(.map([])),
    .networkStatsDumped(.map([MsgPackMapEntry(key: .string("transport_stats"), value: .map([]))])),
    .agentInfoAdded,
    .agentInfo(["{}"]),
    .peerMetaInfo(
      PeerMetaInfoMap([
        dnaHash(3): ["gossip": PeerMetaInfo(metaValue: .uint(1), expiresAt: nil)],
        dnaHash(1): [
          "b": PeerMetaInfo(metaValue: .string("x"), expiresAt: Timestamp(microseconds: 9)),
          "a": PeerMetaInfo(metaValue: .array([.bool(true)]), expiresAt: nil),
        ],
      ])),
    .zomeCallCapabilityGranted(actionHash(6)),
    .zomeCallCapabilityRevoked,
    .capabilityGrantsInfo(
      AppCapGrantInfo(cells: [
        CellCapGrants(
          cellId: testCell,
          grants: [
            CapGrantInfo(
              capGrant: DesensitizedZomeCallCapGrant(grant), actionHash: actionHash(6),
              createdAt: Timestamp(microseconds: 1), revokedAt: nil),
            CapGrantInfo(
              capGrant: DesensitizedZomeCallCapGrant(
                tag: "open", access: CapAccessInfo(.unrestricted), functions: .all),
              actionHash: actionHash(7), createdAt: Timestamp(microseconds: 2), revokedAt: Timestamp(microseconds: 3)),
          ])
      ])),
    .cloneCellDeleted,
    .storageInfo(
      StorageInfo(blobs: [
        .dna(DnaStorageInfo(dhtDataSize: 1024, dhtDataSizeOnDisk: 1 << 40, dnaHash: dnaHash(1), usedBy: ["chat"]))
      ])),
    .appAuthenticationTokenIssued(
      AppAuthenticationTokenIssued(token: AppAuthenticationToken(bytes: [1, 2, 3]), expiresAt: nil)),
    .appAuthenticationTokenIssued(
      AppAuthenticationTokenIssued(
        token: AppAuthenticationToken(bytes: [UInt8](repeating: 0xee, count: 32)),
        expiresAt: Timestamp(microseconds: 1_700_000_000_000_000))),
    .appAuthenticationTokenRevoked,
  ]

  @Test(arguments: requests) func request(_ request: AdminRequest) {
    expectRoundTrip(request)
  }

  @Test(arguments: responses) func response(_ response: AdminResponse) {
    expectRoundTrip(response)
  }

  /// The lists above name every variant (the wire names are unique per variant).
  @Test func everyVariantIsCovered() {
    #expect(Set(Self.requests.map(\.variantName)).count == 28)
    #expect(Set(Self.responses.map(\.variantName)).count == 29)
  }

  @Test func wireNames() {
    #expect(AdminRequest.generateAgentPubKey.variantName == "generate_agent_pub_key")
    #expect(AdminResponse.zomeCallCapabilityGranted(actionHash(1)).variantName == "zome_call_capability_granted")
    #expect(ExternalApiWireError.zomeCallUnauthorized("x").variantName == "zome_call_unauthorized")
  }

  /// Unit variants carry no "value" key.
  @Test func unitVariantsHaveNoValue() throws {
    let bytes = AdminRequest.listDnas.msgpackBytes()
    #expect(bytes == hex("81a474797065a96c6973745f646e6173"))
    #expect(AdminResponse.appDisabled.msgpackBytes().first == 0x81)
  }

  /// Hash sets and maps are written sorted, so equal values give equal bytes.
  @Test func setsAndMapsAreWrittenSorted() throws {
    let info = CapAccessInfo(accessType: "assigned", assignees: [agentKey(9), agentKey(8)])
    let value = try MsgPackValue(msgpack: info.msgpackBytes())
    #expect(value["assignees"] == .array([.binary(agentKey(8).raw39), .binary(agentKey(9).raw39)]))
    let origins = AllowedOrigins.origins(["http://b", "http://a"])
    #expect(origins.stringValue == "http://a,http://b")
    let map = PeerMetaInfoMap([dnaHash(3): [:], dnaHash(1): [:]])
    guard case .map(let entries) = try MsgPackValue(msgpack: map.msgpackBytes()) else {
      Issue.record("expected a map")
      return
    }
    #expect(entries.map(\.key) == [.binary(dnaHash(1).raw39), .binary(dnaHash(3).raw39)])
  }
}
