/// An action hash with its signature (`(ActionHash, Signature)`, a 2-array).
public struct ActionHashAndSig: Hashable, Sendable, MsgPackCodable {
  public var hash: ActionHash
  public var signature: Signature

  public init(hash: ActionHash, signature: Signature) {
    self.hash = hash
    self.signature = signature
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(2)
    writer.encode(hash)
    writer.encode(signature)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    guard try reader.readArrayHeader() == 2 else {
      throw .invalidValue(type: "ActionHashAndSig", reason: "expected (action hash, signature)")
    }
    hash = try reader.decode()
    signature = try reader.decode()
  }
}

/// Evidence that an agent broke the rules of its chain.
public enum ChainIntegrityWarrant: Hashable, Sendable, MsgPackCodable {
  /// An action judged invalid as an op of `chainOpType`; `reason` is for people.
  case invalidChainOp(actionAuthor: AgentPubKey, action: ActionHashAndSig, chainOpType: ChainOpType, reason: String)
  /// Two actions with the same sequence number.
  case chainFork(chainAuthor: AgentPubKey, actionPair: (ActionHashAndSig, ActionHashAndSig), seq: UInt32)

  /// Holochain ignores the reason when comparing warrants.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    switch (lhs, rhs) {
    case (.invalidChainOp(let a1, let a2, let a3, _), .invalidChainOp(let b1, let b2, let b3, _)):
      return a1 == b1 && a2 == b2 && a3 == b3
    case (.chainFork(let a1, let a2, let a3), .chainFork(let b1, let b2, let b3)):
      return a1 == b1 && a2.0 == b2.0 && a2.1 == b2.1 && a3 == b3
    default:
      return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .invalidChainOp(let author, let action, let type, _):
      hasher.combine(0)
      hasher.combine(author)
      hasher.combine(action)
      hasher.combine(type)
    case .chainFork(let author, let pair, let seq):
      hasher.combine(1)
      hasher.combine(author)
      hasher.combine(pair.0)
      hasher.combine(pair.1)
      hasher.combine(seq)
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .invalidChainOp(let author, let action, let type, let reason):
      writer.write("InvalidChainOp" as StaticString)
      writer.writeMapHeader(4)
      writer.writeField("action_author", author)
      writer.writeField("action", action)
      writer.writeField("chain_op_type", type)
      writer.writeField("reason", reason)
    case .chainFork(let author, let pair, let seq):
      writer.write("ChainFork" as StaticString)
      writer.writeMapHeader(3)
      writer.writeField("chain_author", author)
      writer.write("action_pair" as StaticString)
      writer.writeArrayHeader(2)
      writer.encode(pair.0)
      writer.encode(pair.1)
      writer.writeField("seq", seq)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    guard hasContent else { throw .unknownVariant(type: "ChainIntegrityWarrant", variant: variant) }
    switch variant {
    case "InvalidChainOp":
      var author: AgentPubKey?
      var action: ActionHashAndSig?
      var type: ChainOpType?
      var reason: String?
      try reader.readStruct(fields: ["action_author", "action", "chain_op_type", "reason"]) {
        index, reader throws(MsgPackError) in
        switch index {
        case 0: author = try reader.decode()
        case 1: action = try reader.decode()
        case 2: type = try reader.decode()
        default: reason = try reader.decode()
        }
      }
      self = .invalidChainOp(
        actionAuthor: try require(author, "action_author", in: "InvalidChainOp"),
        action: try require(action, "action", in: "InvalidChainOp"),
        chainOpType: try require(type, "chain_op_type", in: "InvalidChainOp"),
        reason: try require(reason, "reason", in: "InvalidChainOp"))
    case "ChainFork":
      var author: AgentPubKey?
      var pair: [ActionHashAndSig]?
      var seq: UInt32?
      try reader.readStruct(fields: ["chain_author", "action_pair", "seq"]) { index, reader throws(MsgPackError) in
        switch index {
        case 0: author = try reader.decode()
        case 1: pair = try reader.decode()
        default: seq = try reader.decode()
        }
      }
      let actions = try require(pair, "action_pair", in: "ChainFork")
      guard actions.count == 2 else { throw .invalidValue(type: "ChainFork", reason: "action_pair holds two actions") }
      self = .chainFork(
        chainAuthor: try require(author, "chain_author", in: "ChainFork"), actionPair: (actions[0], actions[1]),
        seq: try require(seq, "seq", in: "ChainFork"))
    default:
      throw .unknownVariant(type: "ChainIntegrityWarrant", variant: variant)
    }
  }
}

/// An authored, timestamped proof of wrongdoing by another agent (the `warrantee`).
public struct Warrant: Hashable, Sendable, MsgPackStructFields {
  /// The evidence (`WarrantProof::ChainIntegrity`, the only kind in Holochain 0.7).
  public var proof: ChainIntegrityWarrant
  public var author: AgentPubKey
  public var timestamp: Timestamp
  public var warrantee: AgentPubKey

  public init(proof: ChainIntegrityWarrant, author: AgentPubKey, timestamp: Timestamp, warrantee: AgentPubKey) {
    self.proof = proof
    self.author = author
    self.timestamp = timestamp
    self.warrantee = warrantee
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.write("proof" as StaticString)
    writer.writeMapHeader(1)
    writer.writeField("ChainIntegrity", proof)
    writer.writeField("author", author)
    writer.writeField("timestamp", timestamp)
    writer.writeField("warrantee", warrantee)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var proof: ChainIntegrityWarrant?
    var author: AgentPubKey?
    var timestamp: Timestamp?
    var warrantee: AgentPubKey?
    try reader.readStruct(fields: ["proof", "author", "timestamp", "warrantee"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0:
        let (variant, hasContent) = try reader.readEnumTag()
        guard variant == "ChainIntegrity", hasContent else {
          throw .unknownVariant(type: "WarrantProof", variant: variant)
        }
        proof = try reader.decode()
      case 1: author = try reader.decode()
      case 2: timestamp = try reader.decode()
      default: warrantee = try reader.decode()
      }
    }
    self.proof = try require(proof, "proof", in: "Warrant")
    self.author = try require(author, "author", in: "Warrant")
    self.timestamp = try require(timestamp, "timestamp", in: "Warrant")
    self.warrantee = try require(warrantee, "warrantee", in: "Warrant")
  }

  /// The warrant's own hash (a `WarrantHash`).
  public func hash() -> WarrantHash { WarrantHash.hashing(self) }

  /// The hash of the warrant op that carries it: the same bytes hashed as a `DhtOpHash`.
  public func opHash() -> DhtOpHash { DhtOpHash.hashing(self) }

  /// Where the warrant op is stored: the warrantee's activity authorities.
  public func basis() -> AnyLinkableHash { AnyLinkableHash(EntryHash(agent: warrantee))! }
}

/// A warrant signed by its author (`Signed<Warrant>`, what a warrant op carries).
public typealias SignedWarrant = Signed<Warrant>
