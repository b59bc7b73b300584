public import HoloCore

/// The answer to an ``AdminRequest`` (Holochain 0.7's `AdminResponse`, default features).
///
/// ```swift
/// let bytes = AdminResponse.error(.ribosomeError("error_text")).msgpackBytes()
/// // {"type": "error", "value": {"type": "ribosome_error", "value": "error_text"}}
/// ```
public enum AdminResponse: Hashable, Sendable {
  /// The request failed (any request).
  case error(ExternalApiWireError)
  /// ← ``AdminRequest/getDnaDefinition(_:)``
  case dnaDefinitionReturned(DnaDef)
  /// ← ``AdminRequest/updateCoordinators(_:)``
  case coordinatorsUpdated
  /// ← ``AdminRequest/installApp(_:)``
  case appInstalled(AppInfo)
  /// ← ``AdminRequest/uninstallApp(installedAppId:force:)``
  case appUninstalled
  /// ← ``AdminRequest/addAdminInterfaces(_:)``
  case adminInterfacesAdded
  /// ← ``AdminRequest/generateAgentPubKey``
  case agentPubKeyGenerated(AgentPubKey)
  /// ← ``AdminRequest/listDnas``
  case dnasListed([DnaHash])
  /// ← ``AdminRequest/listCellIds``
  case cellIdsListed([CellId])
  /// ← ``AdminRequest/listApps(statusFilter:)``
  case appsListed([AppInfo])
  /// The port of the new interface. ← ``AdminRequest/attachAppInterface(port:dangerBindAddr:allowedOrigins:installedAppId:)``
  case appInterfaceAttached(port: UInt16)
  /// ← ``AdminRequest/listAppInterfaces``
  case appInterfacesListed([AppInterfaceInfo])
  /// ← ``AdminRequest/enableApp(installedAppId:)``
  case appEnabled(AppInfo)
  /// ← ``AdminRequest/disableApp(installedAppId:)``
  case appDisabled
  /// A JSON document (a string, as in Holochain). ← ``AdminRequest/dumpState(cellId:sourceChainCursor:limit:)``
  case stateDumped(String)
  /// A `FullStateDump` struct (`{peer_dump, source_chain_dump, integration_dump}`), kept as a raw value: the
  /// conductor builds it. ← ``AdminRequest/dumpFullState(cellId:dhtOpsCursor:limit:)``
  case fullStateDumped(MsgPackValue)
  /// A JSON document. ← ``AdminRequest/dumpConductorState``
  case conductorStateDumped(String)
  /// A map of DNA hash to Kitsune2 network metrics, kept as a raw value (the networking layer builds it).
  /// ← ``AdminRequest/dumpNetworkMetrics(dnaHash:includeDhtSummary:)``
  case networkMetricsDumped(MsgPackValue)
  /// `HolochainTransportStats` (`{transport_stats, blocked_message_counts}`), kept as a raw value.
  /// ← ``AdminRequest/dumpNetworkStats``
  case networkStatsDumped(MsgPackValue)
  /// ← ``AdminRequest/addAgentInfo(agentInfos:)``
  case agentInfoAdded
  /// Signed agent infos, as JSON strings. ← ``AdminRequest/agentInfo(dnaHashes:)``
  case agentInfo([String])
  /// ← ``AdminRequest/peerMetaInfo(url:dnaHashes:)``
  case peerMetaInfo(PeerMetaInfoMap)
  /// The hash of the grant's action. ← ``AdminRequest/grantZomeCallCapability(_:)``
  case zomeCallCapabilityGranted(ActionHash)
  /// ← ``AdminRequest/revokeZomeCallCapability(actionHash:cellId:)``
  case zomeCallCapabilityRevoked
  /// ← ``AdminRequest/listCapabilityGrants(installedAppId:includeRevoked:)``
  case capabilityGrantsInfo(AppCapGrantInfo)
  /// ← ``AdminRequest/deleteCloneCell(_:)``
  case cloneCellDeleted
  /// ← ``AdminRequest/storageInfo``
  case storageInfo(StorageInfo)
  /// ← ``AdminRequest/issueAppAuthenticationToken(_:)``
  case appAuthenticationTokenIssued(AppAuthenticationTokenIssued)
  /// ← ``AdminRequest/revokeAppAuthenticationToken(_:)``
  case appAuthenticationTokenRevoked

  /// The variant's wire name (`"app_installed"`), for logs.
  public var variantName: String { variantTag.text }
}
