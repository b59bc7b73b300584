import ConductorAPI
public import Logging
public import ServiceLifecycle

/// An admin interface: a websocket server whose connections send ``ConductorAPI/AdminRequest``s, answered by an
/// ``AdminRequestHandler``. Wire-compatible with Holochain 0.7, so `@holochain/client`'s `AdminWebsocket` works
/// against it.
///
/// Run it as a `Service` in a `ServiceGroup`, or with ``start()`` and ``stop()``:
///
/// ```swift
/// let server = AdminInterfaceServer(
///   configuration: .admin(port: 0, allowedOrigins: .any), handler: conductorAdmin, logger: logger)
/// let port = try await server.start()
/// let client = try await ConductorClient.connect(port: port, logger: logger)
/// let response = try await client.adminRequest(.listApps(statusFilter: nil))
/// await server.stop()
/// ```
///
/// Each connection's requests are handled concurrently (at most
/// ``InterfaceServerConfiguration/maxConcurrentRequests`` at once) and answered under their ids as they finish. A
/// request whose data does not decode is answered with `AdminResponse.error(.deserialization("Failed to deserialize
/// request"))` and the connection stays open; a message that is not a `WireMessage` is ignored.
public final class AdminInterfaceServer: Service {
  /// How the server listens.
  public var configuration: InterfaceServerConfiguration { listener.configuration }
  private let listener: InterfaceListener

  /// A server that is not listening yet.
  public init(configuration: InterfaceServerConfiguration, handler: any AdminRequestHandler, logger: Logger) {
    var logger = logger
    logger[metadataKey: "interface"] = "admin"
    listener = InterfaceListener(configuration: configuration, logger: logger) { inbound, connection in
      await AdminConnection(connection: connection, handler: handler).run(inbound)
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
