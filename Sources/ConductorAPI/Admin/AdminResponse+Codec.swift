public import HoloCore

extension AdminResponse: MsgPackCodable {
  var variantTag: StaticString {
    switch self {
    case .error: return "error"
    case .dnaDefinitionReturned: return "dna_definition_returned"
    case .coordinatorsUpdated: return "coordinators_updated"
    case .appInstalled: return "app_installed"
    case .appUninstalled: return "app_uninstalled"
    case .adminInterfacesAdded: return "admin_interfaces_added"
    case .agentPubKeyGenerated: return "agent_pub_key_generated"
    case .dnasListed: return "dnas_listed"
    case .cellIdsListed: return "cell_ids_listed"
    case .appsListed: return "apps_listed"
    case .appInterfaceAttached: return "app_interface_attached"
    case .appInterfacesListed: return "app_interfaces_listed"
    case .appEnabled: return "app_enabled"
    case .appDisabled: return "app_disabled"
    case .stateDumped: return "state_dumped"
    case .fullStateDumped: return "full_state_dumped"
    case .conductorStateDumped: return "conductor_state_dumped"
    case .networkMetricsDumped: return "network_metrics_dumped"
    case .networkStatsDumped: return "network_stats_dumped"
    case .agentInfoAdded: return "agent_info_added"
    case .agentInfo: return "agent_info"
    case .peerMetaInfo: return "peer_meta_info"
    case .zomeCallCapabilityGranted: return "zome_call_capability_granted"
    case .zomeCallCapabilityRevoked: return "zome_call_capability_revoked"
    case .capabilityGrantsInfo: return "capability_grants_info"
    case .cloneCellDeleted: return "clone_cell_deleted"
    case .storageInfo: return "storage_info"
    case .appAuthenticationTokenIssued: return "app_authentication_token_issued"
    case .appAuthenticationTokenRevoked: return "app_authentication_token_revoked"
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    let tag = variantTag
    switch self {
    case .coordinatorsUpdated, .appUninstalled, .adminInterfacesAdded, .appDisabled, .agentInfoAdded,
      .zomeCallCapabilityRevoked, .cloneCellDeleted, .appAuthenticationTokenRevoked:
      writer.writeUnitVariant(tag)
    case .error(let error): writer.writeVariant(tag, error)
    case .dnaDefinitionReturned(let dnaDef): writer.writeVariant(tag, dnaDef)
    case .appInstalled(let info), .appEnabled(let info): writer.writeVariant(tag, info)
    case .agentPubKeyGenerated(let agent): writer.writeVariant(tag, agent)
    case .dnasListed(let hashes): writer.writeVariant(tag, hashes)
    case .cellIdsListed(let cellIds): writer.writeVariant(tag, cellIds)
    case .appsListed(let infos): writer.writeVariant(tag, infos)
    case .appInterfaceAttached(let port):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(1)
      writer.writeField("port", port)
    case .appInterfacesListed(let interfaces): writer.writeVariant(tag, interfaces)
    case .stateDumped(let json), .conductorStateDumped(let json): writer.writeVariant(tag, json)
    case .fullStateDumped(let value), .networkMetricsDumped(let value), .networkStatsDumped(let value):
      writer.writeVariant(tag, value)
    case .agentInfo(let infos): writer.writeVariant(tag, infos)
    case .peerMetaInfo(let map): writer.writeVariant(tag, map)
    case .zomeCallCapabilityGranted(let hash): writer.writeVariant(tag, hash)
    case .capabilityGrantsInfo(let info): writer.writeVariant(tag, info)
    case .storageInfo(let info): writer.writeVariant(tag, info)
    case .appAuthenticationTokenIssued(let issued): writer.writeVariant(tag, issued)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "AdminResponse")
    switch variant.name {
    case "error": self = .error(try variant.decodeContent())
    case "dna_definition_returned": self = .dnaDefinitionReturned(try variant.decodeContent())
    case "coordinators_updated": self = .coordinatorsUpdated
    case "app_installed": self = .appInstalled(try variant.decodeContent())
    case "app_uninstalled": self = .appUninstalled
    case "admin_interfaces_added": self = .adminInterfacesAdded
    case "agent_pub_key_generated": self = .agentPubKeyGenerated(try variant.decodeContent())
    case "dnas_listed": self = .dnasListed(try variant.decodeContent())
    case "cell_ids_listed": self = .cellIdsListed(try variant.decodeContent())
    case "apps_listed": self = .appsListed(try variant.decodeContent())
    case "app_interface_attached":
      var port: UInt16?
      try variant.readStructContent(fields: ["port"]) { _, reader throws(MsgPackError) in port = try reader.decode() }
      self = .appInterfaceAttached(port: try require(port, "port", in: "AdminResponse::app_interface_attached"))
    case "app_interfaces_listed": self = .appInterfacesListed(try variant.decodeContent())
    case "app_enabled": self = .appEnabled(try variant.decodeContent())
    case "app_disabled": self = .appDisabled
    case "state_dumped": self = .stateDumped(try variant.decodeContent())
    case "full_state_dumped": self = .fullStateDumped(try variant.decodeContent())
    case "conductor_state_dumped": self = .conductorStateDumped(try variant.decodeContent())
    case "network_metrics_dumped": self = .networkMetricsDumped(try variant.decodeContent())
    case "network_stats_dumped": self = .networkStatsDumped(try variant.decodeContent())
    case "agent_info_added": self = .agentInfoAdded
    case "agent_info": self = .agentInfo(try variant.decodeContent())
    case "peer_meta_info": self = .peerMetaInfo(try variant.decodeContent())
    case "zome_call_capability_granted": self = .zomeCallCapabilityGranted(try variant.decodeContent())
    case "zome_call_capability_revoked": self = .zomeCallCapabilityRevoked
    case "capability_grants_info": self = .capabilityGrantsInfo(try variant.decodeContent())
    case "clone_cell_deleted": self = .cloneCellDeleted
    case "storage_info": self = .storageInfo(try variant.decodeContent())
    case "app_authentication_token_issued": self = .appAuthenticationTokenIssued(try variant.decodeContent())
    case "app_authentication_token_revoked": self = .appAuthenticationTokenRevoked
    default: throw variant.unknown
    }
  }
}
