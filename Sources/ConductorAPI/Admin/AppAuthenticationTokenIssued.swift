public import HoloCore

/// What `issue_app_authentication_token` returns.
public struct AppAuthenticationTokenIssued: Hashable, Sendable, MsgPackStructFields {
  /// The secret token, to hand to the app client.
  public var token: AppAuthenticationToken
  /// When the conductor stops accepting it (informational), or `nil` if it never expires.
  public var expiresAt: Timestamp?

  public init(token: AppAuthenticationToken, expiresAt: Timestamp?) {
    self.token = token
    self.expiresAt = expiresAt
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("token", token)
    writer.writeField("expires_at", expiresAt)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var token: AppAuthenticationToken?
    var expiresAt: Timestamp?
    try reader.readStruct(fields: ["token", "expires_at"]) { index, reader throws(MsgPackError) in
      if index == 0 { token = try reader.decode() } else { expiresAt = try reader.decode() }
    }
    self.token = try require(token, "token", in: "AppAuthenticationTokenIssued")
    self.expiresAt = expiresAt
  }
}
