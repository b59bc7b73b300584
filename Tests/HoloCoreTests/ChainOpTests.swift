import HoloCore
import Testing

@Suite struct ChainOpTests {
  static let header = ActionHeader(
    author: testAgent(1), timestamp: Timestamp(microseconds: 42), actionSeq: 5, prevAction: ActionHash.hashing("p"))

  func signed(_ data: ActionData) -> SignedAction {
    SignedAction(data: Action(header: Self.header, data: data), signature: Signature([UInt8](repeating: 5, count: 64))!)
  }

  @Test func opTypesPerActionMatchHolochain() {
    let update = UpdateData(
      originalActionAddress: ActionHash.hashing("o"), originalEntryAddress: EntryHash.hashing("oe"), entryType: .capGrant,
      entryHash: EntryHash.hashing("n"))
    #expect(ChainOpType.producedBy(Action(header: Self.header, data: .update(update)))
      == [.createRecord, .agentActivity, .createEntry, .updateEntry, .updateRecord])
    #expect(ChainOpType.producedBy(Action(header: Self.header, data: .initZomesComplete(.init()))) == [.createRecord, .agentActivity])
  }

  @Test func basesFollowTheOpType() {
    let update = UpdateData(
      originalActionAddress: ActionHash.hashing("o"), originalEntryAddress: EntryHash.hashing("oe"), entryType: .capGrant,
      entryHash: EntryHash.hashing("n"))
    let action = Action(header: Self.header, data: .update(update))
    let hash = action.hash()
    #expect(ChainOpType.createRecord.basis(of: action, actionHash: hash)?.raw39 == hash.raw39)
    #expect(ChainOpType.agentActivity.basis(of: action, actionHash: hash)?.raw39 == EntryHash(agent: testAgent(1)).raw39)
    #expect(ChainOpType.createEntry.basis(of: action, actionHash: hash)?.raw39 == update.entryHash.raw39)
    #expect(ChainOpType.updateEntry.basis(of: action, actionHash: hash)?.raw39 == update.originalEntryAddress.raw39)
    #expect(ChainOpType.updateRecord.basis(of: action, actionHash: hash)?.raw39 == update.originalActionAddress.raw39)
    #expect(ChainOpType.deleteRecord.basis(of: action, actionHash: hash) == nil)
  }

  @Test func opHashIsTheUniqueFormWithoutSignatureOrEntry() throws {
    let action = Action(header: Self.header, data: .create(CreateData(entryType: .agentPubKey, entryHash: EntryHash.hashing("e"))))
    var unique = MsgPackWriter()
    unique.writeMapHeader(1)
    unique.writeField("CreateEntry", action)
    let expected = DhtOpHash.hashing(bytes: unique.bytes)
    let a = try #require(ChainOp(type: .createEntry, signedAction: signed(action.data), opEntry: .present(.agent(testAgent(1)))))
    let b = try #require(ChainOp(type: .createEntry, signedAction: SignedAction(data: action, signature: Signature([UInt8](repeating: 6, count: 64))!), opEntry: .hidden))
    #expect(a.hash() == expected)
    #expect(b.hash() == expected)
    #expect(ChainOpType.createRecord.opHash(of: action) != expected)
  }

  @Test func opsRoundTripWithAndWithoutEntries() throws {
    let create = signed(.create(CreateData(entryType: .agentPubKey, entryHash: EntryHash(agent: testAgent(1)))))
    let ops = [
      ChainOp(type: .createRecord, signedAction: create, opEntry: .present(.agent(testAgent(1)))),
      ChainOp(type: .createEntry, signedAction: create, opEntry: .hidden),
      ChainOp(type: .agentActivity, signedAction: create),
    ]
    for op in ops {
      let op = try #require(op)
      let bytes = op.msgpackBytes()
      #expect(try ChainOp(msgpack: bytes) == op)
    }
    let activity = try #require(ops[2])
    #expect(activity.msgpackBytes() == [0x81] + str("AgentActivity") + create.msgpackBytes())
  }

  @Test func anOpTypeTheActionDoesNotProduceIsRefused() throws {
    let link = signed(.deleteLink(DeleteLinkData(baseAddress: AnyLinkableHash(ActionHash.hashing("b"))!, linkAddAddress: ActionHash.hashing("l"))))
    #expect(ChainOp(type: .createEntry, signedAction: link) == nil)
    var forged = MsgPackWriter()
    forged.writeMapHeader(1)
    forged.writeField("DeleteRecord", link)
    #expect(throws: MsgPackError.self) { _ = try ChainOp(msgpack: forged.bytes) }
  }
}
