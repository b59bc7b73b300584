import ConductorAPI
public import Logging
public import ServiceLifecycle

/// An app interface: a websocket server whose connections authenticate with a token, then send
/// ``ConductorAPI/AppRequest``s for their app and receive its ``ConductorAPI/Signal``s. Wire-compatible with
/// Holochain 0.7, so `@holochain/client`'s `AppWebsocket` works against it.
///
/// ```swift
/// let server = AppInterfaceServer(
///   configuration: .app(port: 0, allowedOrigins: .any), installedAppId: nil, handler: conductorApps, logger: logger)
/// let port = try await server.start()
/// let client = try await ConductorClient.connect(port: port, logger: logger)
/// try await client.authenticate(token: issued.token)
/// let info = try await client.appRequest(.appInfo)
/// ```
///
/// As in Holochain, a connection must send an `authenticate` message first, within
/// ``InterfaceServerConfiguration/authenticationTimeout``; a request or signal before it, an undecodable message,
/// a refused token or the timeout closes the connection (code 1008) without an answer. Once authenticated, the
/// connection is served like an admin connection, scoped to its app, and receives the app's signals.
public final class AppInterfaceServer: Service {
  /// How the server listens.
  public var configuration: InterfaceServerConfiguration { listener.configuration }
  /// The only app this interface serves, or `nil` for any app.
  public let installedAppId: String?
  private let listener: InterfaceListener

  /// A server that is not listening yet.
  /// - Parameters:
  ///   - installedAppId: The only app whose tokens this interface accepts (`attach_app_interface`'s
  ///     `installed_app_id`), or `nil` for any app. Passed to ``AppRequestHandler/authenticate(token:interfaceAppId:)``.
  public init(
    configuration: InterfaceServerConfiguration, installedAppId: String?, handler: any AppRequestHandler, logger: Logger
  ) {
    var logger = logger
    logger[metadataKey: "interface"] = "app"
    self.installedAppId = installedAppId
    listener = InterfaceListener(configuration: configuration, logger: logger) { inbound, connection in
      await AppConnection(connection: connection, handler: handler, interfaceAppId: installedAppId).run(inbound)
    }
  }

  /// Listens until graceful shutdown (closing every connection with code 1000) or cancellation. A server runs once.
  public func run() async throws {
    try await listener.run()
  }

  /// Starts listening in the background and returns the bound port (the configured one, or the one picked for 0).
  public func start() async throws(InterfaceServerError) -> UInt16 {
    try await listener.start()
  }

  /// Stops a server started with ``start()`` and waits until its connections are closed.
  public func stop() async {
    await listener.stop()
  }

  /// How many connections are open now, counting those that have not finished their websocket upgrade: what
  /// ``InterfaceServerConfiguration/maxConnections`` caps.
  public var openConnections: Int { listener.gate.openConnections }

  /// The bound port, once the server listens (waits until then).
  public func listeningPort() async throws(InterfaceServerError) -> UInt16 {
    try await listener.listeningPort()
  }
}
