public import HoloCore

/// An attached app interface, as `list_app_interfaces` reports it.
public struct AppInterfaceInfo: Hashable, Sendable, MsgPackStructFields {
  /// The port the interface listens on.
  public var port: UInt16
  /// The browser origins allowed to connect.
  public var allowedOrigins: AllowedOrigins
  /// The only app this interface serves, or `nil` for any app.
  public var installedAppId: String?

  public init(port: UInt16, allowedOrigins: AllowedOrigins, installedAppId: String? = nil) {
    self.port = port
    self.allowedOrigins = allowedOrigins
    self.installedAppId = installedAppId
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("port", port)
    writer.writeField("allowed_origins", allowedOrigins)
    writer.writeField("installed_app_id", installedAppId)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var port: UInt16?
    var origins: AllowedOrigins?
    var appId: String?
    try reader.readStruct(fields: ["port", "allowed_origins", "installed_app_id"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: port = try reader.decode()
      case 1: origins = try reader.decode()
      default: appId = try reader.decode()
      }
    }
    self.port = try require(port, "port", in: "AppInterfaceInfo")
    allowedOrigins = try require(origins, "allowed_origins", in: "AppInterfaceInfo")
    installedAppId = appId
  }
}
