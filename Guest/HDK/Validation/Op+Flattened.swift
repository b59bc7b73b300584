// Flattening an `Op` into a `FlatOp`, as hdi's `OpHelper::flattened` does: app entry and link types are looked
// up in `zome_info().zome_types` (fetched at most once, and only when the op needs it); types of other zomes
// are refused as Holochain does; app entries are checked to be app entries but decoded only on demand.

extension Op {
  /// This op flattened, with types mapped to this zome's `ET` and `LT` (calls `zome_info` when needed).
  ///
  /// ```swift
  /// switch try op.flattened(EntryTypes.self, LinkTypes.self) {
  /// case .createEntry(.createEntry(let entry, _)): return validate(try entry.decode(Note.self))
  /// default: return .valid
  /// }
  /// ```
  public func flattened<ET: ZomeEntryTypes, LT: ZomeLinkTypes>(_: ET.Type, _: LT.Type) throws(WasmError) -> FlatOp<ET, LT> {
    var scope = LazyZomeTypes(nil)
    return try flatten(&scope)
  }

  /// This op flattened against `types` (for tests, or a zome that already has its `zome_info`).
  public func flattened<ET: ZomeEntryTypes, LT: ZomeLinkTypes>(
    _: ET.Type, _: LT.Type, in types: ScopedZomeTypesSet
  ) throws(WasmError) -> FlatOp<ET, LT> {
    var scope = LazyZomeTypes(types)
    return try flatten(&scope)
  }

  private func flatten<ET: ZomeEntryTypes, LT: ZomeLinkTypes>(_ scope: inout LazyZomeTypes) throws(WasmError) -> FlatOp<ET, LT> {
    switch self {
    case .createRecord(let op):
      return .createRecord(try flattenRecord(op.record, &scope))

    case .createEntry(let op):
      let action = op.action.content
      switch action.data {
      case .create(let data):
        let typed = TypedAction(header: action.header, data: data)
        switch data.entryType {
        case .agentPubKey: return .createEntry(.createAgent(agent: agentKey(data.entryHash), action: typed))
        case .app(let def):
          return .createEntry(.createEntry(entry: try storedAppEntry(def, op.entry, &scope), action: typed))
        case .capClaim: return .createEntry(.createCapClaim(claim: try capClaim(op.entry), action: typed))
        case .capGrant: return .createEntry(.createCapGrant(grant: try capGrant(op.entry), action: typed))
        }
      case .update(let data):
        let typed = TypedAction(header: action.header, data: data)
        switch data.entryType {
        case .agentPubKey:
          return .createEntry(
            .updateAgent(
              originalKey: agentKey(data.originalEntryAddress), newKey: agentKey(data.entryHash), action: typed))
        case .app(let def):
          return .createEntry(.updateEntry(entry: try storedAppEntry(def, op.entry, &scope), action: typed))
        case .capClaim: return .createEntry(.updateCapClaim(claim: try capClaim(op.entry), action: typed))
        case .capGrant: return .createEntry(.updateCapGrant(grant: try capGrant(op.entry), action: typed))
        }
      default:
        throw .guest("CreateEntry op carried a non-entry-creation action: \(action.actionType.name)")
      }

    case .update(let op):
      let action = op.update.content
      guard case .update(let data) = action.data else {
        throw .guest("Update op carried a non-Update action: \(action.actionType.name)")
      }
      let typed = TypedAction(header: action.header, data: data)
      switch data.entryType {
      case .agentPubKey:
        return .update(
          .agent(originalKey: agentKey(data.originalEntryAddress), newKey: agentKey(data.entryHash), action: typed))
      case .app(let def):
        switch try recordAppEntry(def, op.newEntry, ET.self, &scope) {
        case .entry(let entry): return .update(.entry(entry: entry, action: typed))
        case .privateType(let type): return .update(.privateEntry(type: type, action: typed))
        }
      case .capClaim: return .update(.capClaim(action: typed))
      case .capGrant: return .update(.capGrant(action: typed))
      }

    case .delete(let op):
      let action = op.delete.content
      guard case .delete(let data) = action.data else {
        throw .guest("Delete op carried a non-Delete action: \(action.actionType.name)")
      }
      return .delete(OpDelete(action: TypedAction(header: action.header, data: data)))

    case .agentActivity(let op):
      return .agentActivity(try flattenActivity(op.action.content, &scope))

    case .createLink(let op):
      let action = op.createLink.content
      guard case .createLink(let data) = action.data else {
        throw .guest("CreateLink op carried a non-CreateLink action: \(action.actionType.name)")
      }
      let type: LT = try inScopeLinkType(data, &scope)
      return .link(.createLink(type: type, action: TypedAction(header: action.header, data: data)))

    case .deleteLink(let op):
      let action = op.deleteLink.content
      guard case .deleteLink(let deleteData) = action.data else {
        throw .guest("DeleteLink op carried a non-DeleteLink action: \(action.actionType.name)")
      }
      guard case .createLink(let createData) = op.createLink.data else {
        throw .guest("DeleteLink referenced a non-CreateLink original action: \(op.createLink.actionType.name)")
      }
      let type: LT = try inScopeLinkType(createData, &scope)
      return .link(
        .deleteLink(
          originalAction: TypedAction(header: op.createLink.header, data: createData), type: type,
          action: TypedAction(header: action.header, data: deleteData)))
    }
  }
}

private func flattenRecord<ET: ZomeEntryTypes, LT: ZomeLinkTypes>(
  _ record: Record, _ scope: inout LazyZomeTypes
) throws(WasmError) -> OpRecord<ET, LT> {
  let action = record.action
  let header = action.header
  switch action.data {
  case .dna(let data): return .dna(action: TypedAction(header: header, data: data))
  case .agentValidationPkg(let data): return .agentValidationPkg(action: TypedAction(header: header, data: data))
  case .initZomesComplete(let data): return .initZomesComplete(action: TypedAction(header: header, data: data))
  case .openChain(let data): return .openChain(action: TypedAction(header: header, data: data))
  case .closeChain(let data): return .closeChain(action: TypedAction(header: header, data: data))
  case .createLink(let data):
    let type: LT = try inScopeLinkType(data, &scope)
    return .createLink(type: type, action: TypedAction(header: header, data: data))
  case .deleteLink(let data): return .deleteLink(action: TypedAction(header: header, data: data))
  case .delete(let data): return .deleteEntry(action: TypedAction(header: header, data: data))
  case .create(let data):
    let typed = TypedAction(header: header, data: data)
    switch data.entryType {
    case .agentPubKey: return .createAgent(agent: agentKey(data.entryHash), action: typed)
    case .app(let def):
      switch try recordAppEntry(def, record.entry.entry, ET.self, &scope) {
      case .entry(let entry): return .createEntry(entry: entry, action: typed)
      case .privateType(let type): return .createPrivateEntry(type: type, action: typed)
      }
    case .capClaim: return .createCapClaim(action: typed)
    case .capGrant: return .createCapGrant(action: typed)
    }
  case .update(let data):
    let typed = TypedAction(header: header, data: data)
    switch data.entryType {
    case .agentPubKey:
      return .updateAgent(
        originalKey: agentKey(data.originalEntryAddress), newKey: agentKey(data.entryHash), action: typed)
    case .app(let def):
      switch try recordAppEntry(def, record.entry.entry, ET.self, &scope) {
      case .entry(let entry): return .updateEntry(entry: entry, action: typed)
      case .privateType(let type): return .updatePrivateEntry(type: type, action: typed)
      }
    case .capClaim: return .updateCapClaim(action: typed)
    case .capGrant: return .updateCapGrant(action: typed)
    }
  }
}

private func flattenActivity<ET: ZomeEntryTypes, LT: ZomeLinkTypes>(
  _ action: Action, _ scope: inout LazyZomeTypes
) throws(WasmError) -> OpActivity<ET, LT> {
  let header = action.header
  switch action.data {
  case .dna(let data): return .dna(action: TypedAction(header: header, data: data))
  case .agentValidationPkg(let data): return .agentValidationPkg(action: TypedAction(header: header, data: data))
  case .initZomesComplete(let data): return .initZomesComplete(action: TypedAction(header: header, data: data))
  case .openChain(let data): return .openChain(action: TypedAction(header: header, data: data))
  case .closeChain(let data): return .closeChain(action: TypedAction(header: header, data: data))
  case .createLink(let data):
    let type: LT? = try linkType(data, &scope)
    return .createLink(type: type, action: TypedAction(header: header, data: data))
  case .deleteLink(let data): return .deleteLink(action: TypedAction(header: header, data: data))
  case .delete(let data): return .deleteEntry(action: TypedAction(header: header, data: data))
  case .create(let data):
    let typed = TypedAction(header: header, data: data)
    switch data.entryType {
    case .agentPubKey: return .createAgent(agent: agentKey(data.entryHash), action: typed)
    case .app(let def):
      let type: ET? = try entryType(def, &scope)
      return def.visibility == .public
        ? .createEntry(type: type, action: typed) : .createPrivateEntry(type: type, action: typed)
    case .capClaim: return .createCapClaim(action: typed)
    case .capGrant: return .createCapGrant(action: typed)
    }
  case .update(let data):
    let typed = TypedAction(header: header, data: data)
    switch data.entryType {
    case .agentPubKey:
      return .updateAgent(
        originalKey: agentKey(data.originalEntryAddress), newKey: agentKey(data.entryHash), action: typed)
    case .app(let def):
      let type: ET? = try entryType(def, &scope)
      return def.visibility == .public
        ? .updateEntry(type: type, action: typed) : .updatePrivateEntry(type: type, action: typed)
    case .capClaim: return .updateCapClaim(action: typed)
    case .capGrant: return .updateCapGrant(action: typed)
    }
  }
}

/// `zome_info().zome_types`, fetched on first use.
private struct LazyZomeTypes {
  private var types: ScopedZomeTypesSet?

  init(_ types: ScopedZomeTypesSet?) { self.types = types }

  mutating func get() throws(WasmError) -> ScopedZomeTypesSet {
    if let types { return types }
    let fetched = try zomeInfo().zomeTypes
    types = fetched
    return fetched
  }
}

/// What a record authority sees of an app entry: the entry, or only the type of a private one.
private enum RecordAppEntry<ET: ZomeEntryTypes> {
  case entry(AppEntryValue<ET>)
  case privateType(ET)
}

/// This zome's entry type for `def`; `nil` for another zome's; an error when the zome is this one but the index
/// is out of range (hdi's `get_unit_entry_type`).
private func entryType<ET: ZomeEntryTypes>(_ def: AppEntryDef, _ scope: inout LazyZomeTypes) throws(WasmError) -> ET? {
  let types = try scope.get()
  if let type = ET(ScopedEntryDefIndex(zomeIndex: def.zomeIndex, zomeType: def.entryIndex), in: types) {
    return type
  }
  for zome in types.entries.zomes where zome.zomeIndex == def.zomeIndex {
    throw .guest("Entry type: \(def.entryIndex.value) is out of range for this zome.")
  }
  return nil
}

/// This zome's link type for `data`; `nil` for another zome's; an error when out of range (hdi's `from_type`).
private func linkType<LT: ZomeLinkTypes>(_ data: CreateLinkData, _ scope: inout LazyZomeTypes) throws(WasmError) -> LT? {
  let types = try scope.get()
  if let type = LT(ScopedLinkType(zomeIndex: data.zomeIndex, zomeType: data.linkType), in: types) { return type }
  for zome in types.links.zomes where zome.zomeIndex == data.zomeIndex {
    throw .guest("Link type: \(data.linkType.value) is out of range for this zome.")
  }
  return nil
}

/// This zome's link type for `data`, which must be one (hdi's `in_scope_link_type`).
private func inScopeLinkType<LT: ZomeLinkTypes>(_ data: CreateLinkData, _ scope: inout LazyZomeTypes) throws(WasmError) -> LT {
  guard let type: LT = try linkType(data, &scope) else { throw denyOtherZome() }
  return type
}

/// The app entry an entry authority stores (hdi's `get_app_entry_type_for_store_entry_authority`).
private func storedAppEntry<ET: ZomeEntryTypes>(
  _ def: AppEntryDef, _ entry: Entry, _ scope: inout LazyZomeTypes
) throws(WasmError) -> AppEntryValue<ET> {
  guard let type: ET = try entryType(def, &scope) else { throw denyOtherZome() }
  guard let bytes = entry.appEntryBytes else {
    throw .guest("the entry is not an Entry::App or Entry::CounterSign so has no serialized bytes")
  }
  return AppEntryValue(type: type, bytes: bytes)
}

/// What a record authority sees of an app entry (hdi's `get_app_entry_type_for_record_authority`).
private func recordAppEntry<ET: ZomeEntryTypes>(
  _ def: AppEntryDef, _ entry: Entry?, _: ET.Type, _ scope: inout LazyZomeTypes
) throws(WasmError) -> RecordAppEntry<ET> {
  switch (entry, def.visibility) {
  case (let entry?, .public): return .entry(try storedAppEntry(def, entry, &scope))
  case (nil, .private):
    guard let type: ET = try entryType(def, &scope) else { throw denyOtherZome() }
    return .privateType(type)
  case (_?, .private):
    throw .guest("Entry visibility is private but an entry was provided! entry index \(def.entryIndex.value)")
  case (nil, .public):
    throw .guest("Entry visibility is public but no entry is available. entry index \(def.entryIndex.value)")
  }
}

private func capClaim(_ entry: Entry) throws(WasmError) -> CapClaim {
  guard case .capClaim(let claim) = entry else { throw .guest("Entry type does not match. CapClaim expected") }
  return claim
}

private func capGrant(_ entry: Entry) throws(WasmError) -> ZomeCallCapGrant {
  guard case .capGrant(let grant) = entry else { throw .guest("Entry type does not match. CapGrant expected") }
  return grant
}

/// The agent key whose Agent entry has hash `hash` (Holochain's `AgentPubKey::from(EntryHash)`: same bytes,
/// agent prefix).
func agentKey(_ hash: EntryHash) -> AgentPubKey {
  guard let key = try? AgentPubKey(raw39: HoloHashKind.agent.prefix + hash.raw39[3...]) else {
    preconditionFailure("an entry hash always retypes to an agent key")
  }
  return key
}

private func denyOtherZome() -> WasmError {
  .host("Op called for zome it was not defined in. This is a Holochain bug")
}
