import HoloCore
import StateStore
import Testing

@Suite struct SourceChainTests {
  @Test func genesisWritesTheThreeActionsLinkedAndSigned() throws {
    let fixture = try ChainFixture()
    let actions = try fixture.chain.genesis(membraneProof: SerializedBytes(encoding: "proof"))
    #expect(actions.map(\.content.actionType) == [.dna, .agentValidationPkg, .create])
    #expect(actions.map(\.content.actionSeq) == [0, 1, 2])
    #expect(actions[0].content.prevAction == nil)
    #expect(actions[1].content.prevAction == actions[0].hash)
    #expect(actions[2].content.prevAction == actions[1].hash)
    #expect(actions.allSatisfy { ChainFixture.verifies($0) && $0.hashed.verifyHash() })
    #expect(try fixture.chain.head()?.hash == actions[2].hash)
    let records = try fixture.chain.query(ChainQueryFilter())
    #expect(records.map(\.actionHash) == actions.map(\.hash))
    #expect(records.map(\.signedAction.hashed.contentBytes) == actions.map(\.hashed.contentBytes))
    // Dna and AgentValidationPkg give 2 ops each; the agent Create gives 3 (its entry is public).
    let ops = try fixture.chain.authoredOps()
    #expect(ops.count == 7)
    #expect(ops.allSatisfy { $0.validationStatus == .pending && $0.integratedAt == nil })
  }

  @Test func genesisTwiceIsRefusedAndAppendNeedsGenesis() throws {
    let fixture = try ChainFixture()
    let workspace = try fixture.chain.workspace()
    #expect(throws: StateStoreError.self) { try ChainFixture.create("too early", in: workspace) }
    try fixture.chain.genesis(membraneProof: nil)
    #expect(throws: StateStoreError.self) { try fixture.chain.genesis(membraneProof: nil) }
    #expect(try fixture.chain.query(ChainQueryFilter()).count == 3)
  }

  @Test func readsInsideAWorkspaceSeeItsOwnUncommittedWrites() throws {
    let fixture = try ChainFixture()
    try fixture.chain.genesis(membraneProof: nil)
    let workspace = try fixture.chain.workspace()
    let first = try ChainFixture.create("one", in: workspace)
    let second = try ChainFixture.create("two", in: workspace)
    #expect(second.content.prevAction == first.hash)
    #expect(second.content.actionSeq == 4)
    #expect(try workspace.record(first.hash)?.entry == .present(.app(encoding: "one")))
    #expect(try workspace.entry(Entry.app(encoding: "two").hash()) == .app(encoding: "two"))
    var filter = ChainQueryFilter()
    filter.includeEntries = true
    #expect(try workspace.query(filter).count == 5)
    // Nothing is committed until the flush.
    #expect(try fixture.chain.query(ChainQueryFilter()).count == 3)
    #expect(try fixture.chain.record(first.hash) == nil)
    try workspace.flush(ordering: .strict)
    #expect(try fixture.chain.query(ChainQueryFilter()).count == 5)
    #expect(try fixture.chain.head()?.hash == second.hash)
  }

  @Test func aWorkspaceThatIsNeverFlushedLeavesNoTrace() throws {
    let fixture = try ChainFixture()
    try fixture.chain.genesis(membraneProof: nil)
    let opsBefore = try fixture.chain.authoredOps()
    do {
      let workspace = try fixture.chain.workspace()
      try ChainFixture.create("a", in: workspace)
      try ChainFixture.create("b", in: workspace)
      // The zome call errors here: its workspace is dropped without a flush.
    }
    #expect(try fixture.chain.query(ChainQueryFilter()).count == 3)
    #expect(try fixture.chain.authoredOps() == opsBefore)
  }

  @Test func anEntryMustMatchItsAction() throws {
    let fixture = try ChainFixture()
    try fixture.chain.genesis(membraneProof: nil)
    let workspace = try fixture.chain.workspace()
    let entry = Entry.app(encoding: "x")
    #expect(throws: StateStoreError.self) {
      try workspace.append(.create(CreateData(entryType: ChainFixture.appType(0), entryHash: entry.hash())), entry: .app(encoding: "y"))
    }
    #expect(throws: StateStoreError.self) {
      try workspace.append(.create(CreateData(entryType: ChainFixture.appType(0), entryHash: entry.hash())))
    }
    #expect(throws: StateStoreError.self) { try workspace.append(.dna(DnaData(dnaHash: fixture.cell.dnaHash))) }
  }

  @Test func timestampsNeverGoBackwards() throws {
    let fixture = try ChainFixture()
    try fixture.chain.genesis(membraneProof: nil, timestamp: Timestamp(microseconds: 5_000))
    let workspace = try fixture.chain.workspace()
    let entry = Entry.app(encoding: "late")
    let action = try workspace.append(
      .create(CreateData(entryType: ChainFixture.appType(0), entryHash: entry.hash())), entry: entry,
      timestamp: Timestamp(microseconds: 1_000))
    #expect(action.content.header.timestamp == Timestamp(microseconds: 5_000))
  }

  @Test func theChainSurvivesAReopen() throws {
    let fixture = try ChainFixture()
    try fixture.chain.genesis(membraneProof: nil)
    let workspace = try fixture.chain.workspace()
    let created = try ChainFixture.create("kept", in: workspace)
    try workspace.flush(ordering: .strict)
    let reopened = try StateStore(root: fixture.store.root)
    let chain = try reopened.sourceChain(for: fixture.cell, signer: KeystoreSigner(keystore: fixture.keystore))
    #expect(try chain.head()?.hash == created.hash)
    #expect(try chain.record(created.hash)?.entry == .present(.app(encoding: "kept")))
  }

  @Test func privateEntriesStayWithTheirAuthorWhoFilesThemByEntryHash() throws {
    let fixture = try ChainFixture()
    try fixture.chain.genesis(membraneProof: nil)
    let workspace = try fixture.chain.workspace()
    let action = try ChainFixture.create("secret", in: workspace, type: ChainFixture.appType(1, .private))
    try workspace.flush(ordering: .strict)
    let ops = try fixture.chain.authoredOps().filter { $0.actionHash == action.hash }
    // As in Holochain, the author's record holds the entry, so it makes a CreateEntry op the author keeps.
    #expect(Set(ops.map(\.type)) == [.createRecord, .agentActivity, .createEntry])
    let entryHash = try #require(action.content.entryHash)
    #expect(try fixture.chain.filed(at: #require(AnyLinkableHash(entryHash)), types: [.createEntry]).map(\.record.actionHash) == [action.hash])
    #expect(try fixture.chain.record(action.hash)?.entry == .present(.app(encoding: "secret")))
    var withoutEntries = ChainQueryFilter()
    withoutEntries.sequenceRange = .actionSeqRange(3, 3)
    #expect(try fixture.chain.query(withoutEntries).first?.entry == .hidden)
  }
}
