/// DNA modifiers to override when cloning a cell; `nil` keeps the original's.
///
/// `create_clone_cell` carries Holochain's `DnaModifiersOpt<YamlProperties>`: the properties are any value
/// (a YAML document serialized as msgpack), kept here as a ``MsgPackValue``.
public struct DnaModifiersOpt: Hashable, Sendable, MsgPackStructFields {
  public var networkSeed: String?
  public var properties: MsgPackValue?

  public init(networkSeed: String? = nil, properties: MsgPackValue? = nil) {
    self.networkSeed = networkSeed
    self.properties = properties
  }

  /// Whether at least one modifier is set (a clone needs one to get a distinct DNA hash).
  public var hasSomeOptionSet: Bool { networkSeed != nil || properties != nil }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("network_seed", networkSeed)
    writer.writeField("properties", properties)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var seed: String?
    var properties: MsgPackValue?
    try reader.readStruct(fields: ["network_seed", "properties"]) { index, reader throws(MsgPackError) in
      // A nil `properties` is `None` (a YAML null is indistinguishable from it, in Rust too).
      if index == 0 { seed = try reader.decode() } else { properties = try reader.decode() }
    }
    networkSeed = seed
    self.properties = properties
  }
}

/// What `create_clone_cell` takes: the cell to clone and what to change.
///
/// ```swift
/// let input = CreateCloneCellInput(cellId: cell, modifiers: DnaModifiersOpt(networkSeed: "room-42"))
/// ```
public struct CreateCloneCellInput: Hashable, Sendable, MsgPackStructFields {
  public var cellId: CellId
  public var modifiers: DnaModifiersOpt
  public var membraneProof: MembraneProof?
  /// A name for the clone.
  public var name: String?

  public init(cellId: CellId, modifiers: DnaModifiersOpt, membraneProof: MembraneProof? = nil, name: String? = nil) {
    self.cellId = cellId
    self.modifiers = modifiers
    self.membraneProof = membraneProof
    self.name = name
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("cell_id", cellId)
    writer.writeField("modifiers", modifiers)
    writer.writeField("membrane_proof", membraneProof)
    writer.writeField("name", name)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var cellId: CellId?
    var modifiers: DnaModifiersOpt?
    var proof: MembraneProof?
    var name: String?
    try reader.readStruct(fields: ["cell_id", "modifiers", "membrane_proof", "name"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: cellId = try reader.decode()
      case 1: modifiers = try reader.decode()
      case 2: proof = try reader.decode()
      default: name = try reader.decode()
      }
    }
    self.cellId = try require(cellId, "cell_id", in: "CreateCloneCellInput")
    self.modifiers = try require(modifiers, "modifiers", in: "CreateCloneCellInput")
    membraneProof = proof
    self.name = name
  }
}

/// A clone cell created at runtime (what `create_clone_cell` and `enable_clone_cell` return).
public struct ClonedCell: Hashable, Sendable, MsgPackStructFields {
  public var cellId: CellId
  /// The conductor-local clone id, `role_name.index` (`CloneId`, a bare string).
  public var cloneId: String
  public var originalDnaHash: DnaHash
  public var dnaModifiers: DnaModifiers
  public var name: String
  /// Whether the cell is running.
  public var enabled: Bool

  public init(
    cellId: CellId, cloneId: String, originalDnaHash: DnaHash, dnaModifiers: DnaModifiers, name: String, enabled: Bool
  ) {
    self.cellId = cellId
    self.cloneId = cloneId
    self.originalDnaHash = originalDnaHash
    self.dnaModifiers = dnaModifiers
    self.name = name
    self.enabled = enabled
  }

  public var fieldCount: Int { 6 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("cell_id", cellId)
    writer.writeField("clone_id", cloneId)
    writer.writeField("original_dna_hash", originalDnaHash)
    writer.writeField("dna_modifiers", dnaModifiers)
    writer.writeField("name", name)
    writer.writeField("enabled", enabled)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var cellId: CellId?
    var cloneId: String?
    var original: DnaHash?
    var modifiers: DnaModifiers?
    var name: String?
    var enabled: Bool?
    let fields: [StaticString] = ["cell_id", "clone_id", "original_dna_hash", "dna_modifiers", "name", "enabled"]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: cellId = try reader.decode()
      case 1: cloneId = try reader.decode()
      case 2: original = try reader.decode()
      case 3: modifiers = try reader.decode()
      case 4: name = try reader.decode()
      default: enabled = try reader.decode()
      }
    }
    self.cellId = try require(cellId, "cell_id", in: "ClonedCell")
    self.cloneId = try require(cloneId, "clone_id", in: "ClonedCell")
    originalDnaHash = try require(original, "original_dna_hash", in: "ClonedCell")
    dnaModifiers = try require(modifiers, "dna_modifiers", in: "ClonedCell")
    self.name = try require(name, "name", in: "ClonedCell")
    self.enabled = try require(enabled, "enabled", in: "ClonedCell")
  }
}

/// A clone cell of the app, by clone id or by DNA hash: `{"type": "clone_id", "value": "chat.0"}`.
public enum CloneCellId: Hashable, Sendable, MsgPackCodable {
  /// `role_name.index`.
  case cloneId(String)
  case dnaHash(DnaHash)

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(2)
    switch self {
    case .cloneId(let id):
      writer.writeField("type", "clone_id" as StaticString)
      writer.writeField("value", id)
    case .dnaHash(let hash):
      writer.writeField("type", "dna_hash" as StaticString)
      writer.writeField("value", hash)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, content) = try reader.readAdjacentTag(tag: "type", content: "value", of: "CloneCellId")
    guard var content else { throw .missingField(type: "CloneCellId", field: "value") }
    switch variant {
    case "clone_id": self = .cloneId(try content.readString())
    case "dna_hash": self = .dnaHash(try content.decode())
    default: throw .unknownVariant(type: "CloneCellId", variant: variant)
    }
  }
}

/// What `disable_clone_cell` takes (and, as aliases, `enable_clone_cell` and `delete_clone_cell`).
public struct DisableCloneCellInput: Hashable, Sendable, MsgPackStructFields {
  public var cloneCellId: CloneCellId

  public init(cloneCellId: CloneCellId) { self.cloneCellId = cloneCellId }

  public var fieldCount: Int { 1 }

  public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("clone_cell_id", cloneCellId) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var id: CloneCellId?
    try reader.readStruct(fields: ["clone_cell_id"]) { _, reader throws(MsgPackError) in id = try reader.decode() }
    cloneCellId = try require(id, "clone_cell_id", in: "DisableCloneCellInput")
  }
}

/// What `enable_clone_cell` takes.
public typealias EnableCloneCellInput = DisableCloneCellInput
/// What `delete_clone_cell` takes (the clone must be disabled first).
public typealias DeleteCloneCellInput = DisableCloneCellInput
