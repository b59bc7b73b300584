public import HoloCore

/// An admin interface to open (`add_admin_interfaces`): `{"driver": {…}}`.
///
/// ```swift
/// let config = AdminInterfaceConfig(driver: .websocket(port: 4444, dangerBindAddr: nil, allowedOrigins: .any))
/// ```
public struct AdminInterfaceConfig: Hashable, Sendable, MsgPackStructFields {
  /// How the interface is exposed.
  public var driver: InterfaceDriver

  public init(driver: InterfaceDriver) { self.driver = driver }

  public var fieldCount: Int { 1 }

  public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("driver", driver) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var driver: InterfaceDriver?
    try reader.readStruct(fields: ["driver"]) { _, reader throws(MsgPackError) in driver = try reader.decode() }
    self.driver = try require(driver, "driver", in: "AdminInterfaceConfig")
  }
}

/// The means by which an interface is exposed. Internally tagged on the wire:
/// `{"type": "websocket", "port": 4444, "danger_bind_addr": nil, "allowed_origins": "*"}`.
public enum InterfaceDriver: Hashable, Sendable {
  /// A websocket on `port` (0 picks a free one), bound to `dangerBindAddr` or localhost.
  case websocket(port: UInt16, dangerBindAddr: String?, allowedOrigins: AllowedOrigins)

  /// The port to listen on.
  public var port: UInt16 {
    switch self {
    case .websocket(let port, _, _): return port
    }
  }
}

extension InterfaceDriver: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .websocket(let port, let address, let origins):
      writer.writeMapHeader(4)
      writer.writeField("type", "websocket" as StaticString)
      writer.writeField("port", port)
      writer.writeField("danger_bind_addr", address)
      writer.writeField("allowed_origins", origins)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.peekTag("type", of: "InterfaceDriver")
    guard variant == "websocket" else { throw .unknownVariant(type: "InterfaceDriver", variant: variant) }
    var port: UInt16?
    var address: String?
    var origins: AllowedOrigins?
    try reader.readStruct(fields: ["type", "port", "danger_bind_addr", "allowed_origins"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: try reader.skipValue()
      case 1: port = try reader.decode()
      case 2: address = try reader.decode()
      default: origins = try reader.decode()
      }
    }
    self = .websocket(
      port: try require(port, "port", in: "InterfaceDriver::websocket"),
      dangerBindAddr: address,
      allowedOrigins: try require(origins, "allowed_origins", in: "InterfaceDriver::websocket")
    )
  }
}
