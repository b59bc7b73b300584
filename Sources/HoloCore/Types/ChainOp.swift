/// The nine kinds of op a chain action produces, with Holochain's integer codes (`op_type` column).
public enum ChainOpType: Int64, Hashable, Sendable, CaseIterable, MsgPackCodable {
  case createRecord = 1, createEntry, agentActivity, updateEntry, updateRecord, deleteRecord, deleteEntry
  case createLink, deleteLink

  /// The variant name on the wire.
  public var name: StaticString {
    switch self {
    case .createRecord: return "CreateRecord"
    case .createEntry: return "CreateEntry"
    case .agentActivity: return "AgentActivity"
    case .updateEntry: return "UpdateEntry"
    case .updateRecord: return "UpdateRecord"
    case .deleteRecord: return "DeleteRecord"
    case .deleteEntry: return "DeleteEntry"
    case .createLink: return "CreateLink"
    case .deleteLink: return "DeleteLink"
    }
  }

  /// The op type named `name`, if any.
  public init?(name: String) {
    for type in ChainOpType.allCases where type.name.text == name {
      self = type
      return
    }
    return nil
  }

  /// Whether the op carries the entry (when the entry is public and present).
  public var carriesEntry: Bool {
    switch self {
    case .createRecord, .createEntry, .updateEntry, .updateRecord: return true
    default: return false
    }
  }

  public func encode(to writer: inout MsgPackWriter) { writer.write(name) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    if hasContent { try reader.skipValue() }
    guard let type = ChainOpType(name: variant) else { throw .unknownVariant(type: "ChainOpType", variant: variant) }
    self = type
  }

  /// The op types a record with `action` produces.
  public static func producedBy(_ action: Action) -> [ChainOpType] {
    switch action.data {
    case .dna, .openChain, .closeChain, .agentValidationPkg, .initZomesComplete: return [.createRecord, .agentActivity]
    case .createLink: return [.createRecord, .agentActivity, .createLink]
    case .deleteLink: return [.createRecord, .agentActivity, .deleteLink]
    case .create: return [.createRecord, .agentActivity, .createEntry]
    case .update: return [.createRecord, .agentActivity, .createEntry, .updateEntry, .updateRecord]
    case .delete: return [.createRecord, .agentActivity, .deleteRecord, .deleteEntry]
    }
  }

  /// Where an op of this type for `action` (whose hash is `actionHash`) is stored on the DHT, or `nil` when
  /// the action does not produce this op type.
  public func basis(of action: Action, actionHash: ActionHash) -> AnyLinkableHash? {
    switch (self, action.data) {
    case (.createRecord, _): return AnyLinkableHash(actionHash)
    case (.agentActivity, _): return AnyLinkableHash(EntryHash(agent: action.author))
    case (.createEntry, .create(let data)): return AnyLinkableHash(data.entryHash)
    case (.createEntry, .update(let data)): return AnyLinkableHash(data.entryHash)
    case (.updateEntry, .update(let data)): return AnyLinkableHash(data.originalEntryAddress)
    case (.updateRecord, .update(let data)): return AnyLinkableHash(data.originalActionAddress)
    case (.deleteRecord, .delete(let data)): return AnyLinkableHash(data.deletesAddress)
    case (.deleteEntry, .delete(let data)): return AnyLinkableHash(data.deletesEntryAddress)
    case (.createLink, .createLink(let data)): return data.baseAddress
    case (.deleteLink, .deleteLink(let data)): return data.baseAddress
    default: return nil
    }
  }

  /// The op's hash from its unique form `{OpType: action}` (no signature, no entry), so that any holder of
  /// the action computes the same hash.
  public func opHash(of action: Action) -> DhtOpHash {
    var writer = MsgPackWriter()
    writer.writeMapHeader(1)
    writer.writeField(name, action)
    return DhtOpHash.hashing(bytes: writer.bytes)
  }
}

/// How a chain op holds its entry.
public enum OpEntry: Hashable, Sendable, MsgPackCodable {
  case present(Entry)
  /// The entry is private and not sent.
  case hidden
  /// The action has no entry.
  case actionOnly

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .present(let entry):
      writer.writeMapHeader(1)
      writer.writeField("Present", entry)
    case .hidden: writer.write("Hidden" as StaticString)
    case .actionOnly: writer.write("ActionOnly" as StaticString)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Present", true): self = .present(try reader.decode())
    case ("Hidden", false): self = .hidden
    case ("ActionOnly", false): self = .actionOnly
    default: throw .unknownVariant(type: "OpEntry", variant: variant)
    }
  }
}

/// A chain op: a signed action sent to one authority, with the entry for the entry-carrying types.
/// On the wire `{"CreateRecord": [signed_action, op_entry]}` or `{"AgentActivity": signed_action}`.
public struct ChainOp: Hashable, Sendable, MsgPackCodable {
  public var type: ChainOpType
  public var signedAction: SignedAction
  /// Only for the entry-carrying types (`ChainOpType.carriesEntry`); ignored otherwise.
  public var opEntry: OpEntry

  /// An op of `type` for a signed action, or `nil` when the action does not produce that op type.
  public init?(type: ChainOpType, signedAction: SignedAction, opEntry: OpEntry = .actionOnly) {
    guard ChainOpType.producedBy(signedAction.data).contains(type) else { return nil }
    self.type = type
    self.signedAction = signedAction
    self.opEntry = type.carriesEntry ? opEntry : .actionOnly
  }

  /// The action.
  public var action: Action { signedAction.data }

  /// The op's hash (its unique form; see ``ChainOpType/opHash(of:)``).
  public func hash() -> DhtOpHash { type.opHash(of: action) }

  /// Where this op is stored on the DHT.
  public func basis() -> AnyLinkableHash {
    // Decoding and construction from `producedBy` both guarantee that the action produces this op type.
    let actionHash = action.hash()
    return type.basis(of: action, actionHash: actionHash) ?? AnyLinkableHash(actionHash)!
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    writer.write(type.name)
    if type.carriesEntry {
      writer.writeArrayHeader(2)
      writer.encode(signedAction)
      writer.encode(opEntry)
    } else {
      writer.encode(signedAction)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    guard hasContent, let type = ChainOpType(name: variant) else {
      throw .unknownVariant(type: "ChainOp", variant: variant)
    }
    self.type = type
    if type.carriesEntry {
      guard try reader.readArrayHeader() == 2 else {
        throw .invalidValue(type: "ChainOp", reason: "\(variant) holds (signed action, op entry)")
      }
      signedAction = try reader.decode()
      opEntry = try reader.decode()
    } else {
      signedAction = try reader.decode()
      opEntry = .actionOnly
    }
    guard ChainOpType.producedBy(signedAction.data).contains(type) else {
      throw .invalidValue(type: "ChainOp", reason: "a \(variant) op cannot carry a \(signedAction.data.actionType.name)")
    }
  }
}
