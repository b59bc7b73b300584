import HoloCore
import Testing

/// Every Holochain type decodes from its own bytes to an equal value, and re-encodes to the same bytes.
@Suite struct TypeRoundTripTests {
  static let author = testAgent(1)
  static let header = ActionHeader(
    author: author, timestamp: Timestamp(microseconds: 42), actionSeq: 5, prevAction: ActionHash.hashing("p"))
  static let secret = CapSecret([UInt8](repeating: 9, count: 64))!

  static let allActionData: [ActionData] = [
    .dna(DnaData(dnaHash: DnaHash.hashing("dna"))),
    .agentValidationPkg(AgentValidationPkgData(membraneProof: nil)),
    .agentValidationPkg(AgentValidationPkgData(membraneProof: SerializedBytes(encoding: "proof"))),
    .initZomesComplete(InitZomesCompleteData()),
    .create(CreateData(entryType: .agentPubKey, entryHash: EntryHash(agent: author))),
    .update(
      UpdateData(
        originalActionAddress: ActionHash.hashing("o"), originalEntryAddress: EntryHash.hashing("oe"),
        entryType: .capGrant, entryHash: EntryHash.hashing("n"))),
    .delete(DeleteData(deletesAddress: ActionHash.hashing("d"), deletesEntryAddress: EntryHash.hashing("de"))),
    .createLink(
      CreateLinkData(
        baseAddress: AnyLinkableHash(EntryHash.hashing("b"))!, targetAddress: AnyLinkableHash(ExternalHash.hashing("t"))!,
        zomeIndex: ZomeIndex(3), linkType: LinkType(2), tag: LinkTag(bytes: [1, 2, 3]))),
    .deleteLink(DeleteLinkData(baseAddress: AnyLinkableHash(ActionHash.hashing("b"))!, linkAddAddress: ActionHash.hashing("l"))),
    .closeChain(CloseChainData(newTarget: nil)),
    .closeChain(CloseChainData(newTarget: .agent(testAgent(2)))),
    .openChain(OpenChainData(prevTarget: .dna(DnaHash.hashing("old")), closeHash: ActionHash.hashing("c"))),
  ]

  @Test(arguments: allActionData)
  func actionsRoundTrip(data: ActionData) throws {
    let action = Action(header: Self.header, data: data)
    let bytes = action.msgpackBytes()
    let decoded = try Action(msgpack: bytes)
    #expect(decoded == action)
    #expect(decoded.msgpackBytes() == bytes)
    #expect(decoded.actionType == data.actionType)
  }

  @Test func genesisDnaActionHasNilPrevAction() throws {
    let header = ActionHeader(author: Self.author, timestamp: Timestamp(microseconds: 0), actionSeq: 0, prevAction: nil)
    let action = Action(header: header, data: .dna(DnaData(dnaHash: DnaHash.hashing("dna"))))
    let decoded = try Action(msgpack: action.msgpackBytes())
    #expect(decoded.prevAction == nil)
    #expect(decoded.isGenesis)
  }

  @Test func closeChainToANewAgentIsSignedByTheNewKey() {
    let action = Action(header: Self.header, data: .closeChain(CloseChainData(newTarget: .agent(testAgent(2)))))
    #expect(action.signer == testAgent(2))
    #expect(Action(header: Self.header, data: .closeChain(CloseChainData(newTarget: nil))).signer == Self.author)
  }

  static let allEntries: [Entry] = [
    .agent(author),
    .app(encoding: "y"),
    .capClaim(CapClaim(tag: "claim", grantor: testAgent(3), secret: secret)),
    .capGrant(ZomeCallCapGrant(tag: "g", access: .unrestricted, functions: .all)),
    .capGrant(ZomeCallCapGrant(tag: "g", access: .transferable(secret: secret), functions: .listed([GrantedFunction(zome: "z", function: "f")]))),
    .capGrant(ZomeCallCapGrant(tag: "g", access: .assigned(secret: secret, assignees: [testAgent(4), testAgent(3)]), functions: .all)),
    .counterSign(sessionData: .map([.init(key: .string("k"), value: .uint(1))]), entry: AppEntryBytes(encoding: "cs")),
  ]

  @Test(arguments: allEntries)
  func entriesRoundTrip(entry: Entry) throws {
    let bytes = entry.msgpackBytes()
    #expect(try Entry(msgpack: bytes) == entry)
    #expect(try Entry(msgpack: bytes).msgpackBytes() == bytes)
  }

  @Test func agentEntryHashIsTheKeyRePrefixed() {
    let hash = Entry.agent(Self.author).hash()
    #expect(hash.core == Self.author.core)
    #expect(hash.location == Self.author.location)
    #expect(hash.kind == .entry)
  }

  @Test func recordsKeepTheActionBytesTheyWereGiven() throws {
    let record = sampleRecord()
    let bytes = record.msgpackBytes()
    let decoded = try Record(msgpack: bytes)
    #expect(decoded == record)
    #expect(decoded.msgpackBytes() == bytes)
    #expect(decoded.signedAction.hashed.verifyHash())
    #expect(decoded.actionHash == record.action.hash())
    for slot in [RecordEntry.hidden, .notApplicable, .notStored] {
      let other = Record(signedAction: record.signedAction, entry: slot)
      #expect(try Record(msgpack: other.msgpackBytes()) == other)
    }
  }

  @Test func aForgedHashIsDetected() throws {
    let record = sampleRecord()
    let forged = HoloHashed(content: record.action, contentBytes: record.signedAction.hashed.contentBytes, hash: ActionHash.hashing("x"))
    #expect(!forged.verifyHash())
  }

  @Test func linksAndZomeCallParamsRoundTrip() throws {
    let link = Link(
      author: Self.author, base: AnyLinkableHash(EntryHash.hashing("b"))!, target: AnyLinkableHash(ActionHash.hashing("t"))!,
      timestamp: Timestamp(microseconds: 7), zomeIndex: ZomeIndex(0), linkType: LinkType(1), tag: LinkTag(bytes: [0xff]),
      createLinkHash: ActionHash.hashing("cl"))
    #expect(try Link(msgpack: link.msgpackBytes()) == link)
    let params = ZomeCallParams(
      provenance: Self.author, cellId: CellId(dnaHash: DnaHash.hashing("d"), agent: Self.author), zomeName: "z",
      fnName: "f", capSecret: nil, payload: ExternIO(encoding: "hello"), nonce: Nonce256Bits([UInt8](repeating: 1, count: 32))!,
      expiresAt: Timestamp(microseconds: 99))
    let bytes = params.msgpackBytes()
    #expect(try ZomeCallParams(msgpack: bytes) == params)
    #expect(try ZomeCallParams(msgpack: bytes).msgpackBytes() == bytes)
  }

  @Test func dnaDefRoundTrips() throws {
    let dna = DnaDef(
      name: "forum", modifiers: DnaModifiers(networkSeed: "seed", properties: SerializedBytes(encoding: "p")),
      integrityZomes: [ZomeDef(name: "i", wasmHash: WasmHash.hashing(bytes: [1]))],
      coordinatorZomes: [ZomeDef(name: "c", wasmHash: WasmHash.hashing(bytes: [2]), dependencies: ["i"])])
    #expect(try DnaDef(msgpack: dna.msgpackBytes()) == dna)
  }

  @Test func warrantsRoundTripAndHashAsWarrantAndOp() throws {
    let sig = ActionHashAndSig(hash: ActionHash.hashing("a"), signature: Signature([UInt8](repeating: 1, count: 64))!)
    let invalid = Warrant(
      proof: .invalidChainOp(actionAuthor: testAgent(2), action: sig, chainOpType: .createEntry, reason: "bad"),
      author: Self.author, timestamp: Timestamp(microseconds: 3), warrantee: testAgent(2))
    let fork = Warrant(
      proof: .chainFork(chainAuthor: testAgent(2), actionPair: (sig, sig), seq: 4), author: Self.author,
      timestamp: Timestamp(microseconds: 3), warrantee: testAgent(2))
    for warrant in [invalid, fork] {
      let bytes = warrant.msgpackBytes()
      #expect(try Warrant(msgpack: bytes) == warrant)
      #expect(warrant.hash().core == warrant.opHash().core)
      #expect(warrant.hash().kind == .warrant)
      #expect(warrant.opHash().kind == .dhtOp)
      #expect(warrant.basis().core == testAgent(2).core)
    }
    let signed = SignedWarrant(data: invalid, signature: Signature([UInt8](repeating: 2, count: 64))!)
    #expect(try SignedWarrant(msgpack: signed.msgpackBytes()) == signed)
  }
}
