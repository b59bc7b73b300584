/// What a write does when the chain head moved during the call: fail (`strict`, the default) or rebase the
/// new actions onto the new head (`relaxed`).
public enum ChainTopOrdering: String, Hashable, Sendable, CaseIterable, MsgPackCodable {
  case relaxed = "Relaxed"
  case strict = "Strict"

  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    self = try readUnitVariant(from: &reader, typeName: "ChainTopOrdering")
  }
}

/// Where an app entry type is defined: its zome and its index there.
public struct AppEntryDefLocation: Hashable, Sendable, MsgPackStructFields {
  public var zomeIndex: ZomeIndex
  public var entryDefIndex: EntryDefIndex

  public init(zomeIndex: ZomeIndex, entryDefIndex: EntryDefIndex) {
    self.zomeIndex = zomeIndex
    self.entryDefIndex = entryDefIndex
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("zome_index", zomeIndex)
    writer.writeField("entry_def_index", entryDefIndex)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var zome: ZomeIndex?
    var entry: EntryDefIndex?
    try reader.readStruct(fields: ["zome_index", "entry_def_index"]) { index, reader throws(MsgPackError) in
      if index == 0 { zome = try reader.decode() } else { entry = try reader.decode() }
    }
    zomeIndex = try require(zome, "zome_index", in: "AppEntryDefLocation")
    entryDefIndex = try require(entry, "entry_def_index", in: "AppEntryDefLocation")
  }
}

/// The type of an entry being created: an app entry type's location, or a capability entry.
public enum EntryDefLocation: Hashable, Sendable, MsgPackCodable {
  case app(AppEntryDefLocation)
  case capClaim
  case capGrant

  /// An app entry type at `entryDefIndex` in zome `zomeIndex`.
  public static func app(zomeIndex: UInt8, entryDefIndex: UInt8) -> EntryDefLocation {
    .app(AppEntryDefLocation(zomeIndex: ZomeIndex(zomeIndex), entryDefIndex: EntryDefIndex(entryDefIndex)))
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .app(let location):
      writer.writeMapHeader(1)
      writer.writeField("App", location)
    case .capClaim: writer.write("CapClaim" as StaticString)
    case .capGrant: writer.write("CapGrant" as StaticString)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("App", true): self = .app(try reader.decode())
    case ("CapClaim", false): self = .capClaim
    case ("CapGrant", false): self = .capGrant
    default: throw .unknownVariant(type: "EntryDefLocation", variant: variant)
    }
  }
}

/// What `create` takes.
///
/// ```swift
/// let input = CreateInput(entryLocation: .app(zomeIndex: 0, entryDefIndex: 1), entryVisibility: .public,
///                         entry: .app(encoding: post), chainTopOrdering: .strict)
/// ```
public struct CreateInput: Hashable, Sendable, MsgPackStructFields {
  public var entryLocation: EntryDefLocation
  public var entryVisibility: EntryVisibility
  public var entry: Entry
  public var chainTopOrdering: ChainTopOrdering

  public init(
    entryLocation: EntryDefLocation, entryVisibility: EntryVisibility, entry: Entry,
    chainTopOrdering: ChainTopOrdering = .strict
  ) {
    self.entryLocation = entryLocation
    self.entryVisibility = entryVisibility
    self.entry = entry
    self.chainTopOrdering = chainTopOrdering
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("entry_location", entryLocation)
    writer.writeField("entry_visibility", entryVisibility)
    writer.writeField("entry", entry)
    writer.writeField("chain_top_ordering", chainTopOrdering)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var location: EntryDefLocation?
    var visibility: EntryVisibility?
    var entry: Entry?
    var ordering: ChainTopOrdering?
    try reader.readStruct(fields: ["entry_location", "entry_visibility", "entry", "chain_top_ordering"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: location = try reader.decode()
      case 1: visibility = try reader.decode()
      case 2: entry = try reader.decode()
      default: ordering = try reader.decode()
      }
    }
    entryLocation = try require(location, "entry_location", in: "CreateInput")
    entryVisibility = try require(visibility, "entry_visibility", in: "CreateInput")
    self.entry = try require(entry, "entry", in: "CreateInput")
    chainTopOrdering = try require(ordering, "chain_top_ordering", in: "CreateInput")
  }
}

/// What `update` takes: the record being updated and the new entry.
public struct UpdateInput: Hashable, Sendable, MsgPackStructFields {
  public var originalActionAddress: ActionHash
  public var entry: Entry
  public var chainTopOrdering: ChainTopOrdering

  public init(originalActionAddress: ActionHash, entry: Entry, chainTopOrdering: ChainTopOrdering = .strict) {
    self.originalActionAddress = originalActionAddress
    self.entry = entry
    self.chainTopOrdering = chainTopOrdering
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("original_action_address", originalActionAddress)
    writer.writeField("entry", entry)
    writer.writeField("chain_top_ordering", chainTopOrdering)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var original: ActionHash?
    var entry: Entry?
    var ordering: ChainTopOrdering?
    try reader.readStruct(fields: ["original_action_address", "entry", "chain_top_ordering"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: original = try reader.decode()
      case 1: entry = try reader.decode()
      default: ordering = try reader.decode()
      }
    }
    originalActionAddress = try require(original, "original_action_address", in: "UpdateInput")
    self.entry = try require(entry, "entry", in: "UpdateInput")
    chainTopOrdering = try require(ordering, "chain_top_ordering", in: "UpdateInput")
  }
}

/// What `delete` takes: the record being deleted.
public struct DeleteInput: Hashable, Sendable, MsgPackStructFields {
  public var deletesActionHash: ActionHash
  public var chainTopOrdering: ChainTopOrdering

  public init(deletesActionHash: ActionHash, chainTopOrdering: ChainTopOrdering = .strict) {
    self.deletesActionHash = deletesActionHash
    self.chainTopOrdering = chainTopOrdering
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("deletes_action_hash", deletesActionHash)
    writer.writeField("chain_top_ordering", chainTopOrdering)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var hash: ActionHash?
    var ordering: ChainTopOrdering?
    try reader.readStruct(fields: ["deletes_action_hash", "chain_top_ordering"]) { index, reader throws(MsgPackError) in
      if index == 0 { hash = try reader.decode() } else { ordering = try reader.decode() }
    }
    deletesActionHash = try require(hash, "deletes_action_hash", in: "DeleteInput")
    chainTopOrdering = try require(ordering, "chain_top_ordering", in: "DeleteInput")
  }
}

/// Where a get looks: the network (falling back to the local cache; the default) or local databases only.
public enum GetStrategy: String, Hashable, Sendable, CaseIterable, MsgPackCodable {
  case network = "Network"
  case local = "Local"

  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    self = try readUnitVariant(from: &reader, typeName: "GetStrategy")
  }
}

/// How a get runs. `nil` options mean the conductor's defaults.
///
/// ```swift
/// var options = GetOptions.local
/// options.timeoutMs = 2_000
/// ```
public struct GetOptions: Hashable, Sendable, MsgPackStructFields {
  public var strategy: GetStrategy
  /// How many remote agents to ask in parallel (Holochain caps it at ``GetOptions/maxRemoteAgentCount``).
  public var remoteAgentCount: UInt8?
  public var timeoutMs: UInt64?
  /// Whether the first answer wins (the network's default when `nil`).
  public var asRace: Bool?

  /// The most remote agents a get may ask at once (`MAX_REMOTE_AGENT_COUNT`).
  public static var maxRemoteAgentCount: UInt8 { 5 }

  public init(
    strategy: GetStrategy = .network, remoteAgentCount: UInt8? = nil, timeoutMs: UInt64? = nil, asRace: Bool? = nil
  ) {
    self.strategy = strategy
    self.remoteAgentCount = remoteAgentCount
    self.timeoutMs = timeoutMs
    self.asRace = asRace
  }

  /// Fetch from the network, falling back to local data (the default).
  public static var network: GetOptions { GetOptions(strategy: .network) }
  /// Local databases only.
  public static var local: GetOptions { GetOptions(strategy: .local) }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("strategy", strategy)
    writer.writeField("remote_agent_count", remoteAgentCount)
    writer.writeField("timeout_ms", timeoutMs)
    writer.writeField("as_race", asRace)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var strategy: GetStrategy?
    var options = GetOptions()
    try reader.readStruct(fields: ["strategy", "remote_agent_count", "timeout_ms", "as_race"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: strategy = try reader.decode()
      case 1: options.remoteAgentCount = try reader.decode()
      case 2: options.timeoutMs = try reader.decode()
      default: options.asRace = try reader.decode()
      }
    }
    options.strategy = try require(strategy, "strategy", in: "GetOptions")
    self = options
  }
}

/// One request of `get` or `get_details`: a record (action hash) or an entry (entry hash), and how to get it.
public struct GetInput: Hashable, Sendable, MsgPackStructFields {
  public var anyDhtHash: AnyDhtHash
  public var getOptions: GetOptions

  public init(anyDhtHash: AnyDhtHash, getOptions: GetOptions = .network) {
    self.anyDhtHash = anyDhtHash
    self.getOptions = getOptions
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("any_dht_hash", anyDhtHash)
    writer.writeField("get_options", getOptions)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var hash: AnyDhtHash?
    var options: GetOptions?
    try reader.readStruct(fields: ["any_dht_hash", "get_options"]) { index, reader throws(MsgPackError) in
      if index == 0 { hash = try reader.decode() } else { options = try reader.decode() }
    }
    anyDhtHash = try require(hash, "any_dht_hash", in: "GetInput")
    getOptions = try require(options, "get_options", in: "GetInput")
  }
}

/// What `must_get_valid_record` takes: a newtype over the action hash (a bare hash on the wire).
public struct MustGetValidRecordInput: Hashable, Sendable, MsgPackCodable {
  public var actionHash: ActionHash
  public init(_ actionHash: ActionHash) { self.actionHash = actionHash }
  public func encode(to writer: inout MsgPackWriter) { writer.encode(actionHash) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { actionHash = try reader.decode() }
}

/// What `must_get_entry` takes: a newtype over the entry hash (a bare hash on the wire).
public struct MustGetEntryInput: Hashable, Sendable, MsgPackCodable {
  public var entryHash: EntryHash
  public init(_ entryHash: EntryHash) { self.entryHash = entryHash }
  public func encode(to writer: inout MsgPackWriter) { writer.encode(entryHash) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { entryHash = try reader.decode() }
}

/// What `must_get_action` takes: a newtype over the action hash (a bare hash on the wire).
public struct MustGetActionInput: Hashable, Sendable, MsgPackCodable {
  public var actionHash: ActionHash
  public init(_ actionHash: ActionHash) { self.actionHash = actionHash }
  public func encode(to writer: inout MsgPackWriter) { writer.encode(actionHash) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { actionHash = try reader.decode() }
}
