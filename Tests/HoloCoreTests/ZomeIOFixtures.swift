import HoloCore
import Testing

/// Values shared by the ZomeIO tests: every field non-default, so a dropped or swapped field shows.
enum ZomeIOFixtures {
  static let agent = testAgent(1)
  static let otherAgent = testAgent(2)
  static let actionHash = ActionHash.hashing("action")
  static let otherActionHash = ActionHash.hashing("other action")
  static let entryHash = EntryHash.hashing("entry")
  static let dnaHash = DnaHash.hashing("dna")
  static let secret = CapSecret([UInt8](repeating: 9, count: 64))!
  static let signature = Signature([UInt8](repeating: 7, count: 64))!
  static let payload = ExternIO(encoding: "payload")
  static let timestamp = Timestamp(microseconds: 1_700_000_000_123_456)
  static let entry = Entry.app(encoding: "post")
  static let tag = LinkTag(bytes: [0, 1, 0xff])
  static let cellId = CellId(dnaHash: dnaHash, agent: agent)
  static let modifiers = DnaModifiers(networkSeed: "seed", properties: SerializedBytes(encoding: "props"))
  static let x25519Sender = X25519PubKey([UInt8](repeating: 3, count: 32))!
  static let x25519Recipient = X25519PubKey([UInt8](repeating: 4, count: 32))!
  static let nonce = XSalsa20Poly1305Nonce([UInt8](repeating: 5, count: 24))!
  static let keyRef = XSalsa20Poly1305KeyRef([0x6b, 0x65, 0x79])
  static let encrypted = XSalsa20Poly1305EncryptedData(nonce: nonce, encryptedData: [9, 8, 7, 6, 5])
  static let chainFilter = ChainFilter(chainTop: actionHash, limitConditions: .take(3), includeCachedEntries: true)
  static let linkable = AnyLinkableHash(entryHash)!
  static let getOptions = GetOptions(strategy: .local, remoteAgentCount: 3, timeoutMs: 70_000, asRace: false)

  /// A signed action of `data`, authored by ``agent`` at sequence `seq`.
  static func signedAction(_ data: ActionData, seq: UInt32 = 4) -> SignedActionHashed {
    let header = ActionHeader(author: agent, timestamp: timestamp, actionSeq: seq, prevAction: otherActionHash)
    return SignedActionHashed(hashed: HoloHashed(Action(header: header, data: data)), signature: signature)
  }

  static let createLinkAction = Action(
    header: ActionHeader(author: agent, timestamp: timestamp, actionSeq: 3, prevAction: actionHash),
    data: .createLink(
      CreateLinkData(baseAddress: linkable, targetAddress: AnyLinkableHash(actionHash)!, zomeIndex: ZomeIndex(1),
                     linkType: LinkType(2), tag: tag)))
  static let create = signedAction(.create(CreateData(entryType: .app(
    AppEntryDef(entryIndex: EntryDefIndex(1), zomeIndex: ZomeIndex(0), visibility: .public)), entryHash: entry.hash())))
  static let update = signedAction(.update(UpdateData(
    originalActionAddress: actionHash, originalEntryAddress: entryHash, entryType: .capGrant,
    entryHash: EntryHash.hashing("new"))), seq: 5)
  static let delete = signedAction(.delete(DeleteData(deletesAddress: actionHash, deletesEntryAddress: entryHash)), seq: 6)
  static let createLink = SignedActionHashed(hashed: HoloHashed(createLinkAction), signature: signature)
  static let deleteLink = signedAction(
    .deleteLink(DeleteLinkData(baseAddress: linkable, linkAddAddress: createLinkAction.hash())), seq: 7)
  static let record = Record(signedAction: create, entry: .present(entry))

  static let warrant = SignedWarrant(
    data: Warrant(
      proof: .chainFork(
        chainAuthor: otherAgent,
        actionPair: (ActionHashAndSig(hash: actionHash, signature: signature),
                     ActionHashAndSig(hash: otherActionHash, signature: signature)),
        seq: 9),
      author: agent, timestamp: timestamp, warrantee: otherAgent),
    signature: signature)
}

/// Checks that `value` decodes from its own bytes to an equal value, and that re-encoding gives the same bytes.
func zomeIORoundTrip<T: MsgPackCodable & Equatable>(
  _ value: T, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let bytes = value.msgpackBytes()
  let decoded = try T(msgpack: bytes)
  #expect(decoded == value, sourceLocation: sourceLocation)
  #expect(decoded.msgpackBytes() == bytes, sourceLocation: sourceLocation)
}

/// The bytes of a map with the given already-encoded keys and values, in order.
func zomeIOMap(_ pairs: [(String, [UInt8])]) -> [UInt8] {
  var writer = MsgPackWriter()
  writer.writeMapHeader(pairs.count)
  var bytes = writer.bytes
  for (key, value) in pairs { bytes += str(key) + value }
  return bytes
}
