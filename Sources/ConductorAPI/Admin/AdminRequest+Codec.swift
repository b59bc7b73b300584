public import HoloCore

extension AdminRequest: MsgPackCodable {
  var variantTag: StaticString {
    switch self {
    case .addAdminInterfaces: return "add_admin_interfaces"
    case .getDnaDefinition: return "get_dna_definition"
    case .updateCoordinators: return "update_coordinators"
    case .installApp: return "install_app"
    case .uninstallApp: return "uninstall_app"
    case .listDnas: return "list_dnas"
    case .generateAgentPubKey: return "generate_agent_pub_key"
    case .listCellIds: return "list_cell_ids"
    case .listApps: return "list_apps"
    case .enableApp: return "enable_app"
    case .disableApp: return "disable_app"
    case .attachAppInterface: return "attach_app_interface"
    case .listAppInterfaces: return "list_app_interfaces"
    case .dumpState: return "dump_state"
    case .dumpConductorState: return "dump_conductor_state"
    case .dumpFullState: return "dump_full_state"
    case .dumpNetworkMetrics: return "dump_network_metrics"
    case .dumpNetworkStats: return "dump_network_stats"
    case .addAgentInfo: return "add_agent_info"
    case .agentInfo: return "agent_info"
    case .peerMetaInfo: return "peer_meta_info"
    case .grantZomeCallCapability: return "grant_zome_call_capability"
    case .revokeZomeCallCapability: return "revoke_zome_call_capability"
    case .listCapabilityGrants: return "list_capability_grants"
    case .deleteCloneCell: return "delete_clone_cell"
    case .storageInfo: return "storage_info"
    case .issueAppAuthenticationToken: return "issue_app_authentication_token"
    case .revokeAppAuthenticationToken: return "revoke_app_authentication_token"
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    let tag = variantTag
    switch self {
    case .listDnas, .generateAgentPubKey, .listCellIds, .listAppInterfaces, .dumpConductorState, .dumpNetworkStats,
      .storageInfo:
      writer.writeUnitVariant(tag)
    case .addAdminInterfaces(let configs): writer.writeVariant(tag, configs)
    case .getDnaDefinition(let cellId): writer.writeVariant(tag, cellId)
    case .updateCoordinators(let payload): writer.writeVariant(tag, payload)
    case .installApp(let payload): writer.writeVariant(tag, payload)
    case .grantZomeCallCapability(let payload): writer.writeVariant(tag, payload)
    case .deleteCloneCell(let payload): writer.writeVariant(tag, payload)
    case .issueAppAuthenticationToken(let payload): writer.writeVariant(tag, payload)
    case .revokeAppAuthenticationToken(let token): writer.writeVariant(tag, token)
    case .uninstallApp(let appId, let force):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(2)
      writer.writeField("installed_app_id", appId)
      writer.writeField("force", force)
    case .listApps(let filter):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(1)
      writer.writeField("status_filter", filter)
    case .enableApp(let appId), .disableApp(let appId):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(1)
      writer.writeField("installed_app_id", appId)
    case .attachAppInterface(let port, let address, let origins, let appId):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(4)
      writer.writeField("port", port)
      writer.writeField("danger_bind_addr", address)
      writer.writeField("allowed_origins", origins)
      writer.writeField("installed_app_id", appId)
    case .dumpState(let cellId, let cursor, let limit):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(3)
      writer.writeField("cell_id", cellId)
      writer.writeField("source_chain_cursor", cursor)
      writer.writeField("limit", limit)
    case .dumpFullState(let cellId, let cursor, let limit):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(3)
      writer.writeField("cell_id", cellId)
      writer.writeField("dht_ops_cursor", cursor)
      writer.writeField("limit", limit)
    case .dumpNetworkMetrics(let dnaHash, let summary):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(2)
      writer.writeField("dna_hash", dnaHash)
      writer.writeField("include_dht_summary", summary)
    case .addAgentInfo(let infos):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(1)
      writer.writeField("agent_infos", infos)
    case .agentInfo(let dnaHashes):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(1)
      writer.writeField("dna_hashes", dnaHashes)
    case .peerMetaInfo(let url, let dnaHashes):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(2)
      writer.writeField("url", url)
      writer.writeField("dna_hashes", dnaHashes)
    case .revokeZomeCallCapability(let actionHash, let cellId):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(2)
      writer.writeField("action_hash", actionHash)
      writer.writeField("cell_id", cellId)
    case .listCapabilityGrants(let appId, let includeRevoked):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(2)
      writer.writeField("installed_app_id", appId)
      writer.writeField("include_revoked", includeRevoked)
    }
  }

  /// Fails with `unknownVariant` for a name Holochain 0.7 does not know, `missingField` for an absent required
  /// field (fields that are `Option` or `#[serde(default)]` in Rust may be absent), and any other
  /// ``MsgPackError`` for malformed content.
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "AdminRequest")
    switch variant.name {
    case "add_admin_interfaces": self = .addAdminInterfaces(try variant.decodeContent())
    case "get_dna_definition": self = .getDnaDefinition(try variant.decodeContent())
    case "update_coordinators": self = .updateCoordinators(try variant.decodeContent())
    case "install_app": self = .installApp(try variant.decodeContent())
    case "uninstall_app": self = try Self.decodeUninstallApp(variant)
    case "list_dnas": self = .listDnas
    case "generate_agent_pub_key": self = .generateAgentPubKey
    case "list_cell_ids": self = .listCellIds
    case "list_apps":
      var filter: AppStatusFilter?
      try variant.readStructContent(fields: ["status_filter"]) { _, reader throws(MsgPackError) in
        filter = try reader.decode()
      }
      self = .listApps(statusFilter: filter)
    case "enable_app": self = .enableApp(installedAppId: try Self.decodeAppId(variant))
    case "disable_app": self = .disableApp(installedAppId: try Self.decodeAppId(variant))
    case "attach_app_interface": self = try Self.decodeAttachAppInterface(variant)
    case "list_app_interfaces": self = .listAppInterfaces
    case "dump_state": self = try Self.decodeDumpState(variant)
    case "dump_conductor_state": self = .dumpConductorState
    case "dump_full_state": self = try Self.decodeDumpFullState(variant)
    case "dump_network_metrics":
      let (dnaHash, summary) = try decodeNetworkMetricsRequest(variant)
      self = .dumpNetworkMetrics(dnaHash: dnaHash, includeDhtSummary: summary)
    case "dump_network_stats": self = .dumpNetworkStats
    case "add_agent_info":
      var infos: [String]?
      try variant.readStructContent(fields: ["agent_infos"]) { _, reader throws(MsgPackError) in
        infos = try reader.decode()
      }
      self = .addAgentInfo(agentInfos: try require(infos, "agent_infos", in: "AdminRequest::add_agent_info"))
    case "agent_info": self = .agentInfo(dnaHashes: try decodeAgentInfoRequest(variant))
    case "peer_meta_info":
      let (url, dnaHashes) = try decodePeerMetaInfoRequest(variant)
      self = .peerMetaInfo(url: url, dnaHashes: dnaHashes)
    case "grant_zome_call_capability": self = .grantZomeCallCapability(try variant.decodeContent())
    case "revoke_zome_call_capability": self = try Self.decodeRevokeZomeCallCapability(variant)
    case "list_capability_grants": self = try Self.decodeListCapabilityGrants(variant)
    case "delete_clone_cell": self = .deleteCloneCell(try variant.decodeContent())
    case "storage_info": self = .storageInfo
    case "issue_app_authentication_token": self = .issueAppAuthenticationToken(try variant.decodeContent())
    case "revoke_app_authentication_token": self = .revokeAppAuthenticationToken(try variant.decodeContent())
    default: throw variant.unknown
    }
  }

  private static func decodeAppId(_ variant: TaggedVariant) throws(MsgPackError) -> String {
    var appId: String?
    try variant.readStructContent(fields: ["installed_app_id"]) { _, reader throws(MsgPackError) in
      appId = try reader.decode()
    }
    guard let appId else { throw .missingField(type: "AdminRequest::\(variant.name)", field: "installed_app_id") }
    return appId
  }

  private static func decodeUninstallApp(_ variant: TaggedVariant) throws(MsgPackError) -> Self {
    var appId: String?
    var force: Bool?
    try variant.readStructContent(fields: ["installed_app_id", "force"]) { index, reader throws(MsgPackError) in
      if index == 0 { appId = try reader.decode() } else { force = try reader.decode() }
    }
    return .uninstallApp(
      installedAppId: try require(appId, "installed_app_id", in: "AdminRequest::uninstall_app"),
      force: force ?? false
    )
  }

  private static func decodeAttachAppInterface(_ variant: TaggedVariant) throws(MsgPackError) -> Self {
    var port: UInt16?
    var address: String?
    var origins: AllowedOrigins?
    var appId: String?
    try variant.readStructContent(fields: ["port", "danger_bind_addr", "allowed_origins", "installed_app_id"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: port = try reader.decode()
      case 1: address = try reader.decode()
      case 2: origins = try reader.decode()
      default: appId = try reader.decode()
      }
    }
    return .attachAppInterface(
      port: port, dangerBindAddr: address,
      allowedOrigins: try require(origins, "allowed_origins", in: "AdminRequest::attach_app_interface"),
      installedAppId: appId
    )
  }

  private static func decodeDumpState(_ variant: TaggedVariant) throws(MsgPackError) -> Self {
    var cellId: CellId?
    var cursor: SourceChainCursor?
    var limit: UInt32?
    try variant.readStructContent(fields: ["cell_id", "source_chain_cursor", "limit"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: cellId = try reader.decode()
      case 1: cursor = try reader.decode()
      default: limit = try reader.decode()
      }
    }
    return .dumpState(
      cellId: try require(cellId, "cell_id", in: "AdminRequest::dump_state"), sourceChainCursor: cursor, limit: limit)
  }

  private static func decodeDumpFullState(_ variant: TaggedVariant) throws(MsgPackError) -> Self {
    var cellId: CellId?
    var cursor: DhtOpsCursor?
    var limit: UInt32?
    try variant.readStructContent(fields: ["cell_id", "dht_ops_cursor", "limit"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: cellId = try reader.decode()
      case 1: cursor = try reader.decode()
      default: limit = try reader.decode()
      }
    }
    return .dumpFullState(
      cellId: try require(cellId, "cell_id", in: "AdminRequest::dump_full_state"), dhtOpsCursor: cursor, limit: limit)
  }

  private static func decodeRevokeZomeCallCapability(_ variant: TaggedVariant) throws(MsgPackError) -> Self {
    var actionHash: ActionHash?
    var cellId: CellId?
    try variant.readStructContent(fields: ["action_hash", "cell_id"]) { index, reader throws(MsgPackError) in
      if index == 0 { actionHash = try reader.decode() } else { cellId = try reader.decode() }
    }
    return .revokeZomeCallCapability(
      actionHash: try require(actionHash, "action_hash", in: "AdminRequest::revoke_zome_call_capability"),
      cellId: try require(cellId, "cell_id", in: "AdminRequest::revoke_zome_call_capability")
    )
  }

  private static func decodeListCapabilityGrants(_ variant: TaggedVariant) throws(MsgPackError) -> Self {
    var appId: String?
    var includeRevoked: Bool?
    try variant.readStructContent(fields: ["installed_app_id", "include_revoked"]) {
      index, reader throws(MsgPackError) in
      if index == 0 { appId = try reader.decode() } else { includeRevoked = try reader.decode() }
    }
    return .listCapabilityGrants(
      installedAppId: try require(appId, "installed_app_id", in: "AdminRequest::list_capability_grants"),
      includeRevoked: try require(includeRevoked, "include_revoked", in: "AdminRequest::list_capability_grants")
    )
  }
}
