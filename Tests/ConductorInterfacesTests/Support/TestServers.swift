import ConductorAPI
import ConductorInterfaces

/// Runs `body` against a started admin interface on a free port, then stops it.
func withAdminServer<T>(
  _ configuration: InterfaceServerConfiguration = .admin(allowedOrigins: .any),
  handler: any AdminRequestHandler = FakeAdminHandler(),
  _ body: (UInt16) async throws -> T
) async throws -> T {
  let server = AdminInterfaceServer(configuration: configuration, handler: handler, logger: Fixtures.logger)
  let port = try await server.start()
  do {
    let result = try await body(port)
    await server.stop()
    return result
  } catch {
    await server.stop()
    throw error
  }
}

/// Runs `body` against a started app interface on a free port, then stops it.
func withAppServer<T>(
  _ configuration: InterfaceServerConfiguration = .app(allowedOrigins: .any),
  installedAppId: String? = nil,
  handler: FakeAppHandler = FakeAppHandler(),
  _ body: (UInt16) async throws -> T
) async throws -> T {
  let server = AppInterfaceServer(
    configuration: configuration, installedAppId: installedAppId, handler: handler, logger: Fixtures.logger)
  let port = try await server.start()
  do {
    let result = try await body(port)
    await server.stop()
    return result
  } catch {
    await server.stop()
    throw error
  }
}

/// Connects a client with the test logger.
func connect(
  _ port: UInt16, host: String = "127.0.0.1", configuration: ConductorClient.Configuration = .init()
) async throws -> ConductorClient {
  try await ConductorClient.connect(port: port, host: host, configuration: configuration, logger: Fixtures.logger)
}

extension InterfaceServerConfiguration {
  /// An app interface whose connections must authenticate within `timeout`.
  static func app(authenticationTimeout timeout: Duration) -> Self {
    var configuration = Self.app(allowedOrigins: .any)
    configuration.authenticationTimeout = timeout
    return configuration
  }
}
