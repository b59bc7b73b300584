public import HoloCore

/// A grant's access without its secret: `{"access_type": "assigned", "assignees": [agent, …]}`.
public struct CapAccessInfo: Hashable, Sendable, MsgPackStructFields {
  /// `"unrestricted"`, `"transferable"` or `"assigned"`.
  public var accessType: String
  /// The assigned agents (a set, written sorted), or `nil` unless the access is assigned.
  public var assignees: [AgentPubKey]?

  public init(accessType: String, assignees: [AgentPubKey]?) {
    self.accessType = accessType
    self.assignees = assignees
  }

  /// The information a `CapAccess` may reveal.
  public init(_ access: CapAccess) {
    switch access {
    case .unrestricted: self.init(accessType: "unrestricted", assignees: nil)
    case .transferable: self.init(accessType: "transferable", assignees: nil)
    case .assigned(_, let assignees): self.init(accessType: "assigned", assignees: assignees.sorted())
    }
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("access_type", accessType)
    writer.writeField("assignees", assignees?.sorted())
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var accessType: String?
    var assignees: [AgentPubKey]?
    try reader.readStruct(fields: ["access_type", "assignees"]) { index, reader throws(MsgPackError) in
      if index == 0 { accessType = try reader.decode() } else { assignees = try reader.decode() }
    }
    self.accessType = try require(accessType, "access_type", in: "CapAccessInfo")
    self.assignees = assignees
  }
}

/// A zome-call grant as `list_capability_grants` reports it: the secret left out.
public struct DesensitizedZomeCallCapGrant: Hashable, Sendable, MsgPackStructFields {
  public var tag: String
  public var access: CapAccessInfo
  public var functions: GrantedFunctions

  public init(tag: String, access: CapAccessInfo, functions: GrantedFunctions) {
    self.tag = tag
    self.access = access
    self.functions = functions
  }

  /// The grant without its secret.
  public init(_ grant: ZomeCallCapGrant) {
    self.init(tag: grant.tag, access: CapAccessInfo(grant.access), functions: grant.functions)
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("tag", tag)
    writer.writeField("access", access)
    writer.writeField("functions", functions)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var tag: String?
    var access: CapAccessInfo?
    var functions: GrantedFunctions?
    try reader.readStruct(fields: ["tag", "access", "functions"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: tag = try reader.decode()
      case 1: access = try reader.decode()
      default: functions = try reader.decode()
      }
    }
    self.tag = try require(tag, "tag", in: "DesensitizedZomeCallCapGrant")
    self.access = try require(access, "access", in: "DesensitizedZomeCallCapGrant")
    self.functions = try require(functions, "functions", in: "DesensitizedZomeCallCapGrant")
  }
}

/// One capability grant of a cell: the grant, where it is on the chain, and when it was made and revoked.
public struct CapGrantInfo: Hashable, Sendable, MsgPackStructFields {
  public var capGrant: DesensitizedZomeCallCapGrant
  /// The hash of the action that created the grant.
  public var actionHash: ActionHash
  public var createdAt: Timestamp
  /// When the grant was deleted, if it was.
  public var revokedAt: Timestamp?

  public init(
    capGrant: DesensitizedZomeCallCapGrant, actionHash: ActionHash, createdAt: Timestamp, revokedAt: Timestamp? = nil
  ) {
    self.capGrant = capGrant
    self.actionHash = actionHash
    self.createdAt = createdAt
    self.revokedAt = revokedAt
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("cap_grant", capGrant)
    writer.writeField("action_hash", actionHash)
    writer.writeField("created_at", createdAt)
    writer.writeField("revoked_at", revokedAt)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var grant: DesensitizedZomeCallCapGrant?
    var hash: ActionHash?
    var created: Timestamp?
    var revoked: Timestamp?
    try reader.readStruct(fields: ["cap_grant", "action_hash", "created_at", "revoked_at"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: grant = try reader.decode()
      case 1: hash = try reader.decode()
      case 2: created = try reader.decode()
      default: revoked = try reader.decode()
      }
    }
    capGrant = try require(grant, "cap_grant", in: "CapGrantInfo")
    actionHash = try require(hash, "action_hash", in: "CapGrantInfo")
    createdAt = try require(created, "created_at", in: "CapGrantInfo")
    revokedAt = revoked
  }
}
