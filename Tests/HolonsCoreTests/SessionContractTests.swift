import HoloCore
import HolonsCore
import Testing

/// The session contract: what is attached comes back exactly, and its bytes are deterministic.
@Suite struct SessionContractTests {
  /// A context with keyed and keyless holons in both pools, relationships and a space.
  static func busyContext() throws -> TransactionContext {
    let context = TransactionContext(txId: TxId(42))
    let author = try context.stageNewHolon(TransientHolon(properties: ["key": .string("Person:Ann"), "age": .integer(40)]))
    let book = try context.stageNewHolon(TransientHolon(properties: ["key": .string("Book:One")]))
    try context.addRelatedHolons(book, "AuthoredBy", [.staged(author), Fixtures.smartRefIn(TxId(42))])
    _ = try context.createTransient(["note": .string("keyless")])
    _ = try context.createTransient(["note": .string("keyless too")])
    context.setLocalHolonSpace(context.smartReference(.local(Fixtures.localId)))
    context.lineage = [DanceHop(cell: "dna:agent", zome: "holons", dance: "relay")]
    return context
  }

  @Test func attachThenHydratePreservesTheSessionExactly() throws {
    let context = try Self.busyContext()
    let envelope = try TrustChannelEnvelopes.attach(DanceRequests.commit(), context: context)
    let decoded = try DanceRequestEnvelope(msgpack: envelope.msgpackBytes())
    #expect(decoded == envelope && decoded.lineage == context.lineage)

    let copy = TransactionContext(txId: TxId(42))
    let answer = DanceResponseEnvelope(response: DanceResponse(statusCode: .ok, description: "ok"), session: decoded.session)
    _ = try TrustChannelEnvelopes.hydrate(copy, from: try DanceResponseEnvelope(msgpack: answer.msgpackBytes()))
    #expect(copy.exportSession() == context.exportSession())
    #expect(copy.exportSession().msgpackBytes() == context.exportSession().msgpackBytes())
  }

  @Test func encodingIsByteForByteDeterministic() throws {
    let one = try Self.busyContext().exportSession().msgpackBytes()
    let two = try Self.busyContext().exportSession().msgpackBytes()
    #expect(one == two)
    // Keyed ids come from the versioned key, the same in every process.
    #expect(TemporaryId(versionedKey: "Book:One__1_staged") == TemporaryId(versionedKey: "Book:One__1_staged"))
    #expect(TemporaryId(versionedKey: "a").bytes[6] >> 4 == 8)
  }

  @Test func aContextsOwnSpaceIsNeverOverwritten() throws {
    let context = TransactionContext(txId: TxId(1))
    let own = context.smartReference(.local(Fixtures.localId))
    context.setLocalHolonSpace(own)
    var session = context.exportSession()
    session.localHolonSpace = context.smartReference(.local(LocalId(bytes: [9, 9, 9])))
    _ = try TrustChannelEnvelopes.hydrate(
      context, from: DanceResponseEnvelope(response: DanceResponse(statusCode: .ok, description: ""), session: session))
    #expect(context.localHolonSpace == own)

    // A context with no space (a client) adopts the one it is answered from.
    let client = TransactionContext(txId: TxId(1))
    _ = try TrustChannelEnvelopes.hydrate(
      client, from: DanceResponseEnvelope(response: DanceResponse(statusCode: .ok, description: ""), session: session))
    #expect(client.localHolonSpace == session.localHolonSpace)
  }

  @Test func crossingSpacesTranslatesIdsBothWays() {
    let mine = LocalId(bytes: [1]), theirs = LocalId(bytes: [2]), thing = LocalId(bytes: [3])
    let translation = SpaceTranslation(own: mine, peer: theirs)
    #expect(translation.inbound(.local(thing)) == .external(space: OutboundProxyId(theirs), local: thing))
    #expect(translation.inbound(.external(space: OutboundProxyId(mine), local: thing)) == .local(thing))
    #expect(translation.outbound(.local(thing)) == .external(space: OutboundProxyId(mine), local: thing))
    #expect(translation.outbound(translation.inbound(.local(thing))) == .local(thing))
    let tx = TxId(1)
    let sameSpace = HolonReferenceWire.smart(SmartReferenceWire(txId: tx, holonId: .local(mine)))
    #expect(SpaceTranslation.between(ownSpace: mine, incoming: sameSpace) == nil)
    #expect(SpaceTranslation.between(ownSpace: mine, incoming: nil) == nil)
    let other = HolonReferenceWire.smart(SmartReferenceWire(txId: tx, holonId: .local(theirs)))
    #expect(SpaceTranslation.between(ownSpace: mine, incoming: other) == translation)
  }

  @Test func lineagePolicyBoundsDepthAndCycles() throws {
    let hop = { (n: String) in DanceHop(cell: "c\(n)", zome: "holons", dance: "relay") }
    let policy = DanceLineagePolicy(maxDepth: 2, strictCycles: true)
    let one = try policy.admit(hop("1"), after: [])
    let two = try policy.admit(hop("2"), after: one)
    #expect(two.count == 2)
    #expect(throws: HolonError.self) { try policy.admit(hop("3"), after: two) }
    #expect(throws: HolonError.self) { try policy.admit(hop("1"), after: one) }
    #expect(try DanceLineagePolicy(maxDepth: 8).admit(hop("1"), after: one).count == 2)
    do {
      _ = try policy.admit(hop("3"), after: two)
    } catch {
      #expect(ResponseStatusCode(error) == .serverError)
      #expect(error.description.contains("c1/holons/relay -> c2/holons/relay -> c3/holons/relay"))
    }
  }
}
