import ConductorAPI
import HoloCore
import Testing

/// Every app request and response variant, every signal and the payload enums survive a round trip.
@Suite struct AppRoundTripTests {
  static let requests: [AppRequest] = [
    .appInfo,
    .agentInfo(dnaHashes: nil),
    .agentInfo(dnaHashes: [dnaHash(1)]),
    .peerMetaInfo(url: "wss://relay/peer", dnaHashes: [dnaHash(1)]),
    .callZome(ZomeCallParamsSigned(bytes: ExternIO(bytes: [0x80]), signature: signature(1))),
    .createCloneCell(CreateCloneCellPayload(roleName: "main", modifiers: DnaModifiersOpt(networkSeed: "room"))),
    .createCloneCell(
      CreateCloneCellPayload(
        roleName: "main", modifiers: DnaModifiersOpt(properties: .map([])), membraneProof: SerializedBytes(bytes: [1]),
        name: "Room")),
    .disableCloneCell(DisableCloneCellPayload(cloneCellId: .cloneId("main.0"))),
    .enableCloneCell(EnableCloneCellPayload(cloneCellId: .dnaHash(dnaHash(3)))),
    .dumpNetworkMetrics(dnaHash: nil, includeDhtSummary: true),
    .dumpNetworkStats,
    .listWasmHostFunctions,
    .provideMemproofs(["main": SerializedBytes(bytes: [0xc2]), "aux": SerializedBytes(bytes: [])]),
    .provideMemproofs([:]),
    .enableApp,
    .sendDirectSignal(dnaHash: dnaHash(1), agents: [agentKey(4), agentKey(5)], signal: [0, 1, 128, 255]),
  ]

  static let responses: [AppResponse] = [
    .error(.zomeCallUnauthorized("no")),
    .appInfo(nil),
    .appInfo(testAppInfo),
    .agentInfo([]),
    .peerMetaInfo(PeerMetaInfoMap()),
    .zomeCalled(ExternIO(bytes: [0xa4, 0x70, 0x6f, 0x6e, 0x67])),
    .cloneCellCreated(testClonedCell),
    .cloneCellDisabled,
    .cloneCellEnabled(testClonedCell),
    .networkMetricsDumped(.map([])),
    .networkStatsDumped(.nilValue),
    .listWasmHostFunctions(["__hc__create_1"]),
    .ok,
  ]

  static let signals: [Signal] = [
    .app(cellId: testCell, zomeName: "chat", signal: ExternIO(bytes: [0xc0])),
    .appDirect(cellId: testCell, signal: [1, 2, 250]),
    .system(.successfulCountersigning(entryHash(4))),
    .system(.abandonedCountersigning(entryHash(4))),
    .system(.restoreComplete(cellId: testCell)),
    .system(.appRestoreComplete(installedAppId: "chat")),
    .system(
      .restoreFailed(
        cellId: testCell,
        reason: .chainIntegrityWarrant(
          WarrantSummary(author: agentKey(7), warrantee: agentKey(2), timestamp: Timestamp(microseconds: -5))))),
  ]

  static let statuses: [AppStatus] = [
    .enabled, .disabled(.neverStarted), .disabled(.notStartedAfterProvidingMemproofs), .disabled(.user),
    .disabled(.error("why")), .awaitingMemproofs, .awaitingRestore,
    .unrecoverable(
      testCell,
      .chainForkWarrant(
        WarrantSummary(author: agentKey(7), warrantee: agentKey(2), timestamp: Timestamp(microseconds: 1)))
    ),
  ]

  @Test(arguments: requests) func request(_ request: AppRequest) {
    expectRoundTrip(request)
  }

  @Test(arguments: responses) func response(_ response: AppResponse) {
    expectRoundTrip(response)
  }

  @Test(arguments: signals) func signal(_ signal: Signal) {
    expectRoundTrip(signal)
  }

  @Test(arguments: statuses) func status(_ status: AppStatus) {
    expectRoundTrip(status)
  }

  @Test func everyVariantIsCovered() {
    #expect(Set(Self.requests.map(\.variantName)).count == 13)
    #expect(Set(Self.responses.map(\.variantName)).count == 12)
  }

  @Test func cellInfoVariants() {
    expectRoundTrip(
      CellInfo.provisioned(ProvisionedCell(cellId: testCell, dnaModifiers: DnaModifiers(networkSeed: ""), name: "d")))
    expectRoundTrip(CellInfo.cloned(testClonedCell))
    expectRoundTrip(CellInfo.stem(StemCell(originalDnaHash: dnaHash(1), dnaModifiers: DnaModifiers(networkSeed: "s"))))
    expectRoundTrip(
      CellInfo.stem(StemCell(originalDnaHash: dnaHash(1), dnaModifiers: DnaModifiers(networkSeed: "s"), name: "n")))
    #expect(CellInfo.cloned(testClonedCell).cellId == testClonedCell.cellId)
    #expect(
      CellInfo.stem(StemCell(originalDnaHash: dnaHash(1), dnaModifiers: DnaModifiers(networkSeed: ""))).cellId == nil)
  }

  @Test func appInfoKeepsRoleOrder() throws {
    var info = testAppInfo
    info.cellInfo = [
      RoleCells(roleName: "zeta", cells: []),
      RoleCells(roleName: "alpha", cells: [.cloned(testClonedCell)]),
    ]
    let decoded = try AppInfo(msgpack: info.msgpackBytes())
    #expect(decoded.cellInfo.map(\.roleName) == ["zeta", "alpha"])
    #expect(decoded.cells(for: "alpha") == [.cloned(testClonedCell)])
    #expect(decoded.cells(for: "missing") == [])
  }

  @Test func zomeCallParamsSignedDecodesTheSignedParams() throws {
    let params = ZomeCallParams(
      provenance: agentKey(2), cellId: testCell, zomeName: "z", fnName: "f", capSecret: nil,
      payload: ExternIO(bytes: [0xc0]), nonce: Nonce256Bits(checked: [UInt8](repeating: 3, count: 32)),
      expiresAt: Timestamp(microseconds: 10))
    let signed = ZomeCallParamsSigned(bytes: ExternIO(encoding: params), signature: signature(1))
    #expect(try signed.params() == params)
  }

  @Test func statusFilterMatchesStatus() {
    #expect(AppStatus.disabled(.user).filter == .disabled)
    #expect(AppStatus.awaitingRestore.filter == .awaitingRestore)
    for filter in AppStatusFilter.allCases { expectRoundTrip(filter) }
  }
}
