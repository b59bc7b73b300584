/// A position on a source chain as the host reports it: `(ActionHash, u32, Timestamp)`, a 3-array.
///
/// ```swift
/// let head = ChainPosition(hash: actionHash, seq: 3, timestamp: Timestamp(microseconds: 1_700_000_000_000_000))
/// ```
public struct ChainPosition: Hashable, Sendable, MsgPackCodable {
  public var hash: ActionHash
  public var seq: UInt32
  public var timestamp: Timestamp

  public init(hash: ActionHash, seq: UInt32, timestamp: Timestamp) {
    self.hash = hash
    self.seq = seq
    self.timestamp = timestamp
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(3)
    writer.encode(hash)
    writer.encode(seq)
    writer.encode(timestamp)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    try readTupleHeader(3, of: "ChainPosition", in: &reader)
    hash = try reader.decode()
    seq = try reader.decode()
    timestamp = try reader.decode()
  }
}

/// What `agent_info` returns: the agent's initial key and the chain head as at the start of the call.
///
/// ```swift
/// let info = AgentInfo(agentInitialPubkey: agent, chainHead: ChainPosition(hash: head, seq: 2, timestamp: now))
/// ```
public struct AgentInfo: Hashable, Sendable, MsgPackStructFields {
  /// The agent key at genesis (the third record of the chain).
  public var agentInitialPubkey: AgentPubKey
  public var chainHead: ChainPosition

  public init(agentInitialPubkey: AgentPubKey, chainHead: ChainPosition) {
    self.agentInitialPubkey = agentInitialPubkey
    self.chainHead = chainHead
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("agent_initial_pubkey", agentInitialPubkey)
    writer.writeField("chain_head", chainHead)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var agent: AgentPubKey?
    var head: ChainPosition?
    try reader.readStruct(fields: ["agent_initial_pubkey", "chain_head"]) { index, reader throws(MsgPackError) in
      if index == 0 { agent = try reader.decode() } else { head = try reader.decode() }
    }
    agentInitialPubkey = try require(agent, "agent_initial_pubkey", in: "AgentInfo")
    chainHead = try require(head, "chain_head", in: "AgentInfo")
  }
}

/// What `call_info` returns: who called, which function, the chain head at the start, and the grant used.
public struct CallInfo: Hashable, Sendable, MsgPackStructFields {
  /// The caller: the chain author for local calls, the grant's assignee for remote ones.
  public var provenance: AgentPubKey
  /// The function the call entered the wasm through.
  public var functionName: String
  /// The chain head as at the start of the call.
  public var asAt: ChainPosition
  public var capGrant: CapGrant

  public init(provenance: AgentPubKey, functionName: String, asAt: ChainPosition, capGrant: CapGrant) {
    self.provenance = provenance
    self.functionName = functionName
    self.asAt = asAt
    self.capGrant = capGrant
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("provenance", provenance)
    writer.writeField("function_name", functionName)
    writer.writeField("as_at", asAt)
    writer.writeField("cap_grant", capGrant)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var provenance: AgentPubKey?
    var functionName: String?
    var asAt: ChainPosition?
    var capGrant: CapGrant?
    try reader.readStruct(fields: ["provenance", "function_name", "as_at", "cap_grant"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: provenance = try reader.decode()
      case 1: functionName = try reader.decode()
      case 2: asAt = try reader.decode()
      default: capGrant = try reader.decode()
      }
    }
    self.provenance = try require(provenance, "provenance", in: "CallInfo")
    self.functionName = try require(functionName, "function_name", in: "CallInfo")
    self.asAt = try require(asAt, "as_at", in: "CallInfo")
    self.capGrant = try require(capGrant, "cap_grant", in: "CallInfo")
  }
}

/// What `dna_info_1` returns: the DNA's name, hash, raw properties and zome names (in zome index order).
public struct DnaInfoV1: Hashable, Sendable, MsgPackStructFields {
  public var name: String
  public var hash: DnaHash
  /// The DNA properties' msgpack bytes.
  public var properties: SerializedBytes
  public var zomeNames: [String]

  public init(name: String, hash: DnaHash, properties: SerializedBytes, zomeNames: [String]) {
    self.name = name
    self.hash = hash
    self.properties = properties
    self.zomeNames = zomeNames
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("name", name)
    writer.writeField("hash", hash)
    writer.writeField("properties", properties)
    writer.writeField("zome_names", zomeNames)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var name: String?
    var hash: DnaHash?
    var properties: SerializedBytes?
    var zomeNames: [String]?
    try reader.readStruct(fields: ["name", "hash", "properties", "zome_names"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: name = try reader.decode()
      case 1: hash = try reader.decode()
      case 2: properties = try reader.decode()
      default: zomeNames = try reader.decode()
      }
    }
    self.name = try require(name, "name", in: "DnaInfoV1")
    self.hash = try require(hash, "hash", in: "DnaInfoV1")
    self.properties = try require(properties, "properties", in: "DnaInfoV1")
    self.zomeNames = try require(zomeNames, "zome_names", in: "DnaInfoV1")
  }
}

/// What `dna_info_2` returns (Holochain's `DnaInfo`): the DNA's name, hash, modifiers and zome names.
///
/// ```swift
/// let info = DnaInfoV2(name: "forum", hash: dnaHash, modifiers: DnaModifiers(networkSeed: ""), zomeNames: ["posts"])
/// ```
public struct DnaInfoV2: Hashable, Sendable, MsgPackStructFields {
  public var name: String
  public var hash: DnaHash
  public var modifiers: DnaModifiers
  /// In zome index order, matching each zome's ``ZomeInfo``.
  public var zomeNames: [String]

  public init(name: String, hash: DnaHash, modifiers: DnaModifiers, zomeNames: [String]) {
    self.name = name
    self.hash = hash
    self.modifiers = modifiers
    self.zomeNames = zomeNames
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("name", name)
    writer.writeField("hash", hash)
    writer.writeField("modifiers", modifiers)
    writer.writeField("zome_names", zomeNames)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var name: String?
    var hash: DnaHash?
    var modifiers: DnaModifiers?
    var zomeNames: [String]?
    try reader.readStruct(fields: ["name", "hash", "modifiers", "zome_names"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: name = try reader.decode()
      case 1: hash = try reader.decode()
      case 2: modifiers = try reader.decode()
      default: zomeNames = try reader.decode()
      }
    }
    self.name = try require(name, "name", in: "DnaInfoV2")
    self.hash = try require(hash, "hash", in: "DnaInfoV2")
    self.modifiers = try require(modifiers, "modifiers", in: "DnaInfoV2")
    self.zomeNames = try require(zomeNames, "zome_names", in: "DnaInfoV2")
  }
}

/// The current version of `dna_info`'s result.
public typealias DnaInfo = DnaInfoV2
