import ConductorAPI
import Foundation
import Conductor
import HoloCore
import HoloswiftTesting
import Testing

/// `dump_full_state`: the whole chain, and the DHT ops a page at a time, sorted by lifecycle.
@Suite struct DumpFullStateTests {
  @Test func theChainAndEveryOpArriveAcrossPages() async throws {
    let sweet = try SweetConductor()
    let alice = try await sweet.install(try ForumTests.dna())
    let _: ActionHash = try await alice.call("forum", "create_post", ForumTests.Post(title: "Dumped", content: "all of it"))
    let conductor = sweet.conductor

    let whole = try conductor.dumpFullState(alice.id, after: nil, limit: nil)
    let chain = try await alice.chain()
    #expect(whole.sourceChain.map(\.actionAddress) == chain.map(\.actionHash))
    #expect(whole.sourceChain.contains { $0.entry != nil })
    let all = whole.validationLimbo + whole.integrationLimbo + whole.integrated
    #expect(!whole.integrated.isEmpty && whole.validationLimbo.isEmpty)
    #expect(Set(all.map { $0.hash() }).count == all.count)
    // Every record's ops are there: at least a CreateRecord and an AgentActivity op per action.
    #expect(all.count >= 2 * chain.count)

    // Pages of 3 cover the same ops, in order, without overlap.
    var seen: [DhtOpHash] = []
    var cursor: DhtOpsCursor?
    var pages = 0
    repeat {
      let page = try conductor.dumpFullState(alice.id, after: cursor, limit: 3)
      let ops = page.validationLimbo + page.integrationLimbo + page.integrated
      #expect(ops.count <= 3)
      seen += ops.map { $0.hash() }
      cursor = page.dhtOpsCursor
      pages += 1
    } while cursor != nil && pages < 100
    #expect(Set(seen) == Set(all.map { $0.hash() }) && seen.count == all.count)
    // Every page but the last, empty one carries a cursor.
    #expect(pages == (all.count + 2) / 3 + 1)

    // The wire form: Holochain's field names, DhtOp externally tagged.
    let value = try MsgPackValue(msgpack: whole.msgpackBytes())
    #expect(value["peer_dump"]?["peers"] == .array([]))
    #expect(value["source_chain_dump"]?["published_ops_count"] == .uint(0))
    guard case .array(let integrated)? = value["integration_dump"]?["integrated"], let first = integrated.first else {
      Issue.record("no integrated ops"); return
    }
    #expect(first["ChainOp"] != nil)

    #expect(throws: ConductorError.self) { try conductor.dumpFullState(alice.id, after: nil, limit: 0) }
  }

  /// `dump_state` pages the source chain after a sequence number or an action, as Holochain does.
  @Test func dumpStatePagesTheSourceChain() async throws {
    let sweet = try SweetConductor()
    let alice = try await sweet.install(try ForumTests.dna())
    let _: ActionHash = try await alice.call("forum", "create_post", ForumTests.Post(title: "Paged", content: "state"))
    let chain = try await alice.chain()
    func page(_ cursor: SourceChainCursor?, _ limit: UInt32?) throws -> (records: [Int], integration: [String: Int]) {
      let json = try sweet.conductor.dumpState(alice.id, after: cursor, limit: limit)
      let pair = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any])
      let dump = try #require(pair.first as? [String: Any])
      let records = try #require((dump["source_chain_dump"] as? [String: Any])?["records"] as? [[String: Any]])
      return (records.compactMap { $0["action_seq"] as? Int }, try #require(dump["integration_dump"] as? [String: Int]))
    }
    let all = try page(nil, nil)
    #expect(all.records == Array(0..<chain.count))
    #expect((all.integration["integrated"] ?? 0) > 0)
    #expect(try page(.sequence(1), 2).records == [2, 3])
    #expect(try page(.actionHash(chain[1].actionHash), 2).records == [2, 3])
    #expect(try page(.sequence(UInt32(chain.count - 1)), 5).records.isEmpty)
    #expect(throws: ConductorError.self) { try sweet.conductor.dumpState(alice.id, after: nil, limit: 0) }
    #expect(throws: ConductorError.self) {
      try sweet.conductor.dumpState(alice.id, after: .actionHash(ActionHash(core: [UInt8](repeating: 42, count: 32))), limit: 1)
    }
  }
}
