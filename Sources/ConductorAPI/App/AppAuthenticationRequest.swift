public import HoloCore

/// The payload of the ``WireMessage/authenticate(data:)`` message that opens an app websocket connection.
///
/// ```swift
/// let frame = WireMessage.authenticate(encoding: AppAuthenticationRequest(token: issued.token))
/// ```
public struct AppAuthenticationRequest: Hashable, Sendable, MsgPackStructFields {
  /// The token `issue_app_authentication_token` returned.
  public var token: AppAuthenticationToken

  public init(token: AppAuthenticationToken) { self.token = token }

  public var fieldCount: Int { 1 }

  public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("token", token) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var token: AppAuthenticationToken?
    try reader.readStruct(fields: ["token"]) { _, reader throws(MsgPackError) in token = try reader.decode() }
    self.token = try require(token, "token", in: "AppAuthenticationRequest")
  }
}
