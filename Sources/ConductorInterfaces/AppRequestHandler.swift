public import ConductorAPI

/// Authenticates app interface connections, answers their requests and feeds them signals; the conductor
/// implements it.
///
/// A connection first sends an `authenticate` message holding an ``ConductorAPI/AppAuthenticationRequest``. The
/// server passes its token to ``authenticate(token:interfaceAppId:)``; from then on every request of that
/// connection is handled in the context of the app id it returned, and the connection receives that app's
/// signals from ``signals(appId:)``.
///
/// ```swift
/// struct App: AppRequestHandler {
///   let tokens: [AppAuthenticationToken: String]
///   func authenticate(token: AppAuthenticationToken, interfaceAppId: String?) async -> String? {
///     guard let appId = tokens[token], interfaceAppId == nil || interfaceAppId == appId else { return nil }
///     return appId
///   }
///   func handle(_ request: AppRequest, appId: String) async -> AppResponse { .appInfo(nil) }
///   func signals(appId: String) -> AsyncStream<Signal> { AsyncStream { $0.finish() } }
/// }
/// ```
public protocol AppRequestHandler: Sendable {
  /// The app a token grants access to, or `nil` to refuse the connection.
  ///
  /// Implementations follow Holochain's `authenticate_token`: an unknown or expired token is refused, a
  /// single-use token is consumed, and when the interface serves only `interfaceAppId` a token issued for another
  /// app is refused.
  /// - Parameters:
  ///   - token: The token the client sent.
  ///   - interfaceAppId: The only app this interface serves (`attach_app_interface`'s `installed_app_id`), or
  ///     `nil` when it serves any app.
  func authenticate(token: AppAuthenticationToken, interfaceAppId: String?) async -> String?

  /// The response to a request of a connection authenticated for `appId`.
  func handle(_ request: AppRequest, appId: String) async -> AppResponse

  /// A new subscription to the signals of `appId`, called once per authenticated connection before its first
  /// request is handled. The server stops iterating (which terminates the stream) when the connection closes.
  ///
  /// Buffering is the implementation's choice; Holochain drops the oldest signals of a client that lags behind.
  func signals(appId: String) -> AsyncStream<Signal>
}
