/// Which part of a source chain a query covers. Every bound is inclusive.
public enum ChainQueryFilterRange: Hashable, Sendable, MsgPackCodable {
  case unbounded
  /// Sequence numbers `start...end`.
  case actionSeqRange(UInt32, UInt32)
  /// From the action `start` to the action `end`, both included.
  case actionHashRange(ActionHash, ActionHash)
  /// The action `hash` and the `count` actions before it.
  case actionHashTerminated(ActionHash, UInt32)

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .unbounded: writer.write("Unbounded" as StaticString)
    case .actionSeqRange(let start, let end):
      writer.writeMapHeader(1)
      writer.write("ActionSeqRange" as StaticString)
      writer.writeArrayHeader(2)
      writer.encode(start)
      writer.encode(end)
    case .actionHashRange(let start, let end):
      writer.writeMapHeader(1)
      writer.write("ActionHashRange" as StaticString)
      writer.writeArrayHeader(2)
      writer.encode(start)
      writer.encode(end)
    case .actionHashTerminated(let hash, let count):
      writer.writeMapHeader(1)
      writer.write("ActionHashTerminated" as StaticString)
      writer.writeArrayHeader(2)
      writer.encode(hash)
      writer.encode(count)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    if variant == "Unbounded", !hasContent {
      self = .unbounded
      return
    }
    guard hasContent, try reader.readArrayHeader() == 2 else {
      throw .unknownVariant(type: "ChainQueryFilterRange", variant: variant)
    }
    switch variant {
    case "ActionSeqRange": self = .actionSeqRange(try reader.decode(), try reader.decode())
    case "ActionHashRange": self = .actionHashRange(try reader.decode(), try reader.decode())
    case "ActionHashTerminated": self = .actionHashTerminated(try reader.decode(), try reader.decode())
    default: throw .unknownVariant(type: "ChainQueryFilterRange", variant: variant)
    }
  }
}

extension ActionType: MsgPackCodable {
  /// Action types travel as their variant names (`"Create"`).
  public func encode(to writer: inout MsgPackWriter) { writer.write(name) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    if hasContent { try reader.skipValue() }
    for type in ActionType.allCases where type.name == variant {
      self = type
      return
    }
    throw .unknownVariant(type: "ActionType", variant: variant)
  }
}

/// What `query` selects from the agent's own source chain.
///
/// ```swift
/// var filter = ChainQueryFilter()
/// filter.actionTypes = [.create]
/// filter.includeEntries = true
/// filter.orderDescending = true
/// ```
public struct ChainQueryFilter: Hashable, Sendable, MsgPackStructFields {
  public var sequenceRange: ChainQueryFilterRange = .unbounded
  /// Only actions creating entries of these types.
  public var entryTypes: [EntryType]?
  /// Only actions creating these entries (a set).
  public var entryHashes: [EntryHash]?
  /// Only actions of these types.
  public var actionTypes: [ActionType]?
  /// Whether records carry their entries.
  public var includeEntries = false
  /// Newest first.
  public var orderDescending = false

  public init() {}

  /// Whether `action` passes the type and entry filters (the range is the store's to apply).
  public func admits(_ action: Action) -> Bool {
    if let actionTypes, !actionTypes.contains(action.actionType) { return false }
    if let entryTypes {
      guard let type = action.entryType, entryTypes.contains(type) else { return false }
    }
    if let entryHashes {
      guard let hash = action.entryHash, entryHashes.contains(hash) else { return false }
    }
    return true
  }

  public var fieldCount: Int { 6 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("sequence_range", sequenceRange)
    writer.writeField("entry_type", entryTypes)
    writer.writeField("entry_hashes", entryHashes?.sorted())
    writer.writeField("action_type", actionTypes)
    writer.writeField("include_entries", includeEntries)
    writer.writeField("order_descending", orderDescending)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var filter = ChainQueryFilter()
    let fields: [StaticString] = [
      "sequence_range", "entry_type", "entry_hashes", "action_type", "include_entries", "order_descending",
    ]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: filter.sequenceRange = try reader.decode()
      case 1: filter.entryTypes = try reader.decode()
      case 2: filter.entryHashes = try reader.decode()
      case 3: filter.actionTypes = try reader.decode()
      case 4: filter.includeEntries = try reader.decode()
      default: filter.orderDescending = try reader.decode()
      }
    }
    self = filter
  }
}
