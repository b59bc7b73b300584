import HoloCore
import StateStore
import Testing

@Suite struct DhtStoreTests {
  func op(_ fixture: ChainFixture) throws -> (ChainOp, SignedActionHashed) {
    try fixture.chain.genesis(membraneProof: nil)
    let workspace = try fixture.chain.workspace()
    let created = try ChainFixture.create("held", in: workspace)
    try workspace.flush(ordering: .strict)
    let signed = SignedAction(data: created.content, signature: created.signature)
    let op = try #require(ChainOp(type: .createEntry, signedAction: signed, opEntry: .present(.app(encoding: "held"))))
    return (op, created)
  }

  @Test func opsMoveThroughValidationAndIntegration() throws {
    let fixture = try ChainFixture()
    let (op, created) = try op(fixture)
    let dht = try fixture.store.dht(for: fixture.cell.dnaHash)
    let hash = try dht.insert(op)
    #expect(hash == op.hash())
    #expect(try dht.insert(op) == hash)  // a second copy is harmless
    let stored = try #require(try dht.op(hash))
    #expect(stored.validationStatus == .pending)
    #expect(stored.basis.raw39 == Entry.app(encoding: "held").hash().raw39)
    #expect(stored.actionHash == created.hash)
    #expect(try dht.ops(withStatus: .pending).map(\.hash) == [hash])
    // Not integrable before a final verdict.
    #expect(try dht.markIntegrated(hash) == false)
    #expect(try dht.setValidationStatus(hash, .sysValidated))
    #expect(try dht.opsReadyToIntegrate().isEmpty)
    #expect(try dht.setValidationStatus(hash, .awaitingDeps))
    #expect(try dht.setValidationStatus(hash, .valid))
    #expect(try dht.opsReadyToIntegrate().map(\.hash) == [hash])
    #expect(try dht.markIntegrated(hash, at: Timestamp(microseconds: 77)))
    #expect(try dht.op(hash)?.integratedAt == Timestamp(microseconds: 77))
    #expect(try dht.markIntegrated(hash) == false)
    #expect(try dht.opsReadyToIntegrate().isEmpty)
    #expect(try dht.record(created.hash)?.entry == .present(.app(encoding: "held")))
    #expect(try dht.setValidationStatus(DhtOpHash.hashing("unknown"), .valid) == false)
  }

  @Test func cacheAndDhtAreSeparateDatabases() throws {
    let fixture = try ChainFixture()
    let (op, _) = try op(fixture)
    let dht = try fixture.store.dht(for: fixture.cell.dnaHash)
    let cache = try fixture.store.cache(for: fixture.cell.dnaHash)
    let hash = try cache.insert(op)
    #expect(try cache.op(hash) != nil)
    #expect(try dht.op(hash) == nil)
  }

  @Test func conductorStateSurvivesAReopen() throws {
    let fixture = try ChainFixture()
    try fixture.store.conductor.put("apps", [1, 2, 3])
    try fixture.store.conductor.put("interfaces", [4])
    try fixture.store.conductor.remove("interfaces")
    let reopened = try StateStore(root: fixture.store.root)
    #expect(try reopened.conductor.get("apps") == [1, 2, 3])
    #expect(try reopened.conductor.keys() == ["apps"])
  }
}
