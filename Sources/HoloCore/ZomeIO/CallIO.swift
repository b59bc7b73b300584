/// Which cell of this conductor a `call` goes to.
public enum CallTargetCell: Hashable, Sendable, MsgPackCodable {
  case otherCell(CellId)
  /// A cell of the same app, by role name.
  case otherRole(String)
  /// The calling cell itself.
  case local

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .otherCell(let cellId):
      writer.writeMapHeader(1)
      writer.writeField("OtherCell", cellId)
    case .otherRole(let role):
      writer.writeMapHeader(1)
      writer.writeField("OtherRole", role)
    case .local: writer.write("Local" as StaticString)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("OtherCell", true): self = .otherCell(try reader.decode())
    case ("OtherRole", true): self = .otherRole(try reader.readString())
    case ("Local", false): self = .local
    default: throw .unknownVariant(type: "CallTargetCell", variant: variant)
    }
  }
}

/// Where a `call` goes: another agent over the network, or a cell of this conductor.
public enum CallTarget: Hashable, Sendable, MsgPackCodable {
  case networkAgent(AgentPubKey)
  case conductorCell(CallTargetCell)

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .networkAgent(let agent): writer.writeField("NetworkAgent", agent)
    case .conductorCell(let cell): writer.writeField("ConductorCell", cell)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("NetworkAgent", true): self = .networkAgent(try reader.decode())
    case ("ConductorCell", true): self = .conductorCell(try reader.decode())
    default: throw .unknownVariant(type: "CallTarget", variant: variant)
    }
  }
}

/// One call of the `call` host function.
///
/// ```swift
/// let call = Call(target: .conductorCell(.local), zomeName: "posts", fnName: "list",
///                 capSecret: nil, payload: ExternIO(encoding: Unit()))
/// ```
public struct Call: Hashable, Sendable, MsgPackStructFields {
  public var target: CallTarget
  public var zomeName: String
  public var fnName: String
  public var capSecret: CapSecret?
  public var payload: ExternIO

  public init(target: CallTarget, zomeName: String, fnName: String, capSecret: CapSecret?, payload: ExternIO) {
    self.target = target
    self.zomeName = zomeName
    self.fnName = fnName
    self.capSecret = capSecret
    self.payload = payload
  }

  public var fieldCount: Int { 5 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("target", target)
    writer.writeField("zome_name", zomeName)
    writer.writeField("fn_name", fnName)
    writer.writeField("cap_secret", capSecret)
    writer.writeField("payload", payload)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var target: CallTarget?
    var zomeName: String?
    var fnName: String?
    var capSecret: CapSecret?
    var payload: ExternIO?
    try reader.readStruct(fields: ["target", "zome_name", "fn_name", "cap_secret", "payload"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: target = try reader.decode()
      case 1: zomeName = try reader.decode()
      case 2: fnName = try reader.decode()
      case 3: capSecret = try reader.decode()
      default: payload = try reader.decode()
      }
    }
    self.target = try require(target, "target", in: "Call")
    self.zomeName = try require(zomeName, "zome_name", in: "Call")
    self.fnName = try require(fnName, "fn_name", in: "Call")
    self.capSecret = capSecret
    self.payload = try require(payload, "payload", in: "Call")
  }
}

/// Why a zome call was or was not authorized.
public enum ZomeCallAuthorization: Hashable, Sendable, MsgPackCodable {
  case authorized
  case badCapGrant
  case badNonce(String)
  case blockedProvenance

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .authorized: writer.write("Authorized" as StaticString)
    case .badCapGrant: writer.write("BadCapGrant" as StaticString)
    case .badNonce(let reason):
      writer.writeMapHeader(1)
      writer.writeField("BadNonce", reason)
    case .blockedProvenance: writer.write("BlockedProvenance" as StaticString)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Authorized", false): self = .authorized
    case ("BadCapGrant", false): self = .badCapGrant
    case ("BadNonce", true): self = .badNonce(try reader.readString())
    case ("BlockedProvenance", false): self = .blockedProvenance
    default: throw .unknownVariant(type: "ZomeCallAuthorization", variant: variant)
    }
  }
}

/// The answer to a zome call (one per ``Call`` of the `call` host function).
public enum ZomeCallResponse: Hashable, Sendable, MsgPackCodable {
  /// The function's return value.
  case ok(ExternIO)
  /// The signature did not verify against the provenance: `[signature, provenance]`.
  case authenticationFailed(Signature, AgentPubKey)
  /// No grant allowed the call: `[authorization, cap_secret, zome_name, fn_name]`.
  case unauthorized(ZomeCallAuthorization, CapSecret?, zomeName: String, fnName: String)
  /// A remote call failed on the network.
  case networkError(String)
  /// A countersigning session failed to start.
  case countersigningSession(String)

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .ok(let payload): writer.writeField("Ok", payload)
    case .authenticationFailed(let signature, let agent):
      writer.write("AuthenticationFailed" as StaticString)
      writer.writeArrayHeader(2)
      writer.encode(signature)
      writer.encode(agent)
    case .unauthorized(let authorization, let secret, let zomeName, let fnName):
      writer.write("Unauthorized" as StaticString)
      writer.writeArrayHeader(4)
      writer.encode(authorization)
      writer.encode(secret)
      writer.encode(zomeName)
      writer.encode(fnName)
    case .networkError(let message): writer.writeField("NetworkError", message)
    case .countersigningSession(let message): writer.writeField("CountersigningSession", message)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    guard hasContent else { throw .unknownVariant(type: "ZomeCallResponse", variant: variant) }
    switch variant {
    case "Ok": self = .ok(try reader.decode())
    case "AuthenticationFailed":
      try readTupleHeader(2, of: "ZomeCallResponse", in: &reader)
      self = .authenticationFailed(try reader.decode(), try reader.decode())
    case "Unauthorized":
      try readTupleHeader(4, of: "ZomeCallResponse", in: &reader)
      let authorization = try reader.decode(ZomeCallAuthorization.self)
      let secret = try reader.decode(CapSecret?.self)
      let zomeName = try reader.readString()
      self = .unauthorized(authorization, secret, zomeName: zomeName, fnName: try reader.readString())
    case "NetworkError": self = .networkError(try reader.readString())
    case "CountersigningSession": self = .countersigningSession(try reader.readString())
    default: throw .unknownVariant(type: "ZomeCallResponse", variant: variant)
    }
  }
}

/// What `emit_signal` takes: the app's msgpack payload (transparent, so a bare `bin` on the wire).
public struct AppSignal: Hashable, Sendable, MsgPackCodable {
  public var payload: ExternIO

  public init(_ payload: ExternIO) { self.payload = payload }

  public func encode(to writer: inout MsgPackWriter) { writer.encode(payload) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { payload = try reader.decode() }
}

/// What `send_remote_signal` takes: the agents to signal, and the payload.
public struct RemoteSignal: Hashable, Sendable, MsgPackStructFields {
  public var agents: [AgentPubKey]
  public var signal: ExternIO

  public init(agents: [AgentPubKey], signal: ExternIO) {
    self.agents = agents
    self.signal = signal
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("agents", agents)
    writer.writeField("signal", signal)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var agents: [AgentPubKey]?
    var signal: ExternIO?
    try reader.readStruct(fields: ["agents", "signal"]) { index, reader throws(MsgPackError) in
      if index == 0 { agents = try reader.decode() } else { signal = try reader.decode() }
    }
    self.agents = try require(agents, "agents", in: "RemoteSignal")
    self.signal = try require(signal, "signal", in: "RemoteSignal")
  }
}
