/// What a callback could not find yet: DHT hashes, or a part of an agent's chain.
public enum UnresolvedDependencies: Hashable, Sendable, MsgPackCodable {
  case hashes([AnyDhtHash])
  /// `[agent, chain_filter]`.
  case agentActivity(AgentPubKey, ChainFilter)

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .hashes(let hashes): writer.writeField("Hashes", hashes)
    case .agentActivity(let agent, let filter):
      writer.write("AgentActivity" as StaticString)
      writer.writeArrayHeader(2)
      writer.encode(agent)
      writer.encode(filter)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Hashes", true): self = .hashes(try reader.decode())
    case ("AgentActivity", true):
      try readTupleHeader(2, of: "UnresolvedDependencies", in: &reader)
      self = .agentActivity(try reader.decode(), try reader.decode())
    default: throw .unknownVariant(type: "UnresolvedDependencies", variant: variant)
    }
  }
}

/// What the `validate` and `genesis_self_check` callbacks return.
///
/// ```swift
/// let result: ValidateCallbackResult = title.isEmpty ? .invalid("a post needs a title") : .valid
/// ```
public enum ValidateCallbackResult: Hashable, Sendable, MsgPackCodable {
  case valid
  /// Invalid, with a reason for people.
  case invalid(String)
  /// Not decidable yet; the host maps this to pending or abandoned.
  case unresolvedDependencies(UnresolvedDependencies)

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .valid: writer.write("Valid" as StaticString)
    case .invalid(let reason):
      writer.writeMapHeader(1)
      writer.writeField("Invalid", reason)
    case .unresolvedDependencies(let dependencies):
      writer.writeMapHeader(1)
      writer.writeField("UnresolvedDependencies", dependencies)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Valid", false): self = .valid
    case ("Invalid", true): self = .invalid(try reader.readString())
    case ("UnresolvedDependencies", true): self = .unresolvedDependencies(try reader.decode())
    default: throw .unknownVariant(type: "ValidateCallbackResult", variant: variant)
    }
  }
}

/// What the `init` callback returns.
public enum InitCallbackResult: Hashable, Sendable, MsgPackCodable {
  case pass
  /// Failed, with a reason; the whole DNA's init fails.
  case fail(String)
  case unresolvedDependencies(UnresolvedDependencies)

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .pass: writer.write("Pass" as StaticString)
    case .fail(let reason):
      writer.writeMapHeader(1)
      writer.writeField("Fail", reason)
    case .unresolvedDependencies(let dependencies):
      writer.writeMapHeader(1)
      writer.writeField("UnresolvedDependencies", dependencies)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Pass", false): self = .pass
    case ("Fail", true): self = .fail(try reader.readString())
    case ("UnresolvedDependencies", true): self = .unresolvedDependencies(try reader.decode())
    default: throw .unknownVariant(type: "InitCallbackResult", variant: variant)
    }
  }
}

/// What the `entry_defs` callback returns: `{"Defs": [entry_def, …]}`.
public enum EntryDefsCallbackResult: Hashable, Sendable, MsgPackCodable {
  case defs([EntryDef])

  /// The entry definitions.
  public var defs: [EntryDef] {
    switch self {
    case .defs(let defs): return defs
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .defs(let defs): writer.writeField("Defs", defs)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    guard variant == "Defs", hasContent else {
      throw .unknownVariant(type: "EntryDefsCallbackResult", variant: variant)
    }
    self = .defs(try reader.decode())
  }
}

/// What `genesis_self_check` (version 1) receives: the DNA info, the membrane proof and the agent key.
public struct GenesisSelfCheckDataV1: Hashable, Sendable, MsgPackStructFields {
  public var dnaInfo: DnaInfoV1
  public var membraneProof: MembraneProof?
  public var agentKey: AgentPubKey

  public init(dnaInfo: DnaInfoV1, membraneProof: MembraneProof?, agentKey: AgentPubKey) {
    self.dnaInfo = dnaInfo
    self.membraneProof = membraneProof
    self.agentKey = agentKey
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("dna_info", dnaInfo)
    writer.writeField("membrane_proof", membraneProof)
    writer.writeField("agent_key", agentKey)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var info: DnaInfoV1?
    var proof: MembraneProof?
    var agent: AgentPubKey?
    try reader.readStruct(fields: ["dna_info", "membrane_proof", "agent_key"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: info = try reader.decode()
      case 1: proof = try reader.decode()
      default: agent = try reader.decode()
      }
    }
    dnaInfo = try require(info, "dna_info", in: "GenesisSelfCheckDataV1")
    membraneProof = proof
    agentKey = try require(agent, "agent_key", in: "GenesisSelfCheckDataV1")
  }
}

/// What `genesis_self_check` (version 2, the current one) receives: the membrane proof and the agent key.
public struct GenesisSelfCheckDataV2: Hashable, Sendable, MsgPackStructFields {
  public var membraneProof: MembraneProof?
  public var agentKey: AgentPubKey

  public init(membraneProof: MembraneProof?, agentKey: AgentPubKey) {
    self.membraneProof = membraneProof
    self.agentKey = agentKey
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("membrane_proof", membraneProof)
    writer.writeField("agent_key", agentKey)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var proof: MembraneProof?
    var agent: AgentPubKey?
    try reader.readStruct(fields: ["membrane_proof", "agent_key"]) { index, reader throws(MsgPackError) in
      if index == 0 { proof = try reader.decode() } else { agent = try reader.decode() }
    }
    membraneProof = proof
    agentKey = try require(agent, "agent_key", in: "GenesisSelfCheckDataV2")
  }
}

/// The current version of what `genesis_self_check` receives.
public typealias GenesisSelfCheckData = GenesisSelfCheckDataV2
