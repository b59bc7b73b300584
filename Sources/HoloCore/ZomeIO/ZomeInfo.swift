/// How an entry type is identified in its definition: an app entry name, or one of the two system types.
public enum EntryDefId: Hashable, Sendable, MsgPackCodable {
  /// An app entry type, by name (`AppEntryName`, a bare string).
  case app(String)
  case capClaim
  case capGrant

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .app(let name):
      writer.writeMapHeader(1)
      writer.writeField("App", name)
    case .capClaim: writer.write("CapClaim" as StaticString)
    case .capGrant: writer.write("CapGrant" as StaticString)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("App", true): self = .app(try reader.readString())
    case ("CapClaim", false): self = .capClaim
    case ("CapGrant", false): self = .capGrant
    default: throw .unknownVariant(type: "EntryDefId", variant: variant)
    }
  }
}

/// The definition of one entry type of an integrity zome (what `entry_defs` lists).
///
/// ```swift
/// let post = EntryDef(id: .app("post"), visibility: .public, requiredValidations: 5, cacheAtAgentActivity: false)
/// ```
public struct EntryDef: Hashable, Sendable, MsgPackStructFields {
  public var id: EntryDefId
  public var visibility: EntryVisibility
  /// How many validation receipts make the entry "saturated" (`RequiredValidations(u8)`, 5 by default).
  public var requiredValidations: UInt8
  /// Whether agent activity authorities cache the entry for `must_get_agent_activity`.
  public var cacheAtAgentActivity: Bool

  public init(
    id: EntryDefId, visibility: EntryVisibility = .public, requiredValidations: UInt8 = 5,
    cacheAtAgentActivity: Bool = false
  ) {
    self.id = id
    self.visibility = visibility
    self.requiredValidations = requiredValidations
    self.cacheAtAgentActivity = cacheAtAgentActivity
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("id", id)
    writer.writeField("visibility", visibility)
    writer.writeField("required_validations", requiredValidations)
    writer.writeField("cache_at_agent_activity", cacheAtAgentActivity)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var id: EntryDefId?
    var visibility: EntryVisibility?
    var required: UInt8?
    var cache: Bool?
    try reader.readStruct(fields: ["id", "visibility", "required_validations", "cache_at_agent_activity"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: id = try reader.decode()
      case 1: visibility = try reader.decode()
      case 2: required = try reader.decode()
      default: cache = try reader.decode()
      }
    }
    self.id = try require(id, "id", in: "EntryDef")
    self.visibility = try require(visibility, "visibility", in: "EntryDef")
    requiredValidations = try require(required, "required_validations", in: "EntryDef")
    cacheAtAgentActivity = try require(cache, "cache_at_agent_activity", in: "EntryDef")
  }
}

/// One zome and the type indices (entry def indices or link types) it contributes:
/// `(ZomeIndex, Vec<T>)`, a 2-array.
public struct ZomeTypeIndices<Tag: SmallIndexTag>: Hashable, Sendable, MsgPackCodable {
  public var zomeIndex: ZomeIndex
  public var types: [SmallIndex<Tag>]

  public init(zomeIndex: ZomeIndex, types: [SmallIndex<Tag>]) {
    self.zomeIndex = zomeIndex
    self.types = types
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(2)
    writer.encode(zomeIndex)
    writer.encode(types)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    try readTupleHeader(2, of: "ZomeTypeIndices", in: &reader)
    zomeIndex = try reader.decode()
    types = try reader.decode()
  }
}

/// The entry or link types in scope for a zome, per zome that defines them (`ScopedZomeTypes<T>`, a newtype
/// over `Vec<(ZomeIndex, Vec<T>)>`, so a bare array on the wire).
public struct ScopedZomeTypes<Tag: SmallIndexTag>: Hashable, Sendable, MsgPackCodable {
  public var zomes: [ZomeTypeIndices<Tag>]

  public init(_ zomes: [ZomeTypeIndices<Tag>] = []) { self.zomes = zomes }

  /// The type at `typeIndex` of the `zomeDependency`-th zome, with the zome that defines it, if any.
  public func get(zomeDependency: Int, typeIndex: Int) -> (zomeIndex: ZomeIndex, type: SmallIndex<Tag>)? {
    guard zomeDependency >= 0, zomeDependency < zomes.count else { return nil }
    let zome = zomes[zomeDependency]
    guard typeIndex >= 0, typeIndex < zome.types.count else { return nil }
    return (zome.zomeIndex, zome.types[typeIndex])
  }

  public func encode(to writer: inout MsgPackWriter) { writer.encode(zomes) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { zomes = try reader.decode() }
}

/// The entry def indices and link types in scope for the calling zome.
public struct ScopedZomeTypesSet: Hashable, Sendable, MsgPackStructFields {
  public var entries: ScopedZomeTypes<EntryDefIndexTag>
  public var links: ScopedZomeTypes<LinkTypeTag>

  public init(entries: ScopedZomeTypes<EntryDefIndexTag> = .init(), links: ScopedZomeTypes<LinkTypeTag> = .init()) {
    self.entries = entries
    self.links = links
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("entries", entries)
    writer.writeField("links", links)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var entries: ScopedZomeTypes<EntryDefIndexTag>?
    var links: ScopedZomeTypes<LinkTypeTag>?
    try reader.readStruct(fields: ["entries", "links"]) { index, reader throws(MsgPackError) in
      if index == 0 { entries = try reader.decode() } else { links = try reader.decode() }
    }
    self.entries = try require(entries, "entries", in: "ScopedZomeTypesSet")
    self.links = try require(links, "links", in: "ScopedZomeTypesSet")
  }
}

/// What `zome_info` returns: the calling zome's name, index, properties, entry defs, externs and types in scope.
///
/// ```swift
/// let info = ZomeInfo(name: "posts", id: ZomeIndex(0), properties: .unit, entryDefs: [],
///                     externFns: ["create_post"], zomeTypes: ScopedZomeTypesSet())
/// ```
public struct ZomeInfo: Hashable, Sendable, MsgPackStructFields {
  public var name: String
  /// The zome's position in the DNA.
  public var id: ZomeIndex
  /// The DNA properties' msgpack bytes.
  public var properties: SerializedBytes
  /// `EntryDefs`, a newtype over `Vec<EntryDef>`: a bare array.
  public var entryDefs: [EntryDef]
  /// The names of the functions the zome exports.
  public var externFns: [String]
  public var zomeTypes: ScopedZomeTypesSet

  public init(
    name: String, id: ZomeIndex, properties: SerializedBytes, entryDefs: [EntryDef], externFns: [String],
    zomeTypes: ScopedZomeTypesSet
  ) {
    self.name = name
    self.id = id
    self.properties = properties
    self.entryDefs = entryDefs
    self.externFns = externFns
    self.zomeTypes = zomeTypes
  }

  public var fieldCount: Int { 6 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("name", name)
    writer.writeField("id", id)
    writer.writeField("properties", properties)
    writer.writeField("entry_defs", entryDefs)
    writer.writeField("extern_fns", externFns)
    writer.writeField("zome_types", zomeTypes)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var name: String?
    var id: ZomeIndex?
    var properties: SerializedBytes?
    var entryDefs: [EntryDef]?
    var externFns: [String]?
    var zomeTypes: ScopedZomeTypesSet?
    let fields: [StaticString] = ["name", "id", "properties", "entry_defs", "extern_fns", "zome_types"]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: name = try reader.decode()
      case 1: id = try reader.decode()
      case 2: properties = try reader.decode()
      case 3: entryDefs = try reader.decode()
      case 4: externFns = try reader.decode()
      default: zomeTypes = try reader.decode()
      }
    }
    self.name = try require(name, "name", in: "ZomeInfo")
    self.id = try require(id, "id", in: "ZomeInfo")
    self.properties = try require(properties, "properties", in: "ZomeInfo")
    self.entryDefs = try require(entryDefs, "entry_defs", in: "ZomeInfo")
    self.externFns = try require(externFns, "extern_fns", in: "ZomeInfo")
    self.zomeTypes = try require(zomeTypes, "zome_types", in: "ZomeInfo")
  }
}
