// A validation op flattened into one level of enums (hdi's `FlatOp`), with app entry and link types already
// mapped to the integrity zome's own `ZomeEntryTypes` and `ZomeLinkTypes`. See `Op+Flattened.swift`.

/// An action's common header and its type-specific data (hdi's `TypedAction`).
public struct TypedAction<Data> {
  public var header: ActionHeader
  public var data: Data

  public init(header: ActionHeader, data: Data) {
    self.header = header
    self.data = data
  }

  /// Who wrote the action.
  public var author: AgentPubKey { header.author }
  /// When.
  public var timestamp: Timestamp { header.timestamp }
  /// Its position on the author's chain.
  public var actionSeq: UInt32 { header.actionSeq }
  /// The action before it (`nil` only for `Dna`).
  public var prevAction: ActionHash? { header.prevAction }
}

/// An app entry of a known type whose bytes are not decoded yet: switch on ``type``, then ``decode(_:)``.
///
/// ```swift
/// case .createEntry(.createEntry(let entry, _)):
///   switch entry.type {
///   case .post: return validate(try entry.decode(Post.self))
///   case .comment: return validate(try entry.decode(Comment.self))
///   }
/// ```
public struct AppEntryValue<ET: ZomeEntryTypes> {
  /// Which of the zome's entry types it is.
  public var type: ET
  /// The entry's msgpack bytes.
  public var bytes: AppEntryBytes

  public init(type: ET, bytes: AppEntryBytes) {
    self.type = type
    self.bytes = bytes
  }

  /// The entry decoded as `T`, which must be stored as this entry's type.
  public func decode<T: AppEntry>(_: T.Type = T.self) throws(WasmError) -> T where T.Types == ET {
    guard T.entryType == type else {
      throw .guest("entry of type \(type.definition.name.text) decoded as \(T.entryType.definition.name.text)")
    }
    return try bytes.decodeOrThrow(T.self)
  }
}

/// A validation op, flattened (hdi's `FlatOp`).
///
/// ```swift
/// switch try op.flattened(EntryTypes.self, LinkTypes.self) {
/// case .createEntry(.createEntry(let entry, _)): …
/// case .link(.createLink(let type, let action)): …
/// default: return .valid
/// }
/// ```
public enum FlatOp<ET: ZomeEntryTypes, LT: ZomeLinkTypes> {
  /// A record, validated by the action's authorities (`Op::CreateRecord`).
  case createRecord(OpRecord<ET, LT>)
  /// An entry, validated by the entry's authorities (`Op::CreateEntry`).
  case createEntry(OpEntry<ET>)
  /// Any action, validated by its author's activity authorities (`Op::AgentActivity`).
  case agentActivity(OpActivity<ET, LT>)
  /// A link created or deleted, validated by the base's authorities (`Op::CreateLink`, `Op::DeleteLink`).
  case link(OpLink<LT>)
  /// An update, validated by the original entry's authorities (`Op::Update`).
  case update(OpUpdate<ET>)
  /// A delete, validated by the deleted entry's authorities (`Op::Delete`).
  case delete(OpDelete)
}

/// The record of any action (hdi's `OpRecord`).
public enum OpRecord<ET: ZomeEntryTypes, LT: ZomeLinkTypes> {
  case createEntry(entry: AppEntryValue<ET>, action: TypedAction<CreateData>)
  /// A private entry: the record carries no entry, only its type.
  case createPrivateEntry(type: ET, action: TypedAction<CreateData>)
  case createAgent(agent: AgentPubKey, action: TypedAction<CreateData>)
  case createCapClaim(action: TypedAction<CreateData>)
  case createCapGrant(action: TypedAction<CreateData>)
  case updateEntry(entry: AppEntryValue<ET>, action: TypedAction<UpdateData>)
  case updatePrivateEntry(type: ET, action: TypedAction<UpdateData>)
  case updateAgent(originalKey: AgentPubKey, newKey: AgentPubKey, action: TypedAction<UpdateData>)
  case updateCapClaim(action: TypedAction<UpdateData>)
  case updateCapGrant(action: TypedAction<UpdateData>)
  case deleteEntry(action: TypedAction<DeleteData>)
  case createLink(type: LT, action: TypedAction<CreateLinkData>)
  case deleteLink(action: TypedAction<DeleteLinkData>)
  case dna(action: TypedAction<DnaData>)
  case openChain(action: TypedAction<OpenChainData>)
  case closeChain(action: TypedAction<CloseChainData>)
  case agentValidationPkg(action: TypedAction<AgentValidationPkgData>)
  case initZomesComplete(action: TypedAction<InitZomesCompleteData>)
}

/// An entry being stored by its authorities (hdi's `OpEntry`).
public enum OpEntry<ET: ZomeEntryTypes> {
  case createEntry(entry: AppEntryValue<ET>, action: TypedAction<CreateData>)
  case createAgent(agent: AgentPubKey, action: TypedAction<CreateData>)
  case createCapClaim(claim: CapClaim, action: TypedAction<CreateData>)
  case createCapGrant(grant: ZomeCallCapGrant, action: TypedAction<CreateData>)
  case updateEntry(entry: AppEntryValue<ET>, action: TypedAction<UpdateData>)
  case updateAgent(originalKey: AgentPubKey, newKey: AgentPubKey, action: TypedAction<UpdateData>)
  case updateCapClaim(claim: CapClaim, action: TypedAction<UpdateData>)
  case updateCapGrant(grant: ZomeCallCapGrant, action: TypedAction<UpdateData>)
}

/// An update registered against the original entry (hdi's `OpUpdate`).
public enum OpUpdate<ET: ZomeEntryTypes> {
  case entry(entry: AppEntryValue<ET>, action: TypedAction<UpdateData>)
  case privateEntry(type: ET, action: TypedAction<UpdateData>)
  case agent(originalKey: AgentPubKey, newKey: AgentPubKey, action: TypedAction<UpdateData>)
  case capClaim(action: TypedAction<UpdateData>)
  case capGrant(action: TypedAction<UpdateData>)

  /// The update action.
  public var action: TypedAction<UpdateData> {
    switch self {
    case .entry(_, let action), .privateEntry(_, let action), .agent(_, _, let action), .capClaim(let action),
      .capGrant(let action):
      return action
    }
  }

  /// The record being updated.
  public var originalActionHash: ActionHash { action.data.originalActionAddress }
  /// The entry being updated.
  public var originalEntryHash: EntryHash { action.data.originalEntryAddress }
}

/// A delete registered against the deleted entry (hdi's `OpDelete`).
public struct OpDelete {
  public var action: TypedAction<DeleteData>

  public init(action: TypedAction<DeleteData>) { self.action = action }

  /// The record being deleted.
  public var deletesActionHash: ActionHash { action.data.deletesAddress }
  /// The entry being deleted.
  public var deletesEntryHash: EntryHash { action.data.deletesEntryAddress }
}

/// A link created or deleted (hdi's `OpLink`).
public enum OpLink<LT: ZomeLinkTypes> {
  case createLink(type: LT, action: TypedAction<CreateLinkData>)
  /// `originalAction` is the `CreateLink` being deleted.
  case deleteLink(originalAction: TypedAction<CreateLinkData>, type: LT, action: TypedAction<DeleteLinkData>)

  /// The link's type.
  public var type: LT {
    switch self {
    case .createLink(let type, _), .deleteLink(_, let type, _): return type
    }
  }

  /// The link's base.
  public var baseAddress: AnyLinkableHash {
    switch self {
    case .createLink(_, let action): return action.data.baseAddress
    case .deleteLink(_, _, let action): return action.data.baseAddress
    }
  }

  /// The link's target.
  public var targetAddress: AnyLinkableHash {
    switch self {
    case .createLink(_, let action): return action.data.targetAddress
    case .deleteLink(let original, _, _): return original.data.targetAddress
    }
  }

  /// The link's tag.
  public var tag: LinkTag {
    switch self {
    case .createLink(_, let action): return action.data.tag
    case .deleteLink(let original, _, _): return original.data.tag
    }
  }
}

/// Any action as its author's activity authorities see it (hdi's `OpActivity`): no entries, and types only
/// when they are this zome's.
public enum OpActivity<ET: ZomeEntryTypes, LT: ZomeLinkTypes> {
  case createEntry(type: ET?, action: TypedAction<CreateData>)
  case createPrivateEntry(type: ET?, action: TypedAction<CreateData>)
  case createAgent(agent: AgentPubKey, action: TypedAction<CreateData>)
  case createCapClaim(action: TypedAction<CreateData>)
  case createCapGrant(action: TypedAction<CreateData>)
  case updateEntry(type: ET?, action: TypedAction<UpdateData>)
  case updatePrivateEntry(type: ET?, action: TypedAction<UpdateData>)
  case updateAgent(originalKey: AgentPubKey, newKey: AgentPubKey, action: TypedAction<UpdateData>)
  case updateCapClaim(action: TypedAction<UpdateData>)
  case updateCapGrant(action: TypedAction<UpdateData>)
  case deleteEntry(action: TypedAction<DeleteData>)
  case createLink(type: LT?, action: TypedAction<CreateLinkData>)
  case deleteLink(action: TypedAction<DeleteLinkData>)
  case dna(action: TypedAction<DnaData>)
  case openChain(action: TypedAction<OpenChainData>)
  case closeChain(action: TypedAction<CloseChainData>)
  case agentValidationPkg(action: TypedAction<AgentValidationPkgData>)
  case initZomesComplete(action: TypedAction<InitZomesCompleteData>)
}
