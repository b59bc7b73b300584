import HoloCore

/// Small, fixed, well-formed values for the seed corpora. Keys, hashes and signatures are filled with one byte
/// (the fuzzers care about shape, not about valid signatures); everything else is built with the real types,
/// so that seeds are the real encoders' output.
enum Samples {
  static func agent(_ fill: UInt8) -> AgentPubKey { AgentPubKey(core: bytes(32, fill)) }
  static func dnaHash(_ fill: UInt8) -> DnaHash { DnaHash(core: bytes(32, fill)) }
  static func actionHash(_ fill: UInt8) -> ActionHash { ActionHash(core: bytes(32, fill)) }
  static func entryHash(_ fill: UInt8) -> EntryHash { EntryHash(core: bytes(32, fill)) }
  static func opHash(_ fill: UInt8) -> DhtOpHash { DhtOpHash(core: bytes(32, fill)) }
  /// An entry hash as a link base (always possible: entry hashes are linkable).
  static func linkable(_ hash: EntryHash) -> AnyLinkableHash { AnyLinkableHash(hash)! }
  static func signature(_ fill: UInt8) -> Signature { Signature(checked: bytes(64, fill)) }
  static func capSecret(_ fill: UInt8) -> CapSecret { CapSecret(checked: bytes(64, fill)) }
  static func bytes(_ count: Int, _ fill: UInt8) -> [UInt8] { [UInt8](repeating: fill, count: count) }

  static let cellId = CellId(dnaHash: dnaHash(0xd0), agent: agent(0xa0))
  static let time = Timestamp(microseconds: 1_700_000_000_000_000)
  static let postType = EntryType.app(
    AppEntryDef(entryIndex: EntryDefIndex(0), zomeIndex: ZomeIndex(0), visibility: .public))
  static let post = Entry.app(
    SerializedBytes(
      encoding: MsgPackValue.map([
        MsgPackMapEntry(key: .string("title"), value: .string("hello")),
        MsgPackMapEntry(key: .string("tags"), value: .array([.string("a"), .uint(7), .int(-3), .float64(1.5)])),
      ])))

  static func header(seq: UInt32) -> ActionHeader {
    ActionHeader(
      author: agent(0xa0), timestamp: Timestamp(microseconds: time.microseconds + Int64(seq)), actionSeq: seq,
      prevAction: seq == 0 ? nil : actionHash(UInt8(seq - 1)))
  }

  /// One action of every type, in chain order.
  static let actions: [Action] = {
    let data: [ActionData] = [
      .dna(DnaData(dnaHash: dnaHash(0xd0))),
      .agentValidationPkg(AgentValidationPkgData(membraneProof: SerializedBytes(bytes: [0xc0]))),
      .initZomesComplete(InitZomesCompleteData()),
      .create(CreateData(entryType: postType, entryHash: post.hash())),
      .update(
        UpdateData(
          originalActionAddress: actionHash(3), originalEntryAddress: post.hash(), entryType: postType,
          entryHash: entryHash(0xe1))),
      .delete(DeleteData(deletesAddress: actionHash(4), deletesEntryAddress: entryHash(0xe1))),
      .createLink(
        CreateLinkData(
          baseAddress: linkable(post.hash()), targetAddress: linkable(entryHash(0xe1)), zomeIndex: ZomeIndex(0),
          linkType: LinkType(1), tag: SerializedBytes(bytes: Array("tag".utf8)))),
      .deleteLink(DeleteLinkData(baseAddress: linkable(post.hash()), linkAddAddress: actionHash(6))),
      .closeChain(CloseChainData(newTarget: .dna(dnaHash(0xd1)))),
      .openChain(OpenChainData(prevTarget: .agent(agent(0xa1)), closeHash: actionHash(8))),
    ]
    return data.enumerated().map { index, data in Action(header: header(seq: UInt32(index)), data: data) }
  }()

  static func signed(_ action: Action) -> SignedAction { SignedAction(data: action, signature: signature(0x51)) }

  /// Ops of several types: entry-carrying (with the entry, hidden, and action-only) and action-only ones.
  static let ops: [ChainOp] = {
    let create = signed(actions[3])
    let candidates: [ChainOp?] = [
      ChainOp(type: .createRecord, signedAction: create, opEntry: .present(post)),
      ChainOp(type: .createEntry, signedAction: create, opEntry: .hidden),
      ChainOp(type: .agentActivity, signedAction: create),
      ChainOp(type: .updateRecord, signedAction: signed(actions[4]), opEntry: .actionOnly),
      ChainOp(type: .deleteEntry, signedAction: signed(actions[5])),
      ChainOp(type: .createLink, signedAction: signed(actions[6])),
      ChainOp(type: .deleteLink, signedAction: signed(actions[7])),
    ]
    return candidates.compactMap { $0 }
  }()

  static let record = Record(
    signedAction: SignedActionHashed(hashed: ActionHashed(actions[3]), signature: signature(0x51)),
    entry: .present(post))

  static let zomeCallParams = ZomeCallParams(
    provenance: agent(0xa0), cellId: cellId, zomeName: "forum", fnName: "create_post", capSecret: capSecret(0xc5),
    payload: SerializedBytes(encoding: "hello"), nonce: Nonce256Bits(checked: bytes(32, 0x4e)),
    expiresAt: Timestamp(microseconds: time.microseconds + 300_000_000))

  static let receipt = SignedValidationReceipt(
    receipt: ValidationReceipt(
      dhtOpHash: opHash(0x0b), validationStatus: .valid, validators: [agent(0xa2)], whenIntegrated: time),
    validatorsSignatures: [signature(0x52)])

  static let warrant = SignedWarrant(
    data: Warrant(
      proof: .chainFork(
        chainAuthor: agent(0xa3),
        actionPair: (
          ActionHashAndSig(hash: actionHash(0x31), signature: signature(0x53)),
          ActionHashAndSig(hash: actionHash(0x32), signature: signature(0x54))
        ), seq: 5),
      author: agent(0xa2), timestamp: time, warrantee: agent(0xa3)),
    signature: signature(0x55))

  static let grant = ZomeCallCapGrant(
    tag: "forum", access: .assigned(secret: capSecret(0xc5), assignees: [agent(0xa1)]),
    functions: .listed([GrantedFunction(zome: "forum", function: "create_post")]))
}
