public import ConductorAPI

/// Answers the requests of admin interface connections; the conductor implements it.
///
/// The server decodes each ``ConductorAPI/AdminRequest`` and calls ``handle(_:)`` for it, concurrently with the
/// other requests of the same connection. A request that does not decode never reaches the handler: the server
/// answers it with `AdminResponse.error(.deserialization("Failed to deserialize request"))`, as Holochain does.
///
/// ```swift
/// struct Admin: AdminRequestHandler {
///   func handle(_ request: AdminRequest) async -> AdminResponse {
///     switch request {
///     case .listApps: return .appsListed([])
///     default: return .error(.internalError("not supported"))
///     }
///   }
/// }
/// ```
public protocol AdminRequestHandler: Sendable {
  /// The response to `request`; failures are answered with ``ConductorAPI/AdminResponse/error(_:)``.
  func handle(_ request: AdminRequest) async -> AdminResponse
}
