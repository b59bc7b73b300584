/// A zome and function name pair a capability grant may list (`(ZomeName, FunctionName)`, a 2-array).
public struct GrantedFunction: Hashable, Comparable, Sendable, MsgPackCodable {
  public var zome: String
  public var function: String

  public init(zome: String, function: String) {
    self.zome = zome
    self.function = function
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.zome == rhs.zome
      ? lhs.function.utf8.lexicographicallyPrecedes(rhs.function.utf8)
      : lhs.zome.utf8.lexicographicallyPrecedes(rhs.zome.utf8)
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(2)
    writer.write(zome)
    writer.write(function)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    guard try reader.readArrayHeader() == 2 else {
      throw .invalidValue(type: "GrantedFunction", reason: "expected a (zome, function) pair")
    }
    zome = try reader.readString()
    function = try reader.readString()
  }
}

/// Which functions a grant covers: `{"type": "all"}` or `{"type": "listed", "value": [[zome, fn], …]}`.
public enum GrantedFunctions: Hashable, Sendable, MsgPackCodable {
  case all
  /// A set (a `HashSet` in Holochain): compared as a set, and written sorted so it always has the same bytes.
  case listed([GrantedFunction])

  public static func == (lhs: Self, rhs: Self) -> Bool {
    switch (lhs, rhs) {
    case (.all, .all): return true
    case (.listed(let a), .listed(let b)): return Set(a) == Set(b)
    default: return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .all: hasher.combine(0)
    case .listed(let functions): hasher.combine(Set(functions))
    }
  }

  /// Whether `function` is covered.
  public func contains(_ function: GrantedFunction) -> Bool {
    switch self {
    case .all: return true
    case .listed(let functions): return functions.contains(function)
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .all:
      writer.writeMapHeader(1)
      writer.writeField("type", "all" as StaticString)
    case .listed(let functions):
      writer.writeMapHeader(2)
      writer.writeField("type", "listed" as StaticString)
      writer.writeField("value", functions.sorted())
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, content) = try reader.readAdjacentTag(tag: "type", content: "value", of: "GrantedFunctions")
    switch variant {
    case "all": self = .all
    case "listed":
      guard var content else { throw .missingField(type: "GrantedFunctions", field: "value") }
      self = .listed(try content.decode([GrantedFunction].self))
    default: throw .unknownVariant(type: "GrantedFunctions", variant: variant)
    }
  }
}

/// Who may use a grant: anyone, anyone with the secret, or listed agents with the secret.
public enum CapAccess: Hashable, Sendable, MsgPackCodable {
  case unrestricted
  case transferable(secret: CapSecret)
  /// Assignees are a set (a `BTreeSet` in Holochain): compared as a set, written sorted.
  case assigned(secret: CapSecret, assignees: [AgentPubKey])

  public static func == (lhs: Self, rhs: Self) -> Bool {
    switch (lhs, rhs) {
    case (.unrestricted, .unrestricted): return true
    case (.transferable(let a), .transferable(let b)): return a == b
    case (.assigned(let a, let x), .assigned(let b, let y)): return a == b && Set(x) == Set(y)
    default: return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .unrestricted: hasher.combine(0)
    case .transferable(let secret): hasher.combine(secret)
    case .assigned(let secret, let assignees):
      hasher.combine(secret)
      hasher.combine(Set(assignees))
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .unrestricted:
      writer.writeMapHeader(1)
      writer.writeField("type", "unrestricted" as StaticString)
    case .transferable(let secret):
      writer.writeMapHeader(2)
      writer.writeField("type", "transferable" as StaticString)
      writer.write("value" as StaticString)
      writer.writeMapHeader(1)
      writer.writeField("secret", secret)
    case .assigned(let secret, let assignees):
      writer.writeMapHeader(2)
      writer.writeField("type", "assigned" as StaticString)
      writer.write("value" as StaticString)
      writer.writeMapHeader(2)
      writer.writeField("secret", secret)
      writer.writeField("assignees", assignees.sorted())
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, content) = try reader.readAdjacentTag(tag: "type", content: "value", of: "CapAccess")
    switch variant {
    case "unrestricted":
      self = .unrestricted
    case "transferable", "assigned":
      guard var content else { throw .missingField(type: "CapAccess", field: "value") }
      var secret: CapSecret?
      var assignees: [AgentPubKey]?
      try content.readStruct(fields: ["secret", "assignees"]) { index, reader throws(MsgPackError) in
        if index == 0 { secret = try reader.decode() } else { assignees = try reader.decode() }
      }
      let theSecret = try require(secret, "secret", in: "CapAccess")
      self =
        variant == "transferable"
        ? .transferable(secret: theSecret)
        : .assigned(secret: theSecret, assignees: try require(assignees, "assignees", in: "CapAccess"))
    default:
      throw .unknownVariant(type: "CapAccess", variant: variant)
    }
  }
}

/// A grant of access to some of this agent's zome functions (the `CapGrant` entry).
public struct ZomeCallCapGrant: Hashable, Sendable, MsgPackStructFields {
  public var tag: String
  public var access: CapAccess
  public var functions: GrantedFunctions

  public init(tag: String, access: CapAccess, functions: GrantedFunctions) {
    self.tag = tag
    self.access = access
    self.functions = functions
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("tag", tag)
    writer.writeField("access", access)
    writer.writeField("functions", functions)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var tag: String?
    var access: CapAccess?
    var functions: GrantedFunctions?
    try reader.readStruct(fields: ["tag", "access", "functions"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: tag = try reader.decode()
      case 1: access = try reader.decode()
      default: functions = try reader.decode()
      }
    }
    self.tag = try require(tag, "tag", in: "ZomeCallCapGrant")
    self.access = try require(access, "access", in: "ZomeCallCapGrant")
    self.functions = try require(functions, "functions", in: "ZomeCallCapGrant")
  }

  /// Whether this grant lets `agent`, presenting `secret`, call `function` (Holochain's `CapGrant::is_valid`).
  public func authorizes(_ function: GrantedFunction, agent: AgentPubKey, secret: CapSecret?) -> Bool {
    guard functions.contains(function) else { return false }
    switch access {
    case .unrestricted: return true
    case .transferable(let granted): return secret.map { constantTimeEqual($0.bytes, granted.bytes) } ?? false
    case .assigned(let granted, let assignees):
      guard assignees.contains(agent) else { return false }
      return secret.map { constantTimeEqual($0.bytes, granted.bytes) } ?? false
    }
  }
}

/// A grant as checked at call time: the chain author may call anything; others need a `ZomeCallCapGrant`.
public enum CapGrant: Hashable, Sendable, MsgPackCodable {
  case chainAuthor(AgentPubKey)
  case remoteAgent(ZomeCallCapGrant)

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .chainAuthor(let key): writer.writeField("ChainAuthor", key)
    case .remoteAgent(let grant): writer.writeField("RemoteAgent", grant)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("ChainAuthor", true): self = .chainAuthor(try reader.decode())
    case ("RemoteAgent", true): self = .remoteAgent(try reader.decode())
    default: throw .unknownVariant(type: "CapGrant", variant: variant)
    }
  }

  /// Whether this grant lets `agent`, presenting `secret`, call `function`.
  public func authorizes(_ function: GrantedFunction, agent: AgentPubKey, secret: CapSecret?) -> Bool {
    switch self {
    case .chainAuthor(let author): return author == agent
    case .remoteAgent(let grant): return grant.authorizes(function, agent: agent, secret: secret)
    }
  }
}

/// A claim on someone else's grant, kept to call them later (the `CapClaim` entry).
public struct CapClaim: Hashable, Sendable, MsgPackStructFields {
  public var tag: String
  public var grantor: AgentPubKey
  public var secret: CapSecret

  public init(tag: String, grantor: AgentPubKey, secret: CapSecret) {
    self.tag = tag
    self.grantor = grantor
    self.secret = secret
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("tag", tag)
    writer.writeField("grantor", grantor)
    writer.writeField("secret", secret)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var tag: String?
    var grantor: AgentPubKey?
    var secret: CapSecret?
    try reader.readStruct(fields: ["tag", "grantor", "secret"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: tag = try reader.decode()
      case 1: grantor = try reader.decode()
      default: secret = try reader.decode()
      }
    }
    self.tag = try require(tag, "tag", in: "CapClaim")
    self.grantor = try require(grantor, "grantor", in: "CapClaim")
    self.secret = try require(secret, "secret", in: "CapClaim")
  }
}

/// Compares two byte strings in time that depends only on their length.
public func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
  guard lhs.count == rhs.count else { return false }
  var difference: UInt8 = 0
  for index in 0..<lhs.count { difference |= lhs[index] ^ rhs[index] }
  return difference == 0
}
