public import HoloCore

/// Why an app is disabled: `{"type": "never_started"}` … `{"type": "error", "value": "…"}`.
public enum DisabledAppReason: Hashable, Sendable {
  /// Freshly installed, never enabled.
  case neverStarted
  /// Memproofs were provided but the app not yet enabled (the app interface may enable it).
  case notStartedAfterProvidingMemproofs
  /// Disabled through the admin interface.
  case user
  /// Disabled by an unrecoverable error.
  case error(String)
}

extension DisabledAppReason: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .neverStarted: writer.writeUnitVariant("never_started")
    case .notStartedAfterProvidingMemproofs: writer.writeUnitVariant("not_started_after_providing_memproofs")
    case .user: writer.writeUnitVariant("user")
    case .error(let text): writer.writeVariant("error", text)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "DisabledAppReason")
    switch variant.name {
    case "never_started": self = .neverStarted
    case "not_started_after_providing_memproofs": self = .notStartedAfterProvidingMemproofs
    case "user": self = .user
    case "error": self = .error(try variant.decodeContent())
    default: throw variant.unknown
    }
  }
}
