public import HoloCore

/// Where `install_app` finds the `.happ` bundle: `{"type": "bytes", "value": bin}` or
/// `{"type": "path", "value": "/path/app.happ"}`.
///
/// The bytes are the gzipped bundle file; the Bundles module unpacks them.
public enum AppBundleSource: Hashable, Sendable {
  /// The bundle file's bytes.
  case bytes([UInt8])
  /// A path to the bundle file on the conductor's file system.
  case path(String)
}

extension AppBundleSource: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .bytes(let bytes):
      writer.writeVariantHeader("bytes")
      writer.writeBinary(bytes)
    case .path(let path):
      writer.writeVariant("path", path)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "AppBundleSource")
    switch variant.name {
    case "bytes":
      var content = try variant.requireContent()
      self = .bytes(try content.readBinary())
    case "path":
      self = .path(try variant.decodeContent())
    default:
      throw variant.unknown
    }
  }
}
