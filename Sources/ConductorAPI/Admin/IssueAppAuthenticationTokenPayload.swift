public import HoloCore

/// What `issue_app_authentication_token` takes.
///
/// ```swift
/// let payload = IssueAppAuthenticationTokenPayload(installedAppId: "chat", expirySeconds: 0, singleUse: false)
/// ```
public struct IssueAppAuthenticationTokenPayload: Hashable, Sendable, MsgPackStructFields {
  /// The app the token lets a client connect to.
  public var installedAppId: String
  /// Seconds until the token expires; 0 means never. Defaults to 30.
  public var expirySeconds: UInt64
  /// Whether the token is invalidated after its first use. Defaults to `true`.
  public var singleUse: Bool

  public init(installedAppId: String, expirySeconds: UInt64 = 30, singleUse: Bool = true) {
    self.installedAppId = installedAppId
    self.expirySeconds = expirySeconds
    self.singleUse = singleUse
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("installed_app_id", installedAppId)
    writer.writeField("expiry_seconds", expirySeconds)
    writer.writeField("single_use", singleUse)
  }

  /// A missing `expiry_seconds` is 30 and a missing `single_use` is `true`, as Holochain's serde defaults.
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var appId: String?
    var expiry: UInt64?
    var singleUse: Bool?
    try reader.readStruct(fields: ["installed_app_id", "expiry_seconds", "single_use"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: appId = try reader.decode()
      case 1: expiry = try reader.decode()
      default: singleUse = try reader.decode()
      }
    }
    installedAppId = try require(appId, "installed_app_id", in: "IssueAppAuthenticationTokenPayload")
    expirySeconds = expiry ?? 30
    self.singleUse = singleUse ?? true
  }
}
