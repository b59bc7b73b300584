import HoloCore
import Testing

/// Every host-function input and output decodes from its own bytes to an equal value, and re-encodes to
/// the same bytes.
@Suite struct ZomeIORoundTripTests {
  typealias F = ZomeIOFixtures

  @Test func infoTypes() throws {
    let head = ChainPosition(hash: F.actionHash, seq: 12, timestamp: F.timestamp)
    try zomeIORoundTrip(head)
    try zomeIORoundTrip(AgentInfo(agentInitialPubkey: F.agent, chainHead: head))
    try zomeIORoundTrip(CallInfo(provenance: F.otherAgent, functionName: "create_post", asAt: head,
                                 capGrant: .chainAuthor(F.agent)))
    let grant = ZomeCallCapGrant(tag: "t", access: .transferable(secret: F.secret),
                                 functions: .listed([GrantedFunction(zome: "z", function: "f")]))
    try zomeIORoundTrip(CallInfo(provenance: F.otherAgent, functionName: "f", asAt: head, capGrant: .remoteAgent(grant)))
    try zomeIORoundTrip(DnaInfoV1(name: "forum", hash: F.dnaHash, properties: SerializedBytes(encoding: "p"),
                                  zomeNames: ["posts_integrity", "posts"]))
    try zomeIORoundTrip(DnaInfoV2(name: "forum", hash: F.dnaHash, modifiers: F.modifiers, zomeNames: ["a", "b"]))
    for id in [EntryDefId.app("post"), .capClaim, .capGrant] {
      try zomeIORoundTrip(id)
      try zomeIORoundTrip(EntryDef(id: id, visibility: .private, requiredValidations: 7, cacheAtAgentActivity: true))
    }
    let types = ScopedZomeTypesSet(
      entries: ScopedZomeTypes([ZomeTypeIndices(zomeIndex: ZomeIndex(0), types: [EntryDefIndex(0), EntryDefIndex(1)])]),
      links: ScopedZomeTypes([
        ZomeTypeIndices(zomeIndex: ZomeIndex(0), types: [LinkType(0)]),
        ZomeTypeIndices(zomeIndex: ZomeIndex(3), types: []),
      ]))
    try zomeIORoundTrip(types)
    try zomeIORoundTrip(ScopedZomeTypesSet())
    try zomeIORoundTrip(ZomeInfo(
      name: "posts", id: ZomeIndex(1), properties: SerializedBytes(encoding: ["k"]),
      entryDefs: [EntryDef(id: .app("post")), EntryDef(id: .capGrant, visibility: .private)],
      externFns: ["init", "create_post"], zomeTypes: types))
    for level in TraceMsg.Level.allCases { try zomeIORoundTrip(TraceMsg(msg: "posts.rs:12 hello ✓", level: level)) }
  }

  @Test func entryTypes() throws {
    for ordering in ChainTopOrdering.allCases { try zomeIORoundTrip(ordering) }
    for strategy in GetStrategy.allCases { try zomeIORoundTrip(strategy) }
    for location in [EntryDefLocation.app(zomeIndex: 2, entryDefIndex: 5), .capClaim, .capGrant] {
      try zomeIORoundTrip(location)
      try zomeIORoundTrip(CreateInput(entryLocation: location, entryVisibility: .private, entry: F.entry,
                                      chainTopOrdering: .relaxed))
    }
    try zomeIORoundTrip(CreateInput(entryLocation: .capGrant, entryVisibility: .private,
                                    entry: .capGrant(ZomeCallCapGrant(tag: "g", access: .unrestricted, functions: .all))))
    try zomeIORoundTrip(UpdateInput(originalActionAddress: F.actionHash, entry: F.entry, chainTopOrdering: .relaxed))
    try zomeIORoundTrip(DeleteInput(deletesActionHash: F.actionHash, chainTopOrdering: .relaxed))
    try zomeIORoundTrip(GetOptions.network)
    try zomeIORoundTrip(F.getOptions)
    try zomeIORoundTrip(GetInput(anyDhtHash: AnyDhtHash(F.entryHash)!, getOptions: F.getOptions))
    try zomeIORoundTrip(GetInput(anyDhtHash: AnyDhtHash(F.actionHash)!))
    try zomeIORoundTrip(MustGetValidRecordInput(F.actionHash))
    try zomeIORoundTrip(MustGetEntryInput(F.entryHash))
    try zomeIORoundTrip(MustGetActionInput(F.actionHash))
  }

  @Test func detailsTypes() throws {
    for status in ValidationStatus.allCases { try zomeIORoundTrip(status) }
    for status in EntryDhtStatus.allCases { try zomeIORoundTrip(status) }
    let record = RecordDetails(record: F.record, validationStatus: .rejected, deletes: [F.delete], updates: [F.update])
    try zomeIORoundTrip(record)
    try zomeIORoundTrip(Details.record(record))
    let entry = EntryDetails(entry: F.entry, actions: [F.create], rejectedActions: [F.update], deletes: [F.delete],
                             updates: [F.update, F.update], entryDhtStatus: .dead)
    try zomeIORoundTrip(entry)
    try zomeIORoundTrip(Details.entry(entry))
    try zomeIORoundTrip([Details.entry(entry), nil] as [Details?])
  }

  @Test func linkTypes() throws {
    let filters: [LinkTypeFilter] = [
      .single(zomeIndex: ZomeIndex(1), linkType: LinkType(2)),
      .types([ZomeTypeIndices(zomeIndex: ZomeIndex(0), types: [LinkType(0), LinkType(4)]),
              ZomeTypeIndices(zomeIndex: ZomeIndex(2), types: [])]),
      .dependencies([ZomeIndex(0), ZomeIndex(3)]),
      .dependencies([]),
    ]
    for filter in filters { try zomeIORoundTrip(filter) }
    try zomeIORoundTrip(CreateLinkInput(baseAddress: F.linkable, targetAddress: AnyLinkableHash(ExternalHash.hashing("x"))!,
                                        zomeIndex: ZomeIndex(1), linkType: LinkType(2), tag: F.tag,
                                        chainTopOrdering: .relaxed))
    try zomeIORoundTrip(DeleteLinkInput(address: F.actionHash, chainTopOrdering: .relaxed, getOptions: .local))
    let query = LinkQuery(base: F.linkable, linkType: filters[1], tagPrefix: F.tag, before: F.timestamp,
                          after: Timestamp(microseconds: -5), author: F.otherAgent)
    try zomeIORoundTrip(query)
    try zomeIORoundTrip(LinkQuery(base: F.linkable, linkType: filters[2]))
    let input = GetLinksInput(query: query, getOptions: F.getOptions)
    #expect(input.before == query.before && input.after == query.after && input.tagPrefix == F.tag)
    try zomeIORoundTrip(input)
    try zomeIORoundTrip(GetLinksInput(baseAddress: F.linkable, linkType: filters[0]))
    try zomeIORoundTrip(LinkDetails([CreateLinkWithDeletes(createLink: F.createLink, deletes: [F.deleteLink]),
                                     CreateLinkWithDeletes(createLink: F.createLink)]))
    try zomeIORoundTrip(LinkDetails())
  }

  @Test func activityTypes() throws {
    for request in ActivityRequest.allCases {
      var filter = ChainQueryFilter()
      filter.actionTypes = [.create, .update]
      filter.entryHashes = [F.entryHash]
      filter.sequenceRange = .actionSeqRange(1, 9)
      filter.includeEntries = true
      try zomeIORoundTrip(GetAgentActivityInput(agentPubkey: F.agent, chainQueryFilter: filter,
                                                activityRequest: request, getOptions: F.getOptions))
    }
    let head = ChainStatus.Head(actionSeq: 8, hash: F.actionHash)
    let fork = ChainFork(forkSeq: 4, firstAction: F.actionHash, secondAction: F.otherActionHash)
    for status in [ChainStatus.empty, .valid(head), .forked(fork), .invalid(head), .closed(head)] {
      try zomeIORoundTrip(status)
      try zomeIORoundTrip(AgentActivityStatus(
        validActivity: [ActionSeqAndHash(seq: 1, hash: F.actionHash), ActionSeqAndHash(seq: 2, hash: F.otherActionHash)],
        rejectedActivity: [ActionSeqAndHash(seq: 3, hash: F.actionHash)], status: status,
        highestObserved: HighestObserved(actionSeq: 3, hash: [F.actionHash, F.otherActionHash]),
        warrants: [F.warrant]))
    }
    try zomeIORoundTrip(AgentActivityStatus())
    let limits: [LimitConditions] = [.toGenesis, .take(10), .untilTimestamp(F.timestamp), .untilHash(F.otherActionHash)]
    for limit in limits {
      try zomeIORoundTrip(limit)
      try zomeIORoundTrip(MustGetAgentActivityInput(author: F.otherAgent,
                                                    chainFilter: ChainFilter(chainTop: F.actionHash, limitConditions: limit)))
    }
    try zomeIORoundTrip(F.chainFilter)
    try zomeIORoundTrip([AgentActivity(action: F.create, cachedEntry: F.entry), AgentActivity(action: F.delete)])
  }

  @Test func callAndSignalTypes() throws {
    let targets: [CallTarget] = [
      .networkAgent(F.otherAgent), .conductorCell(.local), .conductorCell(.otherRole("chat")),
      .conductorCell(.otherCell(F.cellId)),
    ]
    for target in targets {
      try zomeIORoundTrip(Call(target: target, zomeName: "posts", fnName: "list", capSecret: F.secret, payload: F.payload))
    }
    try zomeIORoundTrip([Call(target: targets[1], zomeName: "z", fnName: "f", capSecret: nil, payload: .unit)])
    let authorizations: [ZomeCallAuthorization] = [.authorized, .badCapGrant, .badNonce("expired"), .blockedProvenance]
    for authorization in authorizations { try zomeIORoundTrip(authorization) }
    let responses: [ZomeCallResponse] = [
      .ok(F.payload), .authenticationFailed(F.signature, F.agent),
      .unauthorized(.badNonce("replayed"), F.secret, zomeName: "z", fnName: "f"),
      .unauthorized(.badCapGrant, nil, zomeName: "z", fnName: "f"),
      .networkError("timeout"), .countersigningSession("busy"),
    ]
    for response in responses { try zomeIORoundTrip(response) }
    try zomeIORoundTrip(AppSignal(F.payload))
    try zomeIORoundTrip(RemoteSignal(agents: [F.agent, F.otherAgent], signal: F.payload))
  }

  @Test func cryptoTypes() throws {
    try zomeIORoundTrip(Bytes([1, 2, 3, 0xff]))
    try zomeIORoundTrip(Bytes([UInt8](repeating: 0xab, count: 300)))
    try zomeIORoundTrip(Sign(key: F.agent, data: Bytes([4, 5, 6])))
    try zomeIORoundTrip(SignEphemeral([Bytes([1]), Bytes([]), Bytes([2, 3])]))
    try zomeIORoundTrip(EphemeralSignatures(key: F.otherAgent, signatures: [F.signature, F.signature]))
    try zomeIORoundTrip(VerifySignature(key: F.agent, signature: F.signature, data: [7, 8, 9]))
    try zomeIORoundTrip(F.x25519Sender)
    try zomeIORoundTrip(F.nonce)
    try zomeIORoundTrip(F.keyRef)
    try zomeIORoundTrip(XSalsa20Poly1305KeyRef?.none)
    try zomeIORoundTrip(XSalsa20Poly1305Data([1, 2, 3]))
    try zomeIORoundTrip(XSalsa20Poly1305Data?.some(XSalsa20Poly1305Data([])))
    try zomeIORoundTrip(F.encrypted)
    try zomeIORoundTrip(XSalsa20Poly1305Encrypt(keyRef: F.keyRef, data: XSalsa20Poly1305Data([1])))
    try zomeIORoundTrip(XSalsa20Poly1305Decrypt(keyRef: F.keyRef, encryptedData: F.encrypted))
    try zomeIORoundTrip(X25519XSalsa20Poly1305Encrypt(sender: F.x25519Sender, recipient: F.x25519Recipient,
                                                      data: XSalsa20Poly1305Data([2])))
    try zomeIORoundTrip(X25519XSalsa20Poly1305Decrypt(recipient: F.x25519Recipient, sender: F.x25519Sender,
                                                      encryptedData: F.encrypted))
    try zomeIORoundTrip(Ed25519XSalsa20Poly1305Encrypt(sender: F.agent, recipient: F.otherAgent,
                                                       data: XSalsa20Poly1305Data([3])))
    try zomeIORoundTrip(Ed25519XSalsa20Poly1305Decrypt(recipient: F.otherAgent, sender: F.agent, encryptedData: F.encrypted))
    try zomeIORoundTrip(XSalsa20Poly1305SharedSecretExport(sender: F.x25519Sender, recipient: F.x25519Recipient,
                                                           keyRef: F.keyRef))
    try zomeIORoundTrip(XSalsa20Poly1305SharedSecretIngest(recipient: F.x25519Recipient, sender: F.x25519Sender,
                                                           encryptedData: F.encrypted, keyRef: F.keyRef))
    try zomeIORoundTrip(XSalsa20Poly1305SharedSecretIngest(recipient: F.x25519Recipient, sender: F.x25519Sender,
                                                           encryptedData: F.encrypted))
  }

  @Test func cloneCellAndChainTypes() throws {
    let yaml = MsgPackValue.map([
      MsgPackMapEntry(key: .string("room"), value: .string("42")),
      MsgPackMapEntry(key: .string("limits"), value: .array([.uint(1), .int(-2), .bool(true)])),
    ])
    try zomeIORoundTrip(DnaModifiersOpt())
    try zomeIORoundTrip(DnaModifiersOpt(networkSeed: "s", properties: yaml))
    try zomeIORoundTrip(CreateCloneCellInput(cellId: F.cellId, modifiers: DnaModifiersOpt(properties: yaml),
                                             membraneProof: SerializedBytes(encoding: "proof"), name: "room 42"))
    try zomeIORoundTrip(CreateCloneCellInput(cellId: F.cellId, modifiers: DnaModifiersOpt(networkSeed: "x")))
    try zomeIORoundTrip(ClonedCell(cellId: F.cellId, cloneId: "chat.0", originalDnaHash: DnaHash.hashing("original"),
                                   dnaModifiers: F.modifiers, name: "chat", enabled: true))
    for id in [CloneCellId.cloneId("chat.3"), .dnaHash(F.dnaHash)] {
      try zomeIORoundTrip(id)
      try zomeIORoundTrip(DisableCloneCellInput(cloneCellId: id))
      try zomeIORoundTrip(EnableCloneCellInput(cloneCellId: id))
      try zomeIORoundTrip(DeleteCloneCellInput(cloneCellId: id))
    }
    try zomeIORoundTrip(CloseChainInput(newTarget: nil))
    try zomeIORoundTrip(CloseChainInput(newTarget: .dna(F.dnaHash)))
    try zomeIORoundTrip(CloseChainInput(newTarget: .agent(F.otherAgent)))
    try zomeIORoundTrip(OpenChainInput(prevTarget: .dna(F.dnaHash), closeHash: F.actionHash))
    try zomeIORoundTrip(InitProperties(SerializedBytes(encoding: "signed summary")))
    try zomeIORoundTrip(InitProperties?.none)
    try zomeIORoundTrip(GetValidationReceiptsInput(actionHash: F.actionHash))
    try zomeIORoundTrip([ValidationReceiptSet(
      opHash: DhtOpHash.hashing("op"), opType: "CreateRecord", receiptsComplete: true,
      receipts: [ValidationReceiptInfo(validationStatus: .valid, validators: [F.agent, F.otherAgent]),
                 ValidationReceiptInfo(validationStatus: .abandoned, validators: [])])])
  }

  @Test func validationTypes() throws {
    let ops: [Op] = [
      .createRecord(.init(record: F.record)),
      .createRecord(.init(record: Record(signedAction: F.delete, entry: .notApplicable))),
      .createEntry(.init(action: F.create, entry: F.entry)),
      .update(.init(update: F.update, newEntry: F.entry)),
      .update(.init(update: F.update, newEntry: nil)),
      .delete(.init(delete: F.delete)),
      .agentActivity(AgentActivity(action: F.create, cachedEntry: F.entry)),
      .agentActivity(AgentActivity(action: F.deleteLink)),
      .createLink(.init(createLink: F.createLink)),
      .deleteLink(.init(deleteLink: F.deleteLink, createLink: F.createLinkAction)),
    ]
    for op in ops { try zomeIORoundTrip(op) }
    let dependencies: [UnresolvedDependencies] = [
      .hashes([AnyDhtHash(F.entryHash)!, AnyDhtHash(F.actionHash)!]), .agentActivity(F.otherAgent, F.chainFilter),
    ]
    for dependency in dependencies {
      try zomeIORoundTrip(ValidateCallbackResult.unresolvedDependencies(dependency))
      try zomeIORoundTrip(InitCallbackResult.unresolvedDependencies(dependency))
    }
    try zomeIORoundTrip(ValidateCallbackResult.valid)
    try zomeIORoundTrip(ValidateCallbackResult.invalid("a post needs a title"))
    try zomeIORoundTrip(InitCallbackResult.pass)
    try zomeIORoundTrip(InitCallbackResult.fail("no"))
    try zomeIORoundTrip(EntryDefsCallbackResult.defs([EntryDef(id: .app("post")), EntryDef(id: .capClaim)]))
    try zomeIORoundTrip(EntryDefsCallbackResult.defs([]))
    let info = DnaInfoV1(name: "d", hash: F.dnaHash, properties: .unit, zomeNames: ["z"])
    try zomeIORoundTrip(GenesisSelfCheckDataV1(dnaInfo: info, membraneProof: SerializedBytes(encoding: "m"), agentKey: F.agent))
    try zomeIORoundTrip(GenesisSelfCheckDataV2(membraneProof: nil, agentKey: F.agent))
    try zomeIORoundTrip(GenesisSelfCheckData(membraneProof: SerializedBytes(encoding: 1), agentKey: F.otherAgent))
  }
}
