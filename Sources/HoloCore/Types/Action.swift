/// The ten action types, with Holochain's integer codes (used in database columns).
public enum ActionType: Int64, Hashable, Sendable, CaseIterable {
  case dna = 1, agentValidationPkg, initZomesComplete, create, update, delete, createLink, deleteLink
  case closeChain, openChain

  /// The variant name on the wire (`"Create"`, …).
  public var name: String {
    switch self {
    case .dna: return "Dna"
    case .agentValidationPkg: return "AgentValidationPkg"
    case .initZomesComplete: return "InitZomesComplete"
    case .create: return "Create"
    case .update: return "Update"
    case .delete: return "Delete"
    case .createLink: return "CreateLink"
    case .deleteLink: return "DeleteLink"
    case .closeChain: return "CloseChain"
    case .openChain: return "OpenChain"
    }
  }
}

/// What an action does: internally tagged on the wire, `{"type": "Create", "entry_type": …, "entry_hash": …}`.
public enum ActionData: Hashable, Sendable, MsgPackCodable {
  case dna(DnaData)
  case agentValidationPkg(AgentValidationPkgData)
  case initZomesComplete(InitZomesCompleteData)
  case create(CreateData)
  case update(UpdateData)
  case delete(DeleteData)
  case createLink(CreateLinkData)
  case deleteLink(DeleteLinkData)
  case closeChain(CloseChainData)
  case openChain(OpenChainData)

  /// The variant's action type.
  public var actionType: ActionType {
    switch self {
    case .dna: return .dna
    case .agentValidationPkg: return .agentValidationPkg
    case .initZomesComplete: return .initZomesComplete
    case .create: return .create
    case .update: return .update
    case .delete: return .delete
    case .createLink: return .createLink
    case .deleteLink: return .deleteLink
    case .closeChain: return .closeChain
    case .openChain: return .openChain
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .dna(let data): data.encodeTagged("type", "Dna", to: &writer)
    case .agentValidationPkg(let data): data.encodeTagged("type", "AgentValidationPkg", to: &writer)
    case .initZomesComplete(let data): data.encodeTagged("type", "InitZomesComplete", to: &writer)
    case .create(let data): data.encodeTagged("type", "Create", to: &writer)
    case .update(let data): data.encodeTagged("type", "Update", to: &writer)
    case .delete(let data): data.encodeTagged("type", "Delete", to: &writer)
    case .createLink(let data): data.encodeTagged("type", "CreateLink", to: &writer)
    case .deleteLink(let data): data.encodeTagged("type", "DeleteLink", to: &writer)
    case .closeChain(let data): data.encodeTagged("type", "CloseChain", to: &writer)
    case .openChain(let data): data.encodeTagged("type", "OpenChain", to: &writer)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    // The payload structs skip the "type" key as an unknown field.
    switch try reader.peekTag("type", of: "ActionData") {
    case "Dna": self = .dna(try reader.decode())
    case "AgentValidationPkg": self = .agentValidationPkg(try reader.decode())
    case "InitZomesComplete": self = .initZomesComplete(try reader.decode())
    case "Create": self = .create(try reader.decode())
    case "Update": self = .update(try reader.decode())
    case "Delete": self = .delete(try reader.decode())
    case "CreateLink": self = .createLink(try reader.decode())
    case "DeleteLink": self = .deleteLink(try reader.decode())
    case "CloseChain": self = .closeChain(try reader.decode())
    case "OpenChain": self = .openChain(try reader.decode())
    case let other: throw .unknownVariant(type: "ActionData", variant: other)
    }
  }
}

/// An action on a source chain: `{header, data}` (Holochain 0.7). Its hash is blake2b-256 of these bytes.
public struct Action: Hashable, Sendable, MsgPackStructFields {
  public var header: ActionHeader
  public var data: ActionData

  public init(header: ActionHeader, data: ActionData) {
    self.header = header
    self.data = data
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("header", header)
    writer.writeField("data", data)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var header: ActionHeader?
    var data: ActionData?
    try reader.readStruct(fields: ["header", "data"]) { index, reader throws(MsgPackError) in
      if index == 0 { header = try reader.decode() } else { data = try reader.decode() }
    }
    self.header = try require(header, "header", in: "Action")
    self.data = try require(data, "data", in: "Action")
  }

  /// The author's key.
  public var author: AgentPubKey { header.author }
  /// The position on the chain.
  public var actionSeq: UInt32 { header.actionSeq }
  /// The previous action, `nil` for `Dna`.
  public var prevAction: ActionHash? { header.prevAction }
  /// The action type.
  public var actionType: ActionType { data.actionType }

  /// The entry this action creates (Create and Update), if any.
  public var entryHash: EntryHash? {
    switch data {
    case .create(let create): return create.entryHash
    case .update(let update): return update.entryHash
    default: return nil
    }
  }

  /// The type of the entry this action creates (Create and Update), if any.
  public var entryType: EntryType? {
    switch data {
    case .create(let create): return create.entryType
    case .update(let update): return update.entryType
    default: return nil
    }
  }

  /// The agent whose key signs this action: the author, except a `CloseChain` migrating to a new agent key,
  /// which the new key signs.
  public var signer: AgentPubKey {
    if case .closeChain(let close) = data, case .agent(let newKey)? = close.newTarget { return newKey }
    return header.author
  }

  /// Whether this action is one of the three genesis actions.
  public var isGenesis: Bool { header.actionSeq < 3 }
}
