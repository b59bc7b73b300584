import Conductor
import HoloCore
import HoloNetwork
import HoloswiftTesting
import StateStore
import Synchronization
import Testing

/// Conductors on loopback sharing one DHT per DNA: publish, get from authorities, links and agent activity,
/// receipts, remote calls and signals, gossip catch-up, invalid data and its warrants.
@Suite(.serialized) struct NetworkTests {
  static let dna = { try! HostFnFixture.dna(seed: "network-tests") }()

  static func get(_ hash: ActionHash, strategy: GetStrategy = .network) -> [GetInput] {
    [GetInput(anyDhtHash: AnyDhtHash(hash)!, getOptions: GetOptions(strategy: strategy))]
  }

  @Test func whatOneConductorWritesTheOthersGetWithLinksActivityAndReceipts() async throws {
    let batch = try await SweetBatch.start(3) { _, configuration in configuration.requiredValidations = 2 }
    defer { Task { await batch.shutdown() } }
    let cells = try await batch.install(Self.dna)
    let post: ActionHash = try await cells[0].call("hostfn", "create_entry", Things.thing("across the network"))
    let reply: ActionHash = try await cells[0].call("hostfn", "create_entry", Things.thing("a reply"))
    let _: ActionHash = try await cells[0].call("hostfn", "create_link", Things.link(post, reply, tag: "re"))
    try await batch.awaitConsistency(Self.dna.hash)

    for cell in cells.dropFirst() {
      let records: [Record?] = try await cell.call("hostfn", "get_records", Self.get(post, strategy: .local))
      #expect(records.first??.actionHash == post)
      let links: [[Link]] = try await cell.call("hostfn", "get_links", [Things.links(post)])
      #expect(links.first?.map(\.target) == [AnyLinkableHash(reply)!])
      let activity: AgentActivityStatus = try await cell.call(
        "hostfn", "get_agent_activity", GetAgentActivityInput(agentPubkey: cells[0].agent, activityRequest: .full))
      #expect(activity.validActivity.contains { $0.hash == post })
    }
    // Both other conductors validated Alice's ops and sent her receipts: her sets are complete at 2.
    try await eventually {
      let sets: [ValidationReceiptSet] = try await cells[0].call(
        "hostfn", "get_validation_receipts", GetValidationReceiptsInput(actionHash: post))
      return !sets.isEmpty && sets.allSatisfy { $0.receiptsComplete && $0.receipts.count == 2 }
    }
  }

  @Test func aConductorThatHoldsNoArcGetsFromTheAuthoritiesAndCaches() async throws {
    let batch = try await SweetBatch.start(3) { index, configuration in
      if index == 2 { configuration.storageArc = .empty }
    }
    defer { Task { await batch.shutdown() } }
    let cells = try await batch.install(Self.dna)
    let hash: ActionHash = try await cells[0].call("hostfn", "create_entry", Things.thing("held by authorities"))
    try await batch.awaitConsistency(Self.dna.hash, among: [0, 1])

    let dht = try batch.conductors[2].conductor.store.dht(for: Self.dna.hash)
    #expect(try dht.record(hash) == nil)
    let local: [Record?] = try await cells[2].call("hostfn", "get_records", Self.get(hash, strategy: .local))
    #expect(local == [nil])
    let fetched: [Record?] = try await cells[2].call("hostfn", "get_records", Self.get(hash))
    #expect(fetched.first??.actionHash == hash)
    let cache = try batch.conductors[2].conductor.store.cache(for: Self.dna.hash)
    #expect(try cache.record(hash)?.actionHash == hash)
    // Now cached, a local get finds it too.
    let cached: [Record?] = try await cells[2].call("hostfn", "get_records", Self.get(hash, strategy: .local))
    #expect(cached.first??.actionHash == hash)
  }

  @Test func callRemoteAndRemoteSignalsCrossConductorsWithCapabilityChecks() async throws {
    let batch = try await SweetBatch.start(2)
    defer { Task { await batch.shutdown() } }
    let cells = try await batch.install(Self.dna)
    let (alice, bob) = (cells[0], cells[1])
    try await eventually { batch.network(0).peers.peers(in: Self.dna.hash.core, now: nowMicros()).count >= 2 }

    let call = Call(
      target: .networkAgent(bob.agent), zomeName: "hostfn", fnName: "agent_info", capSecret: nil,
      payload: ExternIO(encoding: Unit()))
    let refused: [ZomeCallResponse] = try await alice.call("hostfn", "call_zomes", [call])
    guard case .unauthorized? = refused.first else {
      Issue.record("expected Unauthorized, got \(refused)")
      return
    }

    let grant = ZomeCallCapGrant(
      tag: "remote", access: .unrestricted,
      functions: .listed([
        GrantedFunction(zome: "hostfn", function: "agent_info"),
        GrantedFunction(zome: "hostfn", function: "recv_remote_signal"),
      ]))
    _ = try await bob.conductor.grantZomeCallCapability(grant, in: bob.id)
    let answered: [ZomeCallResponse] = try await alice.call("hostfn", "call_zomes", [call])
    guard case .ok(let output)? = answered.first else {
      Issue.record("expected Ok, got \(answered)")
      return
    }
    let info = try output.decode(AgentInfo.self)
    #expect(info.agentInitialPubkey == bob.agent)

    let heard = Mutex<[String]>([])
    bob.conductor.onSignal { event in
      guard event.cell == bob.id, let text = try? event.payload.decode(String.self), text != "init" else { return }
      heard.withLock { $0.append(text) }
    }
    let signal = RemoteSignal(agents: [bob.agent], signal: ExternIO(encoding: ExternIO(encoding: "over the wire")))
    let _: HoloCore.Unit = try await alice.call("hostfn", "send_remote_signal", signal)
    try await eventually { heard.withLock { $0 } == ["over the wire"] }
  }

  @Test func aConductorThatWasOfflineCatchesUpByGossipAlone() async throws {
    let batch = try await SweetBatch.start(3) { _, configuration in configuration.publishes = false }
    defer { Task { await batch.shutdown() } }
    let cells = try await batch.install(Self.dna)
    try await batch.awaitConsistency(Self.dna.hash)
    await batch.network(2).goOffline()

    var written: [ActionHash] = []
    for index in 0..<5 {
      written.append(try await cells[0].call("hostfn", "create_entry", Things.thing("while 2 was away \(index)")))
    }
    try await batch.awaitConsistency(Self.dna.hash, among: [0, 1])
    let away = try batch.conductors[2].conductor.store.dht(for: Self.dna.hash)
    #expect(try written.allSatisfy { try away.record($0) == nil })

    try await batch.network(2).goOnline()
    try await batch.awaitConsistency(Self.dna.hash)
    for hash in written {
      let records: [Record?] = try await cells[2].call("hostfn", "get_records", Self.get(hash, strategy: .local))
      #expect(records.first??.actionHash == hash)
    }
  }

  @Test func anInvalidEntryIsRejectedEverywhereAndItsAuthorWarrantedAndBlocked() async throws {
    let batch = try await SweetBatch.start(3)
    defer { Task { await batch.shutdown() } }
    let cells = try await batch.install(Self.dna)
    try await batch.awaitConsistency(Self.dna.hash)
    let mallory = cells[0]
    batch.conductors[0].conductor.actAsBadActor(true)
    let bad: ActionHash = try await mallory.call("hostfn", "create_entry", Things.thing("invalid"))

    for index in 1...2 {
      let dht = try batch.conductors[index].conductor.store.dht(for: Self.dna.hash)
      try await eventually {
        let ops = try dht.ops(ofAction: bad)
        let blocked = try dht.isBlocked(mallory.agent)
        return !ops.isEmpty && ops.contains { $0.validationStatus == .rejected } && blocked
      }
      // The entry's authorities rejected it (hostfn validates the StoreEntry op): no live entry, a rejected action.
      let cell = cells[index]
      let entry = AnyDhtHash(Things.entry("invalid").hash())!
      let records: [Record?] = try await cell.call(
        "hostfn", "get_records", [GetInput(anyDhtHash: entry, getOptions: GetOptions(strategy: .local))])
      #expect(records == [nil])
      let details: [Details?] = try await cell.call(
        "hostfn", "get_details", [GetInput(anyDhtHash: entry, getOptions: GetOptions(strategy: .local))])
      guard case .entry(let entryDetails)?? = details.first else {
        Issue.record("no entry details")
        return
      }
      #expect(entryDetails.rejectedActions.map(\.hash) == [bad])
      let activity: AgentActivityStatus = try await cell.call(
        "hostfn", "get_agent_activity", GetAgentActivityInput(agentPubkey: mallory.agent, activityRequest: .status))
      let warrantees = activity.warrants.map(\.data.warrantee)
      #expect(warrantees.contains(mallory.agent))
      #expect(activity.warrants.contains { $0.data.author == cell.agent })
    }
    // Blocked: Mallory's remote calls are refused, with or without a grant.
    let grant = ZomeCallCapGrant(
      tag: "open", access: .unrestricted, functions: .listed([GrantedFunction(zome: "hostfn", function: "agent_info")]))
    _ = try await cells[1].conductor.grantZomeCallCapability(grant, in: cells[1].id)
    let call = Call(
      target: .networkAgent(cells[1].agent), zomeName: "hostfn", fnName: "agent_info", capSecret: nil,
      payload: ExternIO(encoding: Unit()))
    let answered: [ZomeCallResponse] = try await mallory.call("hostfn", "call_zomes", [call])
    guard case .networkError(let reason)? = answered.first else {
      Issue.record("expected a refusal, got \(answered)")
      return
    }
    #expect(reason.contains("blocked"))
  }
}

/// Microseconds since the epoch.
func nowMicros() -> Int64 { Timestamp.now().microseconds }

/// Polls `condition` until it holds, failing the test after `timeout`.
func eventually(
  timeout: Duration = .seconds(20), sourceLocation: SourceLocation = #_sourceLocation,
  _ condition: () async throws -> Bool
) async throws {
  let deadline = ContinuousClock.now + timeout
  while ContinuousClock.now < deadline {
    if try await condition() { return }
    try await Task.sleep(for: .milliseconds(50))
  }
  Issue.record("the condition did not hold within \(timeout)", sourceLocation: sourceLocation)
}
