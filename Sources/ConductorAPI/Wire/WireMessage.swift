public import HoloCore

/// One websocket binary frame of the Admin or App interface (`holochain_websocket::WireMessage`).
///
/// An internally tagged map: `{"type": "request", "id": 1, "data": bin}`. `data` holds the msgpack bytes of the
/// payload (an ``AdminRequest``, ``AppResponse``, ``Signal``, ``AppAuthenticationRequest``…).
///
/// ```swift
/// let frame = WireMessage.request(id: 7, encoding: AppRequest.appInfo).msgpackBytes()
/// let message = try WireMessage(msgpack: frame)
/// if case .request(let id, let data) = message { let request = try AppRequest(msgpack: data) }
/// ```
public enum WireMessage: Hashable, Sendable {
  /// A message that expects no answer (conductor → app client).
  case signal(data: [UInt8])
  /// The first message on an app interface: an ``AppAuthenticationRequest`` (client → conductor).
  case authenticate(data: [UInt8])
  /// A request that expects a ``response(id:data:)`` with the same `id`.
  case request(id: UInt64, data: [UInt8])
  /// The answer to a request; `nil` data means the responder cancelled (encoded as msgpack `nil`).
  case response(id: UInt64, data: [UInt8]?)

  /// A request whose data is `payload`'s msgpack bytes.
  public static func request(id: UInt64, encoding payload: some MsgPackEncodable) -> Self {
    .request(id: id, data: payload.msgpackBytes())
  }

  /// A response whose data is `payload`'s msgpack bytes.
  public static func response(id: UInt64, encoding payload: some MsgPackEncodable) -> Self {
    .response(id: id, data: payload.msgpackBytes())
  }

  /// A signal whose data is `payload`'s msgpack bytes.
  public static func signal(encoding payload: some MsgPackEncodable) -> Self {
    .signal(data: payload.msgpackBytes())
  }

  /// An authentication message whose data is `payload`'s msgpack bytes.
  public static func authenticate(encoding payload: some MsgPackEncodable) -> Self {
    .authenticate(data: payload.msgpackBytes())
  }

  /// The message's wire type (`"request"`).
  public var typeName: String {
    switch self {
    case .signal: return "signal"
    case .authenticate: return "authenticate"
    case .request: return "request"
    case .response: return "response"
    }
  }
}
