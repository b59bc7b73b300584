import ConductorAPI
import HoloCore

/// The opening of an app interface connection, as Holochain's `authenticate_incoming_app_connection` runs it:
/// the first message must be an `authenticate` whose token the conductor accepts, within the timeout; anything
/// else drops the connection without an answer.
///
/// Events come in as method calls; each returns what the connection must do next.
struct AppAuthenticationStateMachine {
  /// Why the connection is dropped.
  enum Refusal: Equatable {
    /// No `authenticate` message arrived in time.
    case timedOut
    /// The first message was a request or a signal.
    case messageBeforeAuthentication(String)
    /// The first message was not a msgpack `WireMessage`.
    case undecodableMessage
    /// The `authenticate` data was not an `AppAuthenticationRequest`.
    case undecodableAuthentication
    /// The conductor refused the token.
    case tokenRefused

    /// The close frame's reason.
    var reason: String {
      switch self {
      case .timedOut: return "authentication timed out"
      case .messageBeforeAuthentication(let type): return "\(type) before authentication"
      case .undecodableMessage: return "undecodable message before authentication"
      case .undecodableAuthentication: return "undecodable authentication request"
      case .tokenRefused: return "authentication failed"
      }
    }
  }

  /// What the connection does next.
  enum Action: Equatable {
    /// Keep reading.
    case wait
    /// Ask the conductor about this token, then report with ``tokenChecked(appId:)``.
    case checkToken(AppAuthenticationToken)
    /// Close the connection.
    case refuse(Refusal)
    /// Serve the connection's requests for this app.
    case serve(appId: String)
  }

  private enum State: Equatable {
    case awaitingAuthentication
    case checkingToken
    case authenticated
    case refused
  }

  private var state = State.awaitingAuthentication

  /// Whether the connection was authenticated.
  var isAuthenticated: Bool { state == .authenticated }

  /// A whole message arrived.
  mutating func received(_ bytes: [UInt8]) -> Action {
    guard state == .awaitingAuthentication else { return .wait }
    guard let message = try? WireMessage(msgpack: bytes) else { return refuse(.undecodableMessage) }
    switch message {
    case .response:
      // holochain_websocket consumes responses inside `recv` (they answer requests the server sent).
      return .wait
    case .request, .signal:
      return refuse(.messageBeforeAuthentication(message.typeName))
    case .authenticate(let data):
      guard let request = try? AppAuthenticationRequest(msgpack: data) else {
        return refuse(.undecodableAuthentication)
      }
      state = .checkingToken
      return .checkToken(request.token)
    }
  }

  /// The conductor answered ``Action/checkToken(_:)``: the token's app, or `nil` if it refused the token.
  mutating func tokenChecked(appId: String?) -> Action {
    guard state == .checkingToken else { return .wait }
    guard let appId else { return refuse(.tokenRefused) }
    state = .authenticated
    return .serve(appId: appId)
  }

  /// The authentication timeout elapsed. As in Holochain it covers the wait for the `authenticate` message only,
  /// not the conductor's token check.
  mutating func timedOut() -> Action {
    guard state == .awaitingAuthentication else { return .wait }
    return refuse(.timedOut)
  }

  private mutating func refuse(_ refusal: Refusal) -> Action {
    state = .refused
    return .refuse(refusal)
  }
}
