public import Bundles
public import ConductorAPI
public import ConductorInterfaces
import Foundation
import HoloCore
import Ribosome

/// Opens interfaces for the admin API (the part of the runtime that owns the servers).
public protocol AppInterfaceAttaching: Sendable {
  /// Opens another admin interface and returns its port.
  func startAdminInterface(port: UInt16, allowedOrigins: AllowedOrigins) async throws -> UInt16
  /// Opens an app interface on `port` (0: any free port) and returns the port it listens on.
  func attachAppInterface(port: UInt16, allowedOrigins: AllowedOrigins, installedAppId: String?) async throws -> UInt16
  /// The open app interfaces.
  func appInterfaces() async -> [AppInterfaceInfo]
}

/// The admin interface's requests, answered by a conductor (Holochain's `AdminInterfaceApi`).
///
/// ```swift
/// let admin = ConductorAdminAPI(conductor: conductor, tokens: tokens, interfaces: runtime)
/// let response = await admin.handle(.listApps(statusFilter: nil))
/// ```
public struct ConductorAdminAPI: AdminRequestHandler {
  public let conductor: Conductor
  public let tokens: AppAuthenticationTokens
  public let interfaces: (any AppInterfaceAttaching)?
  /// How large a bundle `install_app` accepts, packed and inflated.
  public var bundleLimits: BundleLimits

  public init(
    conductor: Conductor, tokens: AppAuthenticationTokens, interfaces: (any AppInterfaceAttaching)? = nil,
    bundleLimits: BundleLimits = .default
  ) {
    self.conductor = conductor
    self.tokens = tokens
    self.interfaces = interfaces
    self.bundleLimits = bundleLimits
  }

  public func handle(_ request: AdminRequest) async -> AdminResponse {
    do {
      return try await answer(request)
    } catch let error as ConductorError {
      return .error(ExternalApiWireError(error))
    } catch let error as ExternalApiWireError {
      return .error(error)
    } catch {
      return .error(.internalError("\(error)"))
    }
  }

  private func answer(_ request: AdminRequest) async throws -> AdminResponse {
    switch request {
    case .installApp(let payload):
      // Reading and inflating a bundle blocks (a large one for a while): on a zome-call thread, not the pool.
      let source = payload.source
      let limits = bundleLimits
      let bundle = try await ZomeCallThreads.run { () throws(BundleError) in try Self.bundle(source, limits: limits) }
      let app = try await conductor.installApp(try AppInstallation(bundle: bundle, payload: payload))
      return .appInstalled(try conductor.appInfo(app.id))
    case .uninstallApp(let id, _):
      try await conductor.uninstallApp(id)
      return .appUninstalled
    case .enableApp(let id):
      let app = try await conductor.enableApp(id)
      return .appEnabled(try conductor.appInfo(app.id))
    case .disableApp(let id):
      _ = try await conductor.disableApp(id)
      return .appDisabled
    case .listApps(let filter):
      let apps = conductor.apps.filter { filter == nil || $0.status.filter == filter }
        .sorted { $0.installedAt > $1.installedAt }
      return .appsListed(try apps.map { app throws(ConductorError) in try conductor.appInfo(app.id) })
    case .listDnas:
      return .dnasListed(conductor.dnaHashes.sorted { $0.raw39.lexicographicallyPrecedes($1.raw39) })
    case .listCellIds:
      return .cellIdsListed(conductor.cellIds)
    case .generateAgentPubKey:
      return .agentPubKeyGenerated(try conductor.generateAgentPubKey())
    case .getDnaDefinition(let cell):
      guard let dna = conductor.dna(cell.dnaHash) else { throw ConductorError.noSuchCell(cell) }
      return .dnaDefinitionReturned(dna.def)
    case .deleteCloneCell(let payload):
      try await conductor.deleteCloneCell(payload.appId, clone: payload.cloneCellId)
      return .cloneCellDeleted
    case .updateCoordinators(let payload):
      let bundle: CoordinatorBundle
      switch payload.source {
      case .path(let path): bundle = try CoordinatorBundle(contentsOf: URL(fileURLWithPath: path))
      case .bundle(let value): bundle = try CoordinatorBundle(value: value)
      }
      let (zomes, wasms) = try bundle.resolveZomes()
      try await conductor.updateCoordinators(of: payload.cellId.dnaHash, zomes: zomes, wasms: wasms)
      return .coordinatorsUpdated
    case .storageInfo:
      return .storageInfo(conductor.storageInfo())
    case .dumpState(let cellId, let cursor, let limit):
      return .stateDumped(try conductor.dumpState(cellId, after: cursor, limit: limit))
    case .dumpFullState(let cellId, let cursor, let limit):
      let dump = try conductor.dumpFullState(cellId, after: cursor, limit: limit)
      return .fullStateDumped(try MsgPackValue(msgpack: dump.msgpackBytes()))
    case .dumpConductorState:
      return .conductorStateDumped(conductor.dumpConductorState())
    case .grantZomeCallCapability(let payload):
      return .zomeCallCapabilityGranted(try await conductor.grantZomeCallCapability(payload.capGrant, in: payload.cellId))
    case .revokeZomeCallCapability(let actionHash, let cellId):
      try await conductor.revokeZomeCallCapability(actionHash, in: cellId)
      return .zomeCallCapabilityRevoked
    case .listCapabilityGrants(let appId, let includeRevoked):
      return .capabilityGrantsInfo(try conductor.capabilityGrants(of: appId, includeRevoked: includeRevoked))
    case .issueAppAuthenticationToken(let payload):
      _ = try conductor.app(payload.installedAppId)
      return .appAuthenticationTokenIssued(tokens.issue(payload))
    case .revokeAppAuthenticationToken(let token):
      tokens.revoke(token)
      return .appAuthenticationTokenRevoked
    case .attachAppInterface(let port, _, let origins, let appId):
      guard let interfaces else { throw ExternalApiWireError.notSupported("attach_app_interface without a runtime") }
      return .appInterfaceAttached(
        port: try await interfaces.attachAppInterface(port: port ?? 0, allowedOrigins: origins, installedAppId: appId))
    case .addAdminInterfaces(let configs):
      guard let interfaces else { throw ExternalApiWireError.notSupported("add_admin_interfaces without a runtime") }
      for config in configs {
        guard case .websocket(let port, _, let origins) = config.driver else { continue }
        _ = try await interfaces.startAdminInterface(port: port, allowedOrigins: origins)
      }
      return .adminInterfacesAdded
    case .listAppInterfaces:
      return .appInterfacesListed(await interfaces?.appInterfaces() ?? [])
    case .agentInfo, .addAgentInfo, .peerMetaInfo, .dumpNetworkMetrics, .dumpNetworkStats:
      // Answered from local state until the network issue: no peers yet.
      return Self.networkAnswer(request)
    default:
      throw ExternalApiWireError.notSupported(request.variantName)
    }
  }

  /// The network-facing requests, answered from local state: this conductor has no peers yet.
  private static func networkAnswer(_ request: AdminRequest) -> AdminResponse {
    switch request {
    case .agentInfo: return .agentInfo([])
    case .addAgentInfo: return .agentInfoAdded
    case .peerMetaInfo: return .peerMetaInfo(PeerMetaInfoMap())
    case .dumpNetworkMetrics: return .networkMetricsDumped(.map([]))
    default: return .networkStatsDumped(.map([]))
    }
  }

  /// The app bundle an `install_app` names, from bytes or a path.
  static func bundle(_ source: AppBundleSource, limits: BundleLimits) throws(BundleError) -> AppBundle {
    switch source {
    case .bytes(let bytes): return try AppBundle(packed: bytes, limits: limits)
    case .path(let path): return try AppBundle(contentsOf: URL(fileURLWithPath: path), limits: limits)
    }
  }
}
