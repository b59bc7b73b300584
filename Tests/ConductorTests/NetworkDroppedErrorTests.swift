import Conductor
import Foundation
import HoloCore
import HoloCrypto
import HoloNetwork
import HoloswiftTesting
import StateStore
import Testing

/// Peers' values at the ends of their types refused without a trap, and errors the network goes on without counted
/// in ``ConductorNetwork/droppedErrors``. Raw peer messages are sent as requests: the answer comes once the message
/// was handled, so nothing here waits for time to pass.
@Suite(.serialized) struct NetworkDroppedErrorTests {
  static let dna = { try! HostFnFixture.dna(seed: "network-dropped-error-tests") }()

  /// Before the fix, `abs(now - sentAt)` with `sentAt = Int64.min` overflowed and killed the process.
  @Test func aRemoteCallOrSignalSentAtTheEndsOfTimeIsRefusedAndTheConductorServesOn() async throws {
    let batch = try await SweetBatch.start(1)
    defer { Task { await batch.shutdown() } }
    let cells = try await batch.install(Self.dna)
    let peer = try await RawPeer.start()
    defer { Task { await peer.transport.stop() } }
    let target = try #require(batch.network(0).url)
    let network = batch.network(0)
    let caller = Ed25519KeyPair.generate()
    let from = AgentPubKey(core: caller.publicKey)

    for sentAt in [Int64.min, Int64.min + 1, Int64.max] {
      var call = RemoteZomeCall(
        dna: Self.dna.hash, from: from, to: cells[0].id.agent, zome: "hostfn", function: "create_entry",
        payload: ExternIO(encoding: Things.thing("from the end of time")), capSecret: nil, sentAt: sentAt,
        nonce: [UInt8](repeating: 7, count: 32))
      call.signature = caller.sign(call.signedBytes)
      let answer = try await peer.request(.callRemote(call), to: target)
      guard case .callResponse(.authenticationFailed(let signature, let agent)) = answer else {
        Issue.record("sentAt \(sentAt): expected authentication failed, got \(answer)")
        continue
      }
      #expect(signature.bytes == call.signature)
      #expect(agent == from)
    }

    let delivered = network.droppedErrors.count(.remoteSignal)
    for sentAt in [Int64.min, Int64.max] {
      var signal = RemoteSignalMessage(
        dna: Self.dna.hash, from: from, to: [cells[0].id.agent], zome: "hostfn",
        payload: ExternIO(encoding: "from the end of time"), sentAt: sentAt)
      signal.signature = caller.sign(signal.signedBytes)
      guard case .failure = try await peer.request(.remoteSignal(signal), to: target) else {
        Issue.record("a remote signal takes no answer")
        continue
      }
    }
    // Refused before delivery: an ungranted `recv_remote_signal` would have failed and been counted (see the next test).
    #expect(network.droppedErrors.count(.remoteSignal) == delivered)

    // The conductor serves on: its zomes, and a peer's get.
    let hash: ActionHash = try await cells[0].call("hostfn", "create_entry", Things.thing("still here"))
    guard
      case .ops(let ops) = try await peer.request(.get(dna: Self.dna.hash, basis: AnyLinkableHash(hash)!), to: target)
    else {
      Issue.record("expected ops")
      return
    }
    #expect(ops.contains { $0.op.action.hash() == hash })
  }

  /// Before the fix, `_ = try? await conductor.callZome(… "recv_remote_signal" …)` dropped the failure unseen.
  @Test func aRemoteSignalThatFailsToBeDeliveredIsCounted() async throws {
    let batch = try await SweetBatch.start(1)
    defer { Task { await batch.shutdown() } }
    let cells = try await batch.install(Self.dna)
    let peer = try await RawPeer.start()
    defer { Task { await peer.transport.stop() } }
    let target = try #require(batch.network(0).url)
    let network = batch.network(0)
    let before = network.droppedErrors.count(.remoteSignal)

    // A well-timed, well-signed signal from an agent the receiver granted nothing: `recv_remote_signal` is refused.
    let caller = Ed25519KeyPair.generate()
    var signal = RemoteSignalMessage(
      dna: Self.dna.hash, from: AgentPubKey(core: caller.publicKey), to: [cells[0].id.agent], zome: "hostfn",
      payload: ExternIO(encoding: "ungranted"), sentAt: Timestamp.now().microseconds)
    signal.signature = caller.sign(signal.signedBytes)
    guard case .failure = try await peer.request(.remoteSignal(signal), to: target) else {
      Issue.record("a remote signal takes no answer")
      return
    }
    #expect(network.droppedErrors.count(.remoteSignal) == before + 1)
  }

  /// Before the fix, `guard … let dht = try? conductor.store.dht(for: dna) else { return }` dropped a published op
  /// and a get's failure without a trace.
  @Test func aDhtThatCannotBeOpenedLosesNothingSilently() async throws {
    // No publishing or gossip of its own: nothing but the peer's messages opens the DHT here.
    let batch = try await SweetBatch.start(1) { _, configuration in
      configuration.publishes = false
      configuration.gossips = false
    }
    defer { Task { await batch.shutdown() } }
    _ = try await batch.install(Self.dna)
    let peer = try await RawPeer.start()
    defer { Task { await peer.transport.stop() } }
    let target = try #require(batch.network(0).url)
    let network = batch.network(0)
    let store = batch.conductors[0].conductor.store

    // The DHT's database goes away, and a directory in its place makes opening it again fail, every time.
    store.deleteDhtAndCache(of: Self.dna.hash)
    try FileManager.default.createDirectory(
      atPath: store.root + "/dht/\(Self.dna.hash).sqlite3", withIntermediateDirectories: true)
    let before = network.droppedErrors.count(.storeOpen)

    let op = NetworkEdgeTests.updateOfNothing()
    guard case .failure = try await peer.request(.publish(dna: Self.dna.hash, ops: [op]), to: target) else {
      Issue.record("a publish takes no answer")
      return
    }
    #expect(network.droppedErrors.count(.storeOpen) == before + 1)

    let answer = try await peer.request(.get(dna: Self.dna.hash, basis: op.basis()), to: target)
    #expect(answer == .ops([]))
    #expect(network.droppedErrors.count(.storeOpen) == before + 2)
  }

  /// A peer naming a DNA this node does not run creates no database here, and that is no error.
  @Test func aGetForAnotherDnaCreatesNoDatabase() async throws {
    let batch = try await SweetBatch.start(1)
    defer { Task { await batch.shutdown() } }
    _ = try await batch.install(Self.dna)
    let peer = try await RawPeer.start()
    defer { Task { await peer.transport.stop() } }
    let target = try #require(batch.network(0).url)
    let other = DnaHash(core: [UInt8](repeating: 9, count: 32))
    let basis = AnyLinkableHash(ActionHash(core: [UInt8](repeating: 8, count: 32)))!

    #expect(try await peer.request(.get(dna: other, basis: basis), to: target) == .ops([]))
    let root = batch.conductors[0].conductor.store.root
    #expect(!FileManager.default.fileExists(atPath: root + "/dht/\(other).sqlite3"))
    #expect(batch.network(0).droppedErrors.count(.storeOpen) == 0)
  }

  /// Before the fix, a put with `createdAt = Int64.min` overflowed `createdAt - now` in the bootstrap server.
  @Test func theBootstrapServerRefusesTimesAtTheEndsOfInt64() throws {
    let keys = Ed25519KeyPair.generate()
    let space = [UInt8](repeating: 3, count: 32)
    let service = BootstrapService()
    let now = Timestamp.now().microseconds
    for (createdAt, expiresAt) in [(Int64.min, now + 60_000_000), (Int64.max, Int64.max), (now, Int64.min)] {
      let info = PeerAgentInfo(agent: keys.publicKey, space: space, createdAt: createdAt, expiresAt: expiresAt)
      let signed = SignedAgentInfo.sign(info) { message in keys.sign(message) }
      #expect(throws: BootstrapService.PutError.self) {
        try service.put(space: space, agent: keys.publicKey, body: signed.json, now: now)
      }
    }
  }

  /// A peer's gossip summary may claim any counts: adding them up saturates instead of trapping.
  @Test func aSummaryWhoseCountsOverflowIsReadWithoutATrap() throws {
    var writer = MsgPackWriter()
    writer.writeMapHeader(3)
    writer.write("layout" as StaticString)
    writer.writeMapHeader(2)
    writer.writeField("sectorCount", UInt32(16))
    writer.writeField("sliceMicros", SummaryLayout.hourMicros)
    writer.write("arc" as StaticString)
    StorageArc.full.encode(to: &writer)
    writer.write("buckets" as StaticString)
    writer.writeArrayHeader(2)
    for sector in [UInt64(0), 1] {
      writer.writeArrayHeader(4)
      writer.write(sector)
      writer.write(Int64(0))
      writer.write(UInt64.max)
      writer.writeBinary([UInt8](repeating: 1, count: 32))
    }
    let summary = try OpSummary(msgpack: writer.bytes)
    #expect(summary.opCount == .max)
    #expect("\(summary)".contains("\(UInt64.max) ops"))
  }
}

/// A bare peer that sends raw ``PeerMessage``s and reads the answers.
private struct RawPeer {
  let transport: PeerTransport

  static func start() async throws -> RawPeer {
    // The request timeout is a safety net: on a busy machine an answer may take its time.
    let transport = PeerTransport(
      configuration: TransportConfiguration(requestTimeout: .seconds(600), tls: try TransportTLS.selfSigned())
    ) { _, _ in nil }
    try await transport.start()
    return RawPeer(transport: transport)
  }

  /// Sends `message` as a request and decodes the answer.
  func request(_ message: PeerMessage, to target: PeerURL) async throws -> PeerMessage {
    try PeerMessage(msgpack: try await transport.request(message.msgpackBytes(), to: target))
  }
}
