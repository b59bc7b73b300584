import HoloCore
import Testing

/// The exact bytes of host-function inputs and outputs: map keys in Rust declaration order, enums tagged as
/// their serde attributes say, byte buffers as `bin`, newtypes transparent, tuples as arrays.
@Suite struct ZomeIOWireShapeTests {
  typealias F = ZomeIOFixtures

  /// The keys of the top-level map in `bytes`, in order.
  func keys(_ bytes: [UInt8]) throws -> [String] {
    guard case .map(let entries) = try MsgPackValue(msgpack: bytes) else { return [] }
    return entries.map { entry in
      if case .string(let key) = entry.key { return key }
      return "?"
    }
  }

  let nilByte: [UInt8] = [0xc0]

  @Test func traceMsgIsAMapOfMsgAndUpperCaseLevel() throws {
    let message = TraceMsg(msg: "hi", level: .info)
    #expect(message.msgpackBytes() == hex("82 a36d7367 a26869 a56c6576656c a4494e464f"))
    #expect(TraceMsg.Level.allCases.map { $0.msgpackBytes() } == ["ERROR", "WARN", "INFO", "DEBUG", "TRACE"].map(str))
  }

  @Test func unitOnlyEnumsAreBareVariantNames() throws {
    #expect(ChainTopOrdering.strict.msgpackBytes() == str("Strict"))
    #expect(ChainTopOrdering.relaxed.msgpackBytes() == str("Relaxed"))
    #expect(GetStrategy.local.msgpackBytes() == str("Local"))
    #expect(ValidationStatus.rejected.msgpackBytes() == str("Rejected"))
    #expect(EntryDhtStatus.live.msgpackBytes() == str("Live"))
    #expect(ActivityRequest.full.msgpackBytes() == str("Full"))
    // serde also accepts a unit variant in map form.
    #expect(try ChainTopOrdering(msgpack: [0x81] + str("Relaxed") + nilByte) == .relaxed)
    #expect(throws: MsgPackError.unknownVariant(type: "ChainTopOrdering", variant: "Loose")) {
      try ChainTopOrdering(msgpack: str("Loose"))
    }
  }

  @Test func getOptionsWritesEveryOptionEvenWhenNil() throws {
    #expect(GetOptions.network.msgpackBytes() == zomeIOMap([
      ("strategy", str("Network")), ("remote_agent_count", nilByte), ("timeout_ms", nilByte), ("as_race", nilByte),
    ]))
    #expect(F.getOptions.msgpackBytes() == zomeIOMap([
      ("strategy", str("Local")), ("remote_agent_count", [0x03]), ("timeout_ms", hex("ce00011170")),
      ("as_race", [0xc2]),
    ]))
    // Missing options decode as `None`, unknown keys are skipped, as serde does.
    let sparse = zomeIOMap([("future_option", [0x01]), ("strategy", str("Local"))])
    #expect(try GetOptions(msgpack: sparse) == .local)
  }

  @Test func createInputTagsItsEntryLocationExternally() throws {
    let input = CreateInput(entryLocation: .app(zomeIndex: 2, entryDefIndex: 5), entryVisibility: .private,
                            entry: F.entry, chainTopOrdering: .relaxed)
    let location = [0x81] + str("App") + zomeIOMap([("zome_index", [0x02]), ("entry_def_index", [0x05])])
    #expect(input.msgpackBytes() == zomeIOMap([
      ("entry_location", location), ("entry_visibility", str("Private")), ("entry", F.entry.msgpackBytes()),
      ("chain_top_ordering", str("Relaxed")),
    ]))
    #expect(EntryDefLocation.capGrant.msgpackBytes() == str("CapGrant"))
    #expect(EntryDefLocation.capClaim.msgpackBytes() == str("CapClaim"))
  }

  @Test func structKeysFollowRustDeclarationOrder() throws {
    let head = ChainPosition(hash: F.actionHash, seq: 1, timestamp: F.timestamp)
    let cases: [([UInt8], [String])] = [
      (UpdateInput(originalActionAddress: F.actionHash, entry: F.entry).msgpackBytes(),
       ["original_action_address", "entry", "chain_top_ordering"]),
      (DeleteInput(deletesActionHash: F.actionHash).msgpackBytes(), ["deletes_action_hash", "chain_top_ordering"]),
      (GetInput(anyDhtHash: AnyDhtHash(F.actionHash)!).msgpackBytes(), ["any_dht_hash", "get_options"]),
      (CallInfo(provenance: F.agent, functionName: "f", asAt: head, capGrant: .chainAuthor(F.agent)).msgpackBytes(),
       ["provenance", "function_name", "as_at", "cap_grant"]),
      (DnaInfoV1(name: "n", hash: F.dnaHash, properties: .unit, zomeNames: []).msgpackBytes(),
       ["name", "hash", "properties", "zome_names"]),
      (DnaInfoV2(name: "n", hash: F.dnaHash, modifiers: F.modifiers, zomeNames: []).msgpackBytes(),
       ["name", "hash", "modifiers", "zome_names"]),
      (ZomeInfo(name: "z", id: ZomeIndex(0), properties: .unit, entryDefs: [], externFns: [],
                zomeTypes: ScopedZomeTypesSet()).msgpackBytes(),
       ["name", "id", "properties", "entry_defs", "extern_fns", "zome_types"]),
      (EntryDef(id: .capGrant).msgpackBytes(), ["id", "visibility", "required_validations", "cache_at_agent_activity"]),
      (GetLinksInput(baseAddress: F.linkable, linkType: .dependencies([])).msgpackBytes(),
       ["base_address", "link_type", "get_options", "tag_prefix", "after", "before", "author"]),
      (LinkQuery(base: F.linkable, linkType: .dependencies([])).msgpackBytes(),
       ["base", "link_type", "tag_prefix", "before", "after", "author"]),
      (DeleteLinkInput(address: F.actionHash).msgpackBytes(), ["address", "chain_top_ordering", "get_options"]),
      (CreateLinkInput(baseAddress: F.linkable, targetAddress: F.linkable, zomeIndex: ZomeIndex(0), linkType: LinkType(0),
                       tag: F.tag).msgpackBytes(),
       ["base_address", "target_address", "zome_index", "link_type", "tag", "chain_top_ordering"]),
      (GetAgentActivityInput(agentPubkey: F.agent, activityRequest: .status).msgpackBytes(),
       ["agent_pubkey", "chain_query_filter", "activity_request", "get_options"]),
      (AgentActivityStatus().msgpackBytes(),
       ["valid_activity", "rejected_activity", "status", "highest_observed", "warrants"]),
      (ChainFork(forkSeq: 1, firstAction: F.actionHash, secondAction: F.actionHash).msgpackBytes(),
       ["fork_seq", "first_action", "second_action"]),
      (Call(target: .conductorCell(.local), zomeName: "z", fnName: "f", capSecret: nil, payload: .unit).msgpackBytes(),
       ["target", "zome_name", "fn_name", "cap_secret", "payload"]),
      (RemoteSignal(agents: [], signal: .unit).msgpackBytes(), ["agents", "signal"]),
      (XSalsa20Poly1305SharedSecretIngest(recipient: F.x25519Recipient, sender: F.x25519Sender,
                                          encryptedData: F.encrypted).msgpackBytes(),
       ["recipient", "sender", "encrypted_data", "key_ref"]),
      (XSalsa20Poly1305SharedSecretExport(sender: F.x25519Sender, recipient: F.x25519Recipient, keyRef: F.keyRef)
        .msgpackBytes(), ["sender", "recipient", "key_ref"]),
      (X25519XSalsa20Poly1305Encrypt(sender: F.x25519Sender, recipient: F.x25519Recipient,
                                     data: XSalsa20Poly1305Data([])).msgpackBytes(), ["sender", "recipient", "data"]),
      (Ed25519XSalsa20Poly1305Decrypt(recipient: F.agent, sender: F.agent, encryptedData: F.encrypted).msgpackBytes(),
       ["recipient", "sender", "encrypted_data"]),
      (CreateCloneCellInput(cellId: F.cellId, modifiers: DnaModifiersOpt()).msgpackBytes(),
       ["cell_id", "modifiers", "membrane_proof", "name"]),
      (ClonedCell(cellId: F.cellId, cloneId: "c.0", originalDnaHash: F.dnaHash, dnaModifiers: F.modifiers, name: "c",
                  enabled: false).msgpackBytes(),
       ["cell_id", "clone_id", "original_dna_hash", "dna_modifiers", "name", "enabled"]),
      (ValidationReceiptSet(opHash: DhtOpHash.hashing("o"), opType: "t", receiptsComplete: false, receipts: [])
        .msgpackBytes(), ["op_hash", "op_type", "receipts_complete", "receipts"]),
      (EntryDetails(entry: F.entry, actions: [], entryDhtStatus: .live).msgpackBytes(),
       ["entry", "actions", "rejected_actions", "deletes", "updates", "entry_dht_status"]),
      (RecordDetails(record: F.record, validationStatus: .valid).msgpackBytes(),
       ["record", "validation_status", "deletes", "updates"]),
      (GenesisSelfCheckDataV1(dnaInfo: DnaInfoV1(name: "n", hash: F.dnaHash, properties: .unit, zomeNames: []),
                              membraneProof: nil, agentKey: F.agent).msgpackBytes(),
       ["dna_info", "membrane_proof", "agent_key"]),
    ]
    for (bytes, expected) in cases { #expect(try keys(bytes) == expected) }
  }

  @Test func detailsAreAdjacentlyTaggedWithTypeAndContent() throws {
    let record = RecordDetails(record: F.record, validationStatus: .valid, deletes: [F.delete], updates: [])
    let recordBytes = zomeIOMap([
      ("record", F.record.msgpackBytes()), ("validation_status", str("Valid")),
      ("deletes", [0x91] + F.delete.msgpackBytes()), ("updates", [0x90]),
    ])
    #expect(record.msgpackBytes() == recordBytes)
    #expect(Details.record(record).msgpackBytes() == zomeIOMap([("type", str("Record")), ("content", recordBytes)]))
    // The content may come before the tag.
    #expect(try Details(msgpack: zomeIOMap([("content", recordBytes), ("type", str("Record"))])) == .record(record))
  }

  @Test func cloneCellIdIsAdjacentlyTaggedInSnakeCase() throws {
    #expect(CloneCellId.cloneId("chat.0").msgpackBytes() == zomeIOMap([("type", str("clone_id")), ("value", str("chat.0"))]))
    #expect(CloneCellId.dnaHash(F.dnaHash).msgpackBytes()
      == zomeIOMap([("type", str("dna_hash")), ("value", F.dnaHash.msgpackBytes())]))
  }

  @Test func zomeCallResponseTupleVariantsAreArrays() throws {
    #expect(ZomeCallResponse.ok(F.payload).msgpackBytes() == [0x81] + str("Ok") + F.payload.msgpackBytes())
    #expect(ZomeCallResponse.authenticationFailed(F.signature, F.agent).msgpackBytes()
      == [0x81] + str("AuthenticationFailed") + [0x92] + F.signature.msgpackBytes() + F.agent.msgpackBytes())
    #expect(ZomeCallResponse.unauthorized(.badCapGrant, nil, zomeName: "z", fnName: "f").msgpackBytes()
      == [0x81] + str("Unauthorized") + [0x94] + str("BadCapGrant") + nilByte + str("z") + str("f"))
    #expect(ZomeCallAuthorization.badNonce("old").msgpackBytes() == [0x81] + str("BadNonce") + str("old"))
    #expect(ZomeCallResponse.networkError("down").msgpackBytes() == [0x81] + str("NetworkError") + str("down"))
  }

  @Test func callTargetsNestExternallyTaggedEnums() throws {
    let call = Call(target: .conductorCell(.otherRole("chat")), zomeName: "z", fnName: "f", capSecret: F.secret,
                    payload: F.payload)
    #expect(call.msgpackBytes() == zomeIOMap([
      ("target", [0x81] + str("ConductorCell") + [0x81] + str("OtherRole") + str("chat")),
      ("zome_name", str("z")), ("fn_name", str("f")), ("cap_secret", F.secret.msgpackBytes()),
      ("payload", F.payload.msgpackBytes()),
    ]))
    #expect(CallTarget.conductorCell(.local).msgpackBytes() == [0x81] + str("ConductorCell") + str("Local"))
    #expect(CallTarget.networkAgent(F.agent).msgpackBytes() == [0x81] + str("NetworkAgent") + F.agent.msgpackBytes())
  }

  @Test func chainHeadsAreThreeArrays() throws {
    let info = AgentInfo(agentInitialPubkey: F.agent, chainHead: ChainPosition(hash: F.actionHash, seq: 12, timestamp: F.timestamp))
    #expect(info.msgpackBytes() == zomeIOMap([
      ("agent_initial_pubkey", F.agent.msgpackBytes()),
      ("chain_head", [0x93] + F.actionHash.msgpackBytes() + [0x0c] + hex("cf00060a2418202240")),
    ]))
  }

  @Test func scopedZomeTypesAreBareArraysOfPairs() throws {
    let types = ScopedZomeTypesSet(
      entries: ScopedZomeTypes([ZomeTypeIndices(zomeIndex: ZomeIndex(0), types: [EntryDefIndex(0), EntryDefIndex(1)])]),
      links: ScopedZomeTypes())
    #expect(types.msgpackBytes() == zomeIOMap([("entries", [0x91, 0x92, 0x00, 0x92, 0x00, 0x01]), ("links", [0x90])]))
    #expect(types.entries.get(zomeDependency: 0, typeIndex: 1)?.type == EntryDefIndex(1))
    #expect(types.entries.get(zomeDependency: 1, typeIndex: 0) == nil)
    #expect(EntryDefId.app("post").msgpackBytes() == [0x81] + str("App") + str("post"))
    #expect(EntryDefsCallbackResult.defs([EntryDef(id: .app("post"))]).msgpackBytes()
      == [0x81] + str("Defs") + [0x91] + zomeIOMap([
        ("id", [0x81] + str("App") + str("post")), ("visibility", str("Public")), ("required_validations", [0x05]),
        ("cache_at_agent_activity", [0xc2]),
      ]))
  }

  @Test func linkTypeFiltersAndLinkDetails() throws {
    #expect(LinkTypeFilter.single(zomeIndex: ZomeIndex(1), linkType: LinkType(2)).msgpackBytes()
      == [0x81] + str("Types") + [0x91, 0x92, 0x01, 0x91, 0x02])
    #expect(LinkTypeFilter.dependencies([ZomeIndex(0), ZomeIndex(3)]).msgpackBytes()
      == [0x81] + str("Dependencies") + [0x92, 0x00, 0x03])
    #expect(LinkTypeFilter.single(zomeIndex: ZomeIndex(1), linkType: LinkType(2)).contains(zomeIndex: ZomeIndex(1), linkType: LinkType(2)))
    #expect(!LinkTypeFilter.dependencies([ZomeIndex(0)]).contains(zomeIndex: ZomeIndex(1), linkType: LinkType(0)))
    let details = LinkDetails([CreateLinkWithDeletes(createLink: F.createLink, deletes: [F.deleteLink])])
    #expect(details.msgpackBytes() == [0x91, 0x92] + F.createLink.msgpackBytes() + [0x91] + F.deleteLink.msgpackBytes())
  }

  @Test func byteBuffersAreBinAndNewtypesAreTransparent() throws {
    #expect(Bytes([1, 2]).msgpackBytes() == [0xc4, 0x02, 0x01, 0x02])
    #expect(Sign(key: F.agent, data: Bytes([4, 5, 6])).msgpackBytes()
      == zomeIOMap([("key", F.agent.msgpackBytes()), ("data", [0xc4, 0x03, 0x04, 0x05, 0x06])]))
    #expect(SignEphemeral([Bytes([1]), Bytes([])]).msgpackBytes() == [0x92, 0xc4, 0x01, 0x01, 0xc4, 0x00])
    #expect(VerifySignature(key: F.agent, signature: F.signature, data: [9]).msgpackBytes()
      == zomeIOMap([("key", F.agent.msgpackBytes()), ("signature", F.signature.msgpackBytes()), ("data", [0xc4, 0x01, 0x09])]))
    #expect(F.x25519Sender.msgpackBytes() == [0xc4, 0x20] + [UInt8](repeating: 3, count: 32))
    #expect(F.keyRef.msgpackBytes() == [0xc4, 0x03, 0x6b, 0x65, 0x79])
    #expect(F.encrypted.msgpackBytes() == zomeIOMap([
      ("nonce", [0xc4, 0x18] + [UInt8](repeating: 5, count: 24)), ("encrypted_data", [0xc4, 0x05, 9, 8, 7, 6, 5]),
    ]))
    #expect(XSalsa20Poly1305Data([7]).msgpackBytes() == [0xc4, 0x01, 0x07])
    #expect(AppSignal(F.payload).msgpackBytes() == F.payload.msgpackBytes())
    #expect(InitProperties(F.payload).msgpackBytes() == F.payload.msgpackBytes())
    #expect(MustGetEntryInput(F.entryHash).msgpackBytes() == F.entryHash.msgpackBytes())
    #expect(MustGetActionInput(F.actionHash).msgpackBytes() == F.actionHash.msgpackBytes())
    #expect(MustGetValidRecordInput(F.actionHash).msgpackBytes() == F.actionHash.msgpackBytes())
    // Byte fields also accept an array of small integers, as serde_bytes does.
    #expect(try Bytes(msgpack: [0x92, 0x01, 0x02]) == Bytes([1, 2]))
    // A wrong-length key is refused.
    #expect(throws: MsgPackError.self) { try X25519PubKey(msgpack: [0xc4, 0x01, 0x00]) }
  }

  @Test func activityStatusAndChainFilters() throws {
    let head = ChainStatus.Head(actionSeq: 8, hash: F.actionHash)
    #expect(ChainStatus.empty.msgpackBytes() == str("Empty"))
    #expect(ChainStatus.valid(head).msgpackBytes()
      == [0x81] + str("Valid") + zomeIOMap([("action_seq", [0x08]), ("hash", F.actionHash.msgpackBytes())]))
    let status = AgentActivityStatus(validActivity: [ActionSeqAndHash(seq: 1, hash: F.actionHash)], status: .empty)
    #expect(status.msgpackBytes() == zomeIOMap([
      ("valid_activity", [0x91, 0x92, 0x01] + F.actionHash.msgpackBytes()), ("rejected_activity", [0x90]),
      ("status", str("Empty")), ("highest_observed", nilByte), ("warrants", [0x90]),
    ]))
    let filterBytes = zomeIOMap([
      ("chain_top", F.actionHash.msgpackBytes()), ("limit_conditions", [0x81] + str("Take") + [0x03]),
      ("include_cached_entries", [0xc3]),
    ])
    #expect(F.chainFilter.msgpackBytes() == filterBytes)
    #expect(LimitConditions.toGenesis.msgpackBytes() == str("ToGenesis"))
    #expect(MustGetAgentActivityInput(author: F.agent, chainFilter: F.chainFilter).msgpackBytes()
      == zomeIOMap([("author", F.agent.msgpackBytes()), ("chain_filter", filterBytes)]))
    #expect(ValidateCallbackResult.unresolvedDependencies(.agentActivity(F.agent, F.chainFilter)).msgpackBytes()
      == [0x81] + str("UnresolvedDependencies") + [0x81] + str("AgentActivity") + [0x92] + F.agent.msgpackBytes()
      + filterBytes)
  }

  @Test func callbackResultsAndOps() throws {
    #expect(ValidateCallbackResult.valid.msgpackBytes() == str("Valid"))
    #expect(ValidateCallbackResult.invalid("no").msgpackBytes() == [0x81] + str("Invalid") + str("no"))
    #expect(InitCallbackResult.pass.msgpackBytes() == str("Pass"))
    #expect(InitCallbackResult.fail("no").msgpackBytes() == [0x81] + str("Fail") + str("no"))
    #expect(UnresolvedDependencies.hashes([AnyDhtHash(F.entryHash)!]).msgpackBytes()
      == [0x81] + str("Hashes") + [0x91] + F.entryHash.msgpackBytes())
    #expect(Op.createLink(.init(createLink: F.createLink)).msgpackBytes()
      == [0x81] + str("CreateLink") + zomeIOMap([("create_link", F.createLink.msgpackBytes())]))
    #expect(Op.update(.init(update: F.update, newEntry: nil)).msgpackBytes()
      == [0x81] + str("Update") + zomeIOMap([("update", F.update.msgpackBytes()), ("new_entry", nilByte)]))
    #expect(Op.deleteLink(.init(deleteLink: F.deleteLink, createLink: F.createLinkAction)).msgpackBytes()
      == [0x81] + str("DeleteLink") + zomeIOMap([
        ("delete_link", F.deleteLink.msgpackBytes()), ("create_link", F.createLinkAction.msgpackBytes()),
      ]))
    let op = Op.agentActivity(AgentActivity(action: F.deleteLink))
    #expect(op.msgpackBytes() == [0x81] + str("AgentActivity") + zomeIOMap([
      ("action", F.deleteLink.msgpackBytes()), ("cached_entry", nilByte),
    ]))
    #expect(op.actionType == .deleteLink && op.actionSeq == 7 && op.author == F.agent && op.timestamp == F.timestamp)
    #expect(op.actionHash == F.deleteLink.hash && op.prevAction == F.otherActionHash)
  }

  @Test func schedulesAreExternallyTaggedWithSerdeDurations() throws {
    #expect(Schedule.persisted("0 0 3 * * * *").msgpackBytes() == [0x81] + str("Persisted") + str("0 0 3 * * * *"))
    #expect(Schedule.ephemeral(secs: 30, nanos: 5).msgpackBytes()
      == [0x81] + str("Ephemeral") + zomeIOMap([("secs", [0x1e]), ("nanos", [0x05])]))
    // Whole seconds in `nanos` carry into `secs`, as `Duration::new` does.
    #expect(try Schedule(msgpack: [0x81] + str("Ephemeral") + zomeIOMap([("secs", [0x01]), ("nanos", hex("ce77359405"))]))
      == .ephemeral(secs: 3, nanos: 5))
    try zomeIORoundTrip(Schedule?.some(.ephemeral(secs: 1 << 40, nanos: 999_999_999)))
    try zomeIORoundTrip(Schedule?.none)
  }

  @Test func structsDecodeLikeSerde() throws {
    // Positional arrays are accepted for structs.
    #expect(try TraceMsg(msgpack: [0x92] + str("hi") + str("WARN")) == TraceMsg(msg: "hi", level: .warn))
    // A missing required field names the type and the field.
    #expect(throws: MsgPackError.missingField(type: "TraceMsg", field: "level")) {
      try TraceMsg(msgpack: zomeIOMap([("msg", str("hi"))]))
    }
    // A missing `Option` field is `None`.
    let input = try GetLinksInput(msgpack: zomeIOMap([
      ("base_address", F.linkable.msgpackBytes()), ("link_type", LinkTypeFilter.dependencies([]).msgpackBytes()),
      ("get_options", GetOptions.network.msgpackBytes()),
    ]))
    #expect(input == GetLinksInput(baseAddress: F.linkable, linkType: .dependencies([])))
    // Tuples must have their exact length.
    #expect(throws: MsgPackError.self) { try ChainPosition(msgpack: [0x92] + F.actionHash.msgpackBytes() + [0x01]) }
    #expect(throws: MsgPackError.unknownVariant(type: "Op", variant: "StoreRecord")) {
      try Op(msgpack: [0x81] + str("StoreRecord") + [0x80])
    }
  }
}
