public import Bundles
public import ConductorAPI
import ConductorInterfaces
import HoloCore
public import Logging
import StateStore

/// A conductor with its websocket interfaces: admin interfaces, and the app interfaces `attach_app_interface`
/// opens — which, as in Holochain, are kept in the conductor database and reopened after a restart.
///
/// ```swift
/// let runtime = ConductorRuntime(conductor: conductor, logger: logger)
/// try await conductor.restore()
/// let adminPort = try await runtime.startAdminInterface(port: 0, allowedOrigins: .any)
/// try await runtime.reattachAppInterfaces()
/// ```
public actor ConductorRuntime: AppInterfaceAttaching {
  public nonisolated let conductor: Conductor
  public nonisolated let tokens = AppAuthenticationTokens()
  private let logger: Logger
  private nonisolated let bundleLimits: BundleLimits
  private var adminServers: [AdminInterfaceServer] = []
  private var appServers: [UInt16: (server: AppInterfaceServer, info: AppInterfaceInfo)] = [:]

  public init(conductor: Conductor, logger: Logger, bundleLimits: BundleLimits = .default) {
    self.conductor = conductor
    self.logger = logger
    self.bundleLimits = bundleLimits
  }

  /// The admin API this runtime serves.
  public nonisolated var adminAPI: ConductorAdminAPI {
    ConductorAdminAPI(conductor: conductor, tokens: tokens, interfaces: self, bundleLimits: bundleLimits)
  }

  /// The app API this runtime serves.
  public nonisolated var appAPI: ConductorAppAPI { ConductorAppAPI(conductor: conductor, tokens: tokens) }

  /// Opens an admin interface and returns its port.
  public func startAdminInterface(port: UInt16, allowedOrigins: AllowedOrigins) async throws -> UInt16 {
    let server = AdminInterfaceServer(
      configuration: .admin(port: port, allowedOrigins: allowedOrigins), handler: adminAPI, logger: logger)
    let bound = try await server.start()
    adminServers.append(server)
    logger.info("admin interface listening", metadata: ["port": "\(bound)"])
    return bound
  }

  public func attachAppInterface(port: UInt16, allowedOrigins: AllowedOrigins, installedAppId: String?) async throws
    -> UInt16
  {
    let bound = try await open(AppInterfaceInfo(port: port, allowedOrigins: allowedOrigins, installedAppId: installedAppId))
    let info = AppInterfaceInfo(port: bound, allowedOrigins: allowedOrigins, installedAppId: installedAppId)
    try conductor.store.conductor.put("interface/app/\(bound)", info.msgpackBytes())
    return bound
  }

  public func appInterfaces() async -> [AppInterfaceInfo] {
    appServers.values.map(\.info).sorted { $0.port < $1.port }
  }

  /// Reopens the app interfaces attached before a restart, on their ports. One whose port is taken now is
  /// logged and forgotten.
  public func reattachAppInterfaces() async throws {
    for key in try conductor.store.conductor.keys() where key.hasPrefix("interface/app/") {
      guard let bytes = try conductor.store.conductor.get(key) else { continue }
      let info = try AppInterfaceInfo(msgpack: bytes)
      guard appServers[info.port] == nil else { continue }
      do {
        _ = try await open(info)
      } catch {
        logger.warning("could not reopen app interface", metadata: ["port": "\(info.port)", "error": "\(error)"])
        try conductor.store.conductor.remove(key)
      }
    }
  }

  /// Closes every interface.
  public func stop() async {
    for server in adminServers { await server.stop() }
    for (server, _) in appServers.values { await server.stop() }
    adminServers = []
    appServers = [:]
  }

  private func open(_ info: AppInterfaceInfo) async throws -> UInt16 {
    let server = AppInterfaceServer(
      configuration: .app(port: info.port, allowedOrigins: info.allowedOrigins), installedAppId: info.installedAppId,
      handler: appAPI, logger: logger)
    let bound = try await server.start()
    appServers[bound] = (server, AppInterfaceInfo(port: bound, allowedOrigins: info.allowedOrigins, installedAppId: info.installedAppId))
    logger.info("app interface listening", metadata: ["port": "\(bound)"])
    return bound
  }
}
