public import ConductorAPI
public import ConductorInterfaces
public import HoloCore
public import HolonsCore
public import Logging

/// A client's way into a holons cell of a running conductor, set up over its admin interface the way a
/// `@holochain/client` program is: find the app's cell for a role, find (or attach) an app interface, issue a
/// token, authorize fresh signing credentials for `dance`, and connect. `holoswift holons …` uses it.
public struct HolonsConnection: Sendable {
  public let connection: ConductorClient
  public let cell: CellId
  public let channel: AsyncTrustChannel<AppWebsocketDanceTransport>

  /// Why a connection could not be set up.
  public struct SetupError: Error, CustomStringConvertible {
    public let description: String
  }

  /// Connects to `role`'s cell of `appId` through the admin interface on `adminPort` (on this host).
  public static func connect(
    adminPort: UInt16, appId: String, role: String, zome: String = "holons", origin: String = "holoswift-cli",
    requestTimeout: Duration = .seconds(60), logger: Logger
  ) async throws -> HolonsConnection {
    var configuration = ConductorClient.Configuration(origin: origin)
    configuration.requestTimeout = requestTimeout
    let admin = try await ConductorClient.connect(port: adminPort, configuration: configuration, logger: logger)
    defer { Task { await admin.close() } }
    func send(_ request: AdminRequest) async throws -> AdminResponse {
      let response = try await admin.adminRequest(request)
      if case .error(let error) = response { throw SetupError(description: "the conductor answered: \(error)") }
      return response
    }

    guard case .appsListed(let apps) = try await send(.listApps(statusFilter: nil)),
      let app = apps.first(where: { $0.installedAppId == appId })
    else { throw SetupError(description: "no app \(appId) is installed") }
    guard let cell = app.cells(for: role).compactMap(\.cellId).first else {
      throw SetupError(description: "app \(appId) has no cell for role \(role)")
    }

    let port: UInt16
    if case .appInterfacesListed(let interfaces) = try await send(.listAppInterfaces),
      let open = interfaces.first(where: { $0.installedAppId == nil || $0.installedAppId == appId })
    {
      port = open.port
    } else if case .appInterfaceAttached(let attached) = try await send(
      .attachAppInterface(port: 0, dangerBindAddr: nil, allowedOrigins: .any, installedAppId: appId))
    {
      port = attached
    } else {
      throw SetupError(description: "no app interface could be attached")
    }
    guard case .appAuthenticationTokenIssued(let token) = try await send(
      // Single use, and valid as long as the requests are allowed to take: a busy conductor may answer the
      // connection late, and the token must still be good then.
      .issueAppAuthenticationToken(
        IssueAppAuthenticationTokenPayload(
          installedAppId: appId, expirySeconds: UInt64(max(30, requestTimeout.components.seconds)), singleUse: true)))
    else { throw SetupError(description: "no app authentication token was issued") }

    let credentials = SigningCredentials()
    _ = try await send(
      .grantZomeCallCapability(
        GrantZomeCallCapabilityPayload(
          cellId: cell, capGrant: credentials.grant(functions: .listed([GrantedFunction(zome: zome, function: "dance")])))))

    let connection = try await ConductorClient.connect(port: port, configuration: configuration, logger: logger)
    try await connection.authenticate(token: token.token)
    let transport = AppWebsocketDanceTransport(client: connection, cell: cell, zome: zome, signer: credentials)
    return HolonsConnection(connection: connection, cell: cell, channel: AsyncTrustChannel(transport: transport))
  }

  /// Closes the app connection.
  public func close() async { await connection.close() }
}
