/// What makes two DNAs with the same code distinct networks: a seed and app-defined properties.
public struct DnaModifiers: Hashable, Sendable, MsgPackStructFields {
  public var networkSeed: String
  /// Msgpack bytes of the properties (`nil`, i.e. `[0xc0]`, when there are none).
  public var properties: SerializedBytes

  public init(networkSeed: String, properties: SerializedBytes = .unit) {
    self.networkSeed = networkSeed
    self.properties = properties
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("network_seed", networkSeed)
    writer.writeField("properties", properties)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var seed: String?
    var properties: SerializedBytes?
    try reader.readStruct(fields: ["network_seed", "properties"]) { index, reader throws(MsgPackError) in
      if index == 0 { seed = try reader.decode() } else { properties = try reader.decode() }
    }
    networkSeed = try require(seed, "network_seed", in: "DnaModifiers")
    self.properties = try require(properties, "properties", in: "DnaModifiers")
  }
}

/// A zome of a DNA: its name, the hash of its wasm, and the integrity zomes it depends on.
/// On the wire a `(name, {"Wasm": {wasm_hash, dependencies}})` pair.
public struct ZomeDef: Hashable, Sendable, MsgPackCodable {
  public var name: String
  public var wasmHash: WasmHash
  public var dependencies: [String]

  public init(name: String, wasmHash: WasmHash, dependencies: [String] = []) {
    self.name = name
    self.wasmHash = wasmHash
    self.dependencies = dependencies
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(2)
    writer.write(name)
    writer.writeMapHeader(1)
    writer.write("Wasm" as StaticString)
    writer.writeMapHeader(2)
    writer.writeField("wasm_hash", wasmHash)
    writer.writeField("dependencies", dependencies)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    guard try reader.readArrayHeader() == 2 else {
      throw .invalidValue(type: "ZomeDef", reason: "expected a (name, definition) pair")
    }
    name = try reader.readString()
    let (variant, hasContent) = try reader.readEnumTag()
    guard variant == "Wasm", hasContent else { throw .unknownVariant(type: "ZomeDef", variant: variant) }
    var wasmHash: WasmHash?
    var dependencies: [String]?
    try reader.readStruct(fields: ["wasm_hash", "dependencies"]) { index, reader throws(MsgPackError) in
      if index == 0 { wasmHash = try reader.decode() } else { dependencies = try reader.decode() }
    }
    self.wasmHash = try require(wasmHash, "wasm_hash", in: "WasmZomeDef")
    self.dependencies = dependencies ?? []
  }
}

/// The definition of a DNA. Its hash covers only the modifiers and the integrity zomes, so coordinators can
/// be updated without changing the DNA hash.
public struct DnaDef: Hashable, Sendable, MsgPackStructFields {
  public var name: String
  public var modifiers: DnaModifiers
  public var integrityZomes: [ZomeDef]
  public var coordinatorZomes: [ZomeDef]

  public init(name: String, modifiers: DnaModifiers, integrityZomes: [ZomeDef], coordinatorZomes: [ZomeDef]) {
    self.name = name
    self.modifiers = modifiers
    self.integrityZomes = integrityZomes
    self.coordinatorZomes = coordinatorZomes
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("name", name)
    writer.writeField("modifiers", modifiers)
    writer.writeField("integrity_zomes", integrityZomes)
    writer.writeField("coordinator_zomes", coordinatorZomes)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var name: String?
    var modifiers: DnaModifiers?
    var integrity: [ZomeDef]?
    var coordinators: [ZomeDef]?
    try reader.readStruct(fields: ["name", "modifiers", "integrity_zomes", "coordinator_zomes"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: name = try reader.decode()
      case 1: modifiers = try reader.decode()
      case 2: integrity = try reader.decode()
      default: coordinators = try reader.decode()
      }
    }
    self.name = try require(name, "name", in: "DnaDef")
    self.modifiers = try require(modifiers, "modifiers", in: "DnaDef")
    integrityZomes = try require(integrity, "integrity_zomes", in: "DnaDef")
    coordinatorZomes = try require(coordinators, "coordinator_zomes", in: "DnaDef")
  }

  /// The DNA hash: blake2b-256 of `{modifiers, integrity_zomes}`.
  public func hash() -> DnaHash {
    var writer = MsgPackWriter()
    writer.writeMapHeader(2)
    writer.writeField("modifiers", modifiers)
    writer.writeField("integrity_zomes", integrityZomes)
    return DnaHash.hashing(bytes: writer.bytes)
  }
}
