public import HoloCore

/// Which apps `list_apps` returns. A bare string on the wire (`"enabled"`).
public enum AppStatusFilter: String, Hashable, Sendable, CaseIterable {
  case enabled
  case disabled
  case awaitingMemproofs = "awaiting_memproofs"
  case awaitingRestore = "awaiting_restore"
  case unrecoverable
}

extension AppStatusFilter: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    if hasContent { try reader.skipValue() }
    guard let filter = Self(rawValue: variant) else {
      throw .unknownVariant(type: "AppStatusFilter", variant: variant)
    }
    self = filter
  }
}
