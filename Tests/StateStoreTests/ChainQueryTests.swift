import HoloCore
import StateStore
import Testing

@Suite struct ChainQueryTests {
  /// Genesis (seq 0–2), then: 3 Create "a" (type 0), 4 Create "b" (type 1), 5 Delete of 3, 6 Create "c" (type 0).
  /// Seqs 3–4 are committed; 5–6 stay in the workspace, uncommitted.
  func chain() throws -> (ChainFixture, Workspace, [SignedActionHashed]) {
    let fixture = try ChainFixture()
    let genesis = try fixture.chain.genesis(membraneProof: nil)
    let committed = try fixture.chain.workspace()
    let a = try ChainFixture.create("a", in: committed)
    let b = try ChainFixture.create("b", in: committed, type: ChainFixture.appType(1))
    try committed.flush(ordering: .strict)
    let workspace = try fixture.chain.workspace()
    let delete = try workspace.append(
      .delete(DeleteData(deletesAddress: a.hash, deletesEntryAddress: Entry.app(encoding: "a").hash())))
    let c = try ChainFixture.create("c", in: workspace)
    return (fixture, workspace, genesis + [a, b, delete, c])
  }

  func query(_ workspace: Workspace, _ change: (inout ChainQueryFilter) -> Void) throws -> [UInt32] {
    var filter = ChainQueryFilter()
    change(&filter)
    return try workspace.query(filter).map(\.action.actionSeq)
  }

  @Test func sequenceRangesAreInclusiveAndSpanCommittedAndPending() throws {
    let (_, workspace, _) = try chain()
    #expect(try query(workspace) { _ in } == [0, 1, 2, 3, 4, 5, 6])
    #expect(try query(workspace) { $0.sequenceRange = .actionSeqRange(2, 5) } == [2, 3, 4, 5])
    #expect(try query(workspace) { $0.sequenceRange = .actionSeqRange(5, 99) } == [5, 6])
    #expect(try query(workspace) { $0.sequenceRange = .actionSeqRange(9, 99) } == [])
  }

  @Test func hashRangesAndHashTerminatedRanges() throws {
    let (_, workspace, actions) = try chain()
    #expect(try query(workspace) { $0.sequenceRange = .actionHashRange(actions[1].hash, actions[5].hash) } == [1, 2, 3, 4, 5])
    #expect(try query(workspace) { $0.sequenceRange = .actionHashRange(actions[5].hash, actions[1].hash) } == [])
    #expect(try query(workspace) { $0.sequenceRange = .actionHashTerminated(actions[4].hash, 2) } == [2, 3, 4])
    #expect(try query(workspace) { $0.sequenceRange = .actionHashTerminated(actions[1].hash, 10) } == [0, 1])
    #expect(try query(workspace) { $0.sequenceRange = .actionHashTerminated(actions[6].hash, 0) } == [6])
    #expect(try query(workspace) { $0.sequenceRange = .actionHashTerminated(ActionHash.hashing("nope"), 0) } == [])
  }

  @Test func typeAndHashFilters() throws {
    let (_, workspace, _) = try chain()
    #expect(try query(workspace) { $0.actionTypes = [.create] } == [2, 3, 4, 6])
    #expect(try query(workspace) { $0.actionTypes = [.delete, .dna] } == [0, 5])
    #expect(try query(workspace) { $0.entryTypes = [ChainFixture.appType(0)] } == [3, 6])
    #expect(try query(workspace) { $0.entryTypes = [.agentPubKey] } == [2])
    #expect(try query(workspace) { $0.entryHashes = [Entry.app(encoding: "b").hash(), Entry.app(encoding: "c").hash()] } == [4, 6])
  }

  @Test func entriesOnlyWhenAskedAndDescendingOrder() throws {
    let (_, workspace, _) = try chain()
    var filter = ChainQueryFilter()
    filter.entryTypes = [ChainFixture.appType(0)]
    #expect(try workspace.query(filter).map(\.entry) == [.notStored, .notStored])
    filter.includeEntries = true
    filter.orderDescending = true
    #expect(try workspace.query(filter).map(\.entry) == [.present(.app(encoding: "c")), .present(.app(encoding: "a"))])
  }

  @Test func theChainOutsideTheWorkspaceSeesOnlyCommittedRecords() throws {
    let (fixture, _, _) = try chain()
    #expect(try fixture.chain.query(ChainQueryFilter()).map(\.action.actionSeq) == [0, 1, 2, 3, 4])
  }

  @Test func filtersRoundTripThroughMsgpack() throws {
    var filter = ChainQueryFilter()
    filter.sequenceRange = .actionHashTerminated(ActionHash.hashing("h"), 3)
    filter.entryTypes = [.agentPubKey, ChainFixture.appType(2)]
    filter.entryHashes = [EntryHash.hashing("e")]
    filter.actionTypes = [.create, .update]
    filter.includeEntries = true
    #expect(try ChainQueryFilter(msgpack: filter.msgpackBytes()) == filter)
    #expect(try ChainQueryFilterRange(msgpack: ChainQueryFilterRange.unbounded.msgpackBytes()) == .unbounded)
  }
}
