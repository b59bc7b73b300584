/// The outcome of validating an op or a record.
public enum ValidationStatus: String, Hashable, Sendable, CaseIterable, MsgPackCodable {
  /// All dependencies were found and validation passed.
  case valid = "Valid"
  /// Validation rejected it.
  case rejected = "Rejected"
  /// Holochain gave up validating it (dependencies missing for too long).
  case abandoned = "Abandoned"

  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    self = try readUnitVariant(from: &reader, typeName: "ValidationStatus")
  }
}

/// Whether an entry still has live (undeleted) creating actions.
public enum EntryDhtStatus: String, Hashable, Sendable, CaseIterable, MsgPackCodable {
  case live = "Live"
  case dead = "Dead"

  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    self = try readUnitVariant(from: &reader, typeName: "EntryDhtStatus")
  }
}

/// A record with its validation status and the deletes and updates on it (`get_details` of an action hash).
public struct RecordDetails: Hashable, Sendable, MsgPackStructFields {
  /// The record: a Create or an Update.
  public var record: Record
  public var validationStatus: ValidationStatus
  public var deletes: [SignedActionHashed]
  public var updates: [SignedActionHashed]

  public init(
    record: Record, validationStatus: ValidationStatus, deletes: [SignedActionHashed] = [],
    updates: [SignedActionHashed] = []
  ) {
    self.record = record
    self.validationStatus = validationStatus
    self.deletes = deletes
    self.updates = updates
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("record", record)
    writer.writeField("validation_status", validationStatus)
    writer.writeField("deletes", deletes)
    writer.writeField("updates", updates)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var record: Record?
    var status: ValidationStatus?
    var deletes: [SignedActionHashed]?
    var updates: [SignedActionHashed]?
    try reader.readStruct(fields: ["record", "validation_status", "deletes", "updates"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: record = try reader.decode()
      case 1: status = try reader.decode()
      case 2: deletes = try reader.decode()
      default: updates = try reader.decode()
      }
    }
    self.record = try require(record, "record", in: "RecordDetails")
    validationStatus = try require(status, "validation_status", in: "RecordDetails")
    self.deletes = try require(deletes, "deletes", in: "RecordDetails")
    self.updates = try require(updates, "updates", in: "RecordDetails")
  }
}

/// An entry with every action that created, deleted or updated it (`get_details` of an entry hash).
public struct EntryDetails: Hashable, Sendable, MsgPackStructFields {
  public var entry: Entry
  /// The Create and Update actions that created this entry.
  public var actions: [SignedActionHashed]
  /// Creating actions that failed validation.
  public var rejectedActions: [SignedActionHashed]
  /// Deletes whose `deletes_entry_address` is this entry.
  public var deletes: [SignedActionHashed]
  /// Updates whose `original_entry_address` is this entry.
  public var updates: [SignedActionHashed]
  public var entryDhtStatus: EntryDhtStatus

  public init(
    entry: Entry, actions: [SignedActionHashed], rejectedActions: [SignedActionHashed] = [],
    deletes: [SignedActionHashed] = [], updates: [SignedActionHashed] = [], entryDhtStatus: EntryDhtStatus
  ) {
    self.entry = entry
    self.actions = actions
    self.rejectedActions = rejectedActions
    self.deletes = deletes
    self.updates = updates
    self.entryDhtStatus = entryDhtStatus
  }

  public var fieldCount: Int { 6 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("entry", entry)
    writer.writeField("actions", actions)
    writer.writeField("rejected_actions", rejectedActions)
    writer.writeField("deletes", deletes)
    writer.writeField("updates", updates)
    writer.writeField("entry_dht_status", entryDhtStatus)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var entry: Entry?
    var actions: [SignedActionHashed]?
    var rejected: [SignedActionHashed]?
    var deletes: [SignedActionHashed]?
    var updates: [SignedActionHashed]?
    var status: EntryDhtStatus?
    let fields: [StaticString] = ["entry", "actions", "rejected_actions", "deletes", "updates", "entry_dht_status"]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: entry = try reader.decode()
      case 1: actions = try reader.decode()
      case 2: rejected = try reader.decode()
      case 3: deletes = try reader.decode()
      case 4: updates = try reader.decode()
      default: status = try reader.decode()
      }
    }
    self.entry = try require(entry, "entry", in: "EntryDetails")
    self.actions = try require(actions, "actions", in: "EntryDetails")
    rejectedActions = try require(rejected, "rejected_actions", in: "EntryDetails")
    self.deletes = try require(deletes, "deletes", in: "EntryDetails")
    self.updates = try require(updates, "updates", in: "EntryDetails")
    entryDhtStatus = try require(status, "entry_dht_status", in: "EntryDetails")
  }
}

/// What `get_details` returns for one hash: adjacently tagged, `{"type": "Record", "content": {…}}`.
public enum Details: Hashable, Sendable, MsgPackCodable {
  /// For an action hash.
  case record(RecordDetails)
  /// For an entry hash.
  case entry(EntryDetails)

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(2)
    switch self {
    case .record(let details):
      writer.writeField("type", "Record" as StaticString)
      writer.writeField("content", details)
    case .entry(let details):
      writer.writeField("type", "Entry" as StaticString)
      writer.writeField("content", details)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, content) = try reader.readAdjacentTag(tag: "type", content: "content", of: "Details")
    guard var content else { throw .missingField(type: "Details", field: "content") }
    switch variant {
    case "Record": self = .record(try content.decode())
    case "Entry": self = .entry(try content.decode())
    default: throw .unknownVariant(type: "Details", variant: variant)
    }
  }
}
