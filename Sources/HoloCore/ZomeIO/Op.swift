/// A DHT operation as the `validate` callback receives it (Holochain 0.7's `Op`, externally tagged:
/// `{"CreateEntry": {"action": …, "entry": …}}`).
///
/// Every variant carries a ``SignedActionHashed``; look at its ``ActionData`` to tell actions apart.
///
/// ```swift
/// let op = Op.createRecord(.init(record: record))
/// if op.actionType == .create { … }
/// ```
public enum Op: Hashable, Sendable, MsgPackCodable {
  /// Stores a record (validated by the action's authority).
  case createRecord(CreateRecord)
  /// Stores an entry (validated by the entry's authority); the action is a Create or an Update.
  case createEntry(CreateEntry)
  /// Registers an update against an entry.
  case update(Update)
  /// Registers a delete against an entry.
  case delete(Delete)
  /// Registers an action on its author's chain (every action produces one).
  case agentActivity(AgentActivity)
  /// Registers a link.
  case createLink(CreateLink)
  /// Registers a link deletion.
  case deleteLink(DeleteLink)

  /// The signed action behind the op.
  public var signedAction: SignedActionHashed {
    switch self {
    case .createRecord(let op): return op.record.signedAction
    case .createEntry(let op): return op.action
    case .update(let op): return op.update
    case .delete(let op): return op.delete
    case .agentActivity(let op): return op.action
    case .createLink(let op): return op.createLink
    case .deleteLink(let op): return op.deleteLink
    }
  }

  /// The action's author.
  public var author: AgentPubKey { signedAction.content.author }
  /// The action's timestamp.
  public var timestamp: Timestamp { signedAction.content.header.timestamp }
  /// The action's position on its chain.
  public var actionSeq: UInt32 { signedAction.content.actionSeq }
  /// The previous action, `nil` for `Dna`.
  public var prevAction: ActionHash? { signedAction.content.prevAction }
  /// The action's type.
  public var actionType: ActionType { signedAction.content.actionType }
  /// The action's hash.
  public var actionHash: ActionHash { signedAction.hash }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .createRecord(let op): writer.writeField("CreateRecord", op)
    case .createEntry(let op): writer.writeField("CreateEntry", op)
    case .update(let op): writer.writeField("Update", op)
    case .delete(let op): writer.writeField("Delete", op)
    case .agentActivity(let op): writer.writeField("AgentActivity", op)
    case .createLink(let op): writer.writeField("CreateLink", op)
    case .deleteLink(let op): writer.writeField("DeleteLink", op)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    guard hasContent else { throw .unknownVariant(type: "Op", variant: variant) }
    switch variant {
    case "CreateRecord": self = .createRecord(try reader.decode())
    case "CreateEntry": self = .createEntry(try reader.decode())
    case "Update": self = .update(try reader.decode())
    case "Delete": self = .delete(try reader.decode())
    case "AgentActivity": self = .agentActivity(try reader.decode())
    case "CreateLink": self = .createLink(try reader.decode())
    case "DeleteLink": self = .deleteLink(try reader.decode())
    default: throw .unknownVariant(type: "Op", variant: variant)
    }
  }
}

extension Op {
  /// See ``Op/createRecord(_:)``: `{record}`.
  public struct CreateRecord: Hashable, Sendable, MsgPackStructFields {
    public var record: Record

    public init(record: Record) { self.record = record }

    public var fieldCount: Int { 1 }

    public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("record", record) }

    public init(from reader: inout MsgPackReader) throws(MsgPackError) {
      var record: Record?
      try reader.readStruct(fields: ["record"]) { _, reader throws(MsgPackError) in record = try reader.decode() }
      self.record = try require(record, "record", in: "CreateRecord")
    }
  }

  /// See ``Op/createEntry(_:)``: `{action, entry}`.
  public struct CreateEntry: Hashable, Sendable, MsgPackStructFields {
    /// A Create or an Update.
    public var action: SignedActionHashed
    public var entry: Entry

    public init(action: SignedActionHashed, entry: Entry) {
      self.action = action
      self.entry = entry
    }

    public var fieldCount: Int { 2 }

    public func encodeFields(to writer: inout MsgPackWriter) {
      writer.writeField("action", action)
      writer.writeField("entry", entry)
    }

    public init(from reader: inout MsgPackReader) throws(MsgPackError) {
      var action: SignedActionHashed?
      var entry: Entry?
      try reader.readStruct(fields: ["action", "entry"]) { index, reader throws(MsgPackError) in
        if index == 0 { action = try reader.decode() } else { entry = try reader.decode() }
      }
      self.action = try require(action, "action", in: "CreateEntry")
      self.entry = try require(entry, "entry", in: "CreateEntry")
    }
  }

  /// See ``Op/update(_:)``: `{update, new_entry}`; the new entry is `nil` when it is private.
  public struct Update: Hashable, Sendable, MsgPackStructFields {
    public var update: SignedActionHashed
    public var newEntry: Entry?

    public init(update: SignedActionHashed, newEntry: Entry?) {
      self.update = update
      self.newEntry = newEntry
    }

    public var fieldCount: Int { 2 }

    public func encodeFields(to writer: inout MsgPackWriter) {
      writer.writeField("update", update)
      writer.writeField("new_entry", newEntry)
    }

    public init(from reader: inout MsgPackReader) throws(MsgPackError) {
      var update: SignedActionHashed?
      var entry: Entry?
      try reader.readStruct(fields: ["update", "new_entry"]) { index, reader throws(MsgPackError) in
        if index == 0 { update = try reader.decode() } else { entry = try reader.decode() }
      }
      self.update = try require(update, "update", in: "Update")
      newEntry = entry
    }
  }

  /// See ``Op/delete(_:)``: `{delete}`.
  public struct Delete: Hashable, Sendable, MsgPackStructFields {
    public var delete: SignedActionHashed

    public init(delete: SignedActionHashed) { self.delete = delete }

    public var fieldCount: Int { 1 }

    public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("delete", delete) }

    public init(from reader: inout MsgPackReader) throws(MsgPackError) {
      var delete: SignedActionHashed?
      try reader.readStruct(fields: ["delete"]) { _, reader throws(MsgPackError) in delete = try reader.decode() }
      self.delete = try require(delete, "delete", in: "Delete")
    }
  }

  /// See ``Op/createLink(_:)``: `{create_link}`.
  public struct CreateLink: Hashable, Sendable, MsgPackStructFields {
    public var createLink: SignedActionHashed

    public init(createLink: SignedActionHashed) { self.createLink = createLink }

    public var fieldCount: Int { 1 }

    public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("create_link", createLink) }

    public init(from reader: inout MsgPackReader) throws(MsgPackError) {
      var createLink: SignedActionHashed?
      try reader.readStruct(fields: ["create_link"]) { _, reader throws(MsgPackError) in
        createLink = try reader.decode()
      }
      self.createLink = try require(createLink, "create_link", in: "CreateLink")
    }
  }

  /// See ``Op/deleteLink(_:)``: `{delete_link, create_link}`, the second being the deleted link's action.
  public struct DeleteLink: Hashable, Sendable, MsgPackStructFields {
    public var deleteLink: SignedActionHashed
    /// The `CreateLink` action being deleted (unsigned, unhashed).
    public var createLink: Action

    public init(deleteLink: SignedActionHashed, createLink: Action) {
      self.deleteLink = deleteLink
      self.createLink = createLink
    }

    public var fieldCount: Int { 2 }

    public func encodeFields(to writer: inout MsgPackWriter) {
      writer.writeField("delete_link", deleteLink)
      writer.writeField("create_link", createLink)
    }

    public init(from reader: inout MsgPackReader) throws(MsgPackError) {
      var deleteLink: SignedActionHashed?
      var createLink: Action?
      try reader.readStruct(fields: ["delete_link", "create_link"]) { index, reader throws(MsgPackError) in
        if index == 0 { deleteLink = try reader.decode() } else { createLink = try reader.decode() }
      }
      self.deleteLink = try require(deleteLink, "delete_link", in: "DeleteLink")
      self.createLink = try require(createLink, "create_link", in: "DeleteLink")
    }
  }
}
