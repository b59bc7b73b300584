/// Why an interface server could not serve.
///
/// ```swift
/// do { _ = try await server.start() } catch .bindFailed(let address, let port, _) { print(address, port) }
/// ```
public enum InterfaceServerError: Error, Hashable, Sendable {
  /// The listening socket could not be opened (port in use, address not available…).
  case bindFailed(address: String, port: UInt16, reason: String)
  /// ``AdminInterfaceServer/run()`` or `start()` was called on a server that already ran.
  case alreadyStarted
  /// The server stopped (or was never started) before it listened.
  case notListening
}
