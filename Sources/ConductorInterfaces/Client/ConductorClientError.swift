/// Why a ``ConductorClient`` call failed.
///
/// ```swift
/// do {
///   _ = try await client.appRequest(.appInfo)
/// } catch .closed(let closure) {
///   print("closed with code", closure.code ?? 0)
/// } catch {
///   print(error)
/// }
/// ```
public enum ConductorClientError: Error, Hashable, Sendable {
  /// The TCP connection or the websocket handshake failed (nothing listens, invalid URL…).
  case connectionFailed(String)
  /// The server answered the websocket upgrade with an HTTP error: Holochain's answer (400) to a missing or
  /// disallowed `Origin`.
  case upgradeRefused
  /// The connection is closed; no answer will come.
  case closed(ConnectionClosure)
  /// No answer (or, for ``ConductorClient/connect(url:configuration:logger:)``, no connection) in time.
  case timedOut
  /// The calling task was cancelled.
  case cancelled
  /// The request could not be written to the connection.
  case sendFailed(String)
  /// The server answered with an empty response (`data: nil`: the responder was dropped).
  case emptyResponse
  /// The answer was not the expected msgpack type.
  case undecodableResponse(String)
}

/// How a connection ended.
public struct ConnectionClosure: Hashable, Sendable {
  /// The close code the server sent, if any: 1000 normal, 1008 refused (app authentication), 1009 message too big.
  public var code: UInt16?
  /// The close reason the server sent, if any.
  public var reason: String?
  /// What went wrong, when the connection did not close cleanly.
  public var failure: String?

  public init(code: UInt16? = nil, reason: String? = nil, failure: String? = nil) {
    self.code = code
    self.reason = reason
    self.failure = failure
  }
}
