import Conductor
import HoloCore
import HoloCrypto
import HoloNetwork
import HoloswiftTesting
import StateStore
import Testing

/// The network's edges: a late joiner, ops whose dependencies never come, nonsense from peers, a busy peer.
@Suite(.serialized) struct NetworkEdgeTests {
  static let dna = { try! HostFnFixture.dna(seed: "network-edge-tests") }()

  @Test func aConductorThatJoinsLateConvergesByGossipAlone() async throws {
    let batch = try await SweetBatch.start(3) { _, configuration in configuration.publishes = false }
    defer { Task { await batch.shutdown() } }
    let early = [try await batch.conductors[0].install(Self.dna), try await batch.conductors[1].install(Self.dna)]
    var written: [ActionHash] = []
    for index in 0..<3 {
      written.append(try await early[0].call("hostfn", "create_entry", Things.thing("before the joiner \(index)")))
    }
    try await batch.awaitConsistency(Self.dna.hash, among: [0, 1])
    let late = try await batch.conductors[2].install(Self.dna)
    try await batch.awaitConsistency(Self.dna.hash)
    let activity: AgentActivityStatus = try await late.call(
      "hostfn", "get_agent_activity", GetAgentActivityInput(agentPubkey: early[0].agent, activityRequest: .full))
    let seen = Set(activity.validActivity.map(\.hash))
    #expect(written.allSatisfy(seen.contains))
  }

  @Test func anOpWhoseDependencyNeverComesIsAbandonedAfterTheBound() async throws {
    let batch = try await SweetBatch.start(1) { _, configuration in configuration.abandonAfter = .seconds(1) }
    defer { Task { await batch.shutdown() } }
    _ = try await batch.install(Self.dna)
    let op = Self.updateOfNothing()
    let client = PeerTransport(configuration: TransportConfiguration(tls: try TransportTLS.selfSigned())) { _, _ in nil }
    try await client.start()
    defer { Task { await client.stop() } }
    let target = try #require(batch.network(0).url)
    try await client.send(PeerMessage.publish(dna: Self.dna.hash, ops: [op]).msgpackBytes(), to: target)

    let dht = try batch.conductors[0].conductor.store.dht(for: Self.dna.hash)
    try await eventually { try dht.op(op.hash())?.validationStatus == .awaitingDeps }
    try await eventually { try dht.op(op.hash())?.validationStatus == .abandoned }
    #expect(try dht.op(op.hash())?.integratedAt != nil)
  }

  @Test func garbageAndForgeriesFromPeersAreDroppedAndTheConductorServesOn() async throws {
    let batch = try await SweetBatch.start(1)
    defer { Task { await batch.shutdown() } }
    let cells = try await batch.install(Self.dna)
    let hash: ActionHash = try await cells[0].call("hostfn", "create_entry", Things.thing("still here"))
    let client = PeerTransport(configuration: TransportConfiguration(tls: try TransportTLS.selfSigned())) { _, _ in nil }
    try await client.start()
    defer { Task { await client.stop() } }
    let target = try #require(batch.network(0).url)

    // A framed payload that is not a message is answered with a failure.
    let garbage = try PeerMessage(msgpack: try await client.request([0xc1, 0xff, 0x00], to: target))
    guard case .failure(let reason) = garbage else {
      Issue.record("expected a failure, got \(garbage)")
      return
    }
    #expect(reason.contains("undecodable"))
    // An answer sent as a request is refused.
    let misplaced = try PeerMessage(msgpack: try await client.request(PeerMessage.busy.msgpackBytes(), to: target))
    guard case .failure = misplaced else {
      Issue.record("expected a failure, got \(misplaced)")
      return
    }
    // An op whose signature is not its author's is not stored.
    var forged = Self.updateOfNothing()
    forged = ChainOp(
      type: forged.type,
      signedAction: Signed(data: forged.action, signature: Signature(checked: [UInt8](repeating: 7, count: 64))),
      opEntry: forged.opEntry)!
    try await client.send(PeerMessage.publish(dna: Self.dna.hash, ops: [forged]).msgpackBytes(), to: target)
    // The conductor still answers a get for what it holds; the forgery never arrived.
    let answer = try PeerMessage(
      msgpack: try await client.request(
        PeerMessage.get(dna: Self.dna.hash, basis: AnyLinkableHash(hash)!).msgpackBytes(), to: target))
    guard case .ops(let ops) = answer else {
      Issue.record("expected ops, got \(answer)")
      return
    }
    #expect(ops.contains { $0.op.action.hash() == hash && $0.status == .valid })
    // One-way messages are handled on tasks of their own: give the forgery time to be (not) stored.
    try await Task.sleep(for: .milliseconds(300))
    let dht = try batch.conductors[0].conductor.store.dht(for: Self.dna.hash)
    #expect(try dht.op(forged.hash()) == nil)
  }

  @Test func aBusyPeerSaysSoAndAnUnreachableOneStallsNoOtherRound() async throws {
    let batch = try await SweetBatch.start(2) { index, configuration in
      configuration.gossips = false
      if index == 1 { configuration.maxConcurrentGossipRounds = 0 }
    }
    defer { Task { await batch.shutdown() } }
    _ = try await batch.install(Self.dna)
    let busy = try #require(batch.network(1).url)
    #expect(await batch.network(0).gossipRound(dna: Self.dna.hash, with: busy) == .busy)
    // Nothing listens here: the round fails on its own, within the transport's connect bound.
    let nowhere = PeerURL(host: "127.0.0.1", port: 1)
    let started = ContinuousClock.now
    guard case .failed = await batch.network(0).gossipRound(dna: Self.dna.hash, with: nowhere) else {
      Issue.record("a round with nobody must fail")
      return
    }
    #expect(ContinuousClock.now - started < .seconds(15))  // the round fails on its connect bound, not its own timeout
  }

  /// A CreateRecord op of an Update whose original exists nowhere, signed by a fresh key.
  static func updateOfNothing() -> ChainOp {
    let keys = Ed25519KeyPair.generate()
    let author = AgentPubKey(core: keys.publicKey)
    let entry = Things.entry("an update of nothing")
    let action = Action(
      header: ActionHeader(
        author: author, timestamp: .now(), actionSeq: 5, prevAction: ActionHash(core: [UInt8](repeating: 1, count: 32))),
      data: .update(
        UpdateData(
          originalActionAddress: ActionHash(core: [UInt8](repeating: 2, count: 32)),
          originalEntryAddress: EntryHash(core: [UInt8](repeating: 3, count: 32)),
          entryType: .app(AppEntryDef(entryIndex: EntryDefIndex(0), zomeIndex: ZomeIndex(0), visibility: .public)),
          entryHash: entry.hash())))
    let signed = Signed(data: action, signature: Signature(keys.sign(action.msgpackBytes()))!)
    return ChainOp(type: .createRecord, signedAction: signed, opEntry: .present(entry))!
  }
}
