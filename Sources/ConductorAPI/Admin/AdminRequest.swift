public import HoloCore

/// A call on the admin interface (Holochain 0.7's `AdminRequest`, default features).
///
/// On the wire an adjacently tagged map, `{"type": "disable_app", "value": {"installed_app_id": "chat"}}`; unit
/// variants have no "value" (`{"type": "list_dnas"}`). Each request is answered by the ``AdminResponse`` its doc
/// names, or by ``AdminResponse/error(_:)``.
///
/// ```swift
/// let bytes = AdminRequest.disableApp(installedAppId: "chat").msgpackBytes()
/// let request = try AdminRequest(msgpack: bytes)
/// ```
public enum AdminRequest: Hashable, Sendable {
  /// Opens more admin interfaces. → ``AdminResponse/adminInterfacesAdded``
  case addAdminInterfaces([AdminInterfaceConfig])
  /// The definition of a cell's DNA. → ``AdminResponse/dnaDefinitionReturned(_:)``
  case getDnaDefinition(CellId)
  /// Replaces or adds coordinator zomes of an installed DNA. → ``AdminResponse/coordinatorsUpdated``
  case updateCoordinators(UpdateCoordinatorsPayload)
  /// Installs an app (disabled) and runs genesis. → ``AdminResponse/appInstalled(_:)``
  case installApp(InstallAppPayload)
  /// Uninstalls an app; `force` ignores protected dependencies (`force` defaults to `false` when absent).
  /// → ``AdminResponse/appUninstalled``
  case uninstallApp(installedAppId: String, force: Bool)
  /// The hashes of all installed DNAs. → ``AdminResponse/dnasListed(_:)``
  case listDnas
  /// A new agent key from the keystore. → ``AdminResponse/agentPubKeyGenerated(_:)``
  case generateAgentPubKey
  /// The ids of all running cells. → ``AdminResponse/cellIdsListed(_:)``
  case listCellIds
  /// The installed apps, newest first, optionally only those with one status. → ``AdminResponse/appsListed(_:)``
  case listApps(statusFilter: AppStatusFilter?)
  /// Enables an app (idempotent). → ``AdminResponse/appEnabled(_:)``
  case enableApp(installedAppId: String)
  /// Disables an app (idempotent). → ``AdminResponse/appDisabled``
  case disableApp(installedAppId: String)
  /// Opens an app interface on `port` (`nil` or 0 picks one), optionally for one app only.
  /// → ``AdminResponse/appInterfaceAttached(port:)``
  case attachAppInterface(
    port: UInt16?, dangerBindAddr: String?, allowedOrigins: AllowedOrigins, installedAppId: String?)
  /// The attached app interfaces. → ``AdminResponse/appInterfacesListed(_:)``
  case listAppInterfaces
  /// A JSON dump of a cell's source chain, a page at a time. → ``AdminResponse/stateDumped(_:)``
  case dumpState(cellId: CellId, sourceChainCursor: SourceChainCursor?, limit: UInt32?)
  /// A JSON dump of the conductor's state. → ``AdminResponse/conductorStateDumped(_:)``
  case dumpConductorState
  /// A cell's chain and DHT shard, a page at a time. → ``AdminResponse/fullStateDumped(_:)``
  case dumpFullState(cellId: CellId, dhtOpsCursor: DhtOpsCursor?, limit: UInt32?)
  /// Kitsune2 network metrics, for one DNA or all. → ``AdminResponse/networkMetricsDumped(_:)``
  case dumpNetworkMetrics(dnaHash: DnaHash?, includeDhtSummary: Bool)
  /// Kitsune2 transport statistics. → ``AdminResponse/networkStatsDumped(_:)``
  case dumpNetworkStats
  /// Adds signed agent infos (JSON strings) to the peer store. → ``AdminResponse/agentInfoAdded``
  case addAgentInfo(agentInfos: [String])
  /// The signed agent infos in the peer store, for some DNAs or all. → ``AdminResponse/agentInfo(_:)``
  case agentInfo(dnaHashes: [DnaHash]?)
  /// The peer meta store entries of the peer at `url`. → ``AdminResponse/peerMetaInfo(_:)``
  case peerMetaInfo(url: String, dnaHashes: [DnaHash]?)
  /// Commits a zome-call capability grant. → ``AdminResponse/zomeCallCapabilityGranted(_:)``
  case grantZomeCallCapability(GrantZomeCallCapabilityPayload)
  /// Deletes a capability grant. → ``AdminResponse/zomeCallCapabilityRevoked``
  case revokeZomeCallCapability(actionHash: ActionHash, cellId: CellId)
  /// The capability grants of every cell of an app. → ``AdminResponse/capabilityGrantsInfo(_:)``
  case listCapabilityGrants(installedAppId: String, includeRevoked: Bool)
  /// Deletes a disabled clone cell. → ``AdminResponse/cloneCellDeleted``
  case deleteCloneCell(DeleteCloneCellPayload)
  /// Storage used by the apps' data. → ``AdminResponse/storageInfo(_:)``
  case storageInfo
  /// Issues a token an app client authenticates with. → ``AdminResponse/appAuthenticationTokenIssued(_:)``
  case issueAppAuthenticationToken(IssueAppAuthenticationTokenPayload)
  /// Revokes an issued token. → ``AdminResponse/appAuthenticationTokenRevoked``
  case revokeAppAuthenticationToken(AppAuthenticationToken)

  /// The variant's wire name (`"disable_app"`), for logs.
  public var variantName: String { variantTag.text }
}
