public import HoloCore

/// Where `update_coordinators` finds the new coordinator zomes: `{"type": "path", "value": "…"}` or
/// `{"type": "bundle", "value": {"manifest": …, "resources": {…}}}`.
public enum CoordinatorSource: Hashable, Sendable {
  /// A coordinator bundle file on the conductor's file system.
  case path(String)
  /// A `CoordinatorBundle` (`{manifest, resources}`), kept as a raw value: the Bundles module interprets it.
  case bundle(MsgPackValue)
}

extension CoordinatorSource: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .path(let path): writer.writeVariant("path", path)
    case .bundle(let bundle): writer.writeVariant("bundle", bundle)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "CoordinatorSource")
    switch variant.name {
    case "path": self = .path(try variant.decodeContent())
    case "bundle": self = .bundle(try variant.decodeContent())
    default: throw variant.unknown
    }
  }
}
