public import HoloCore

/// The status of an installed app: `{"type": "enabled"}`, `{"type": "disabled", "value": {"type": "user"}}`…
public enum AppStatus: Hashable, Sendable {
  /// Running: its cells can be called.
  case enabled
  /// Installed but not running.
  case disabled(DisabledAppReason)
  /// Genesis waits for membrane proofs (`provide_memproofs`).
  case awaitingMemproofs
  /// The cells' source chains are being restored from the DHT; calls are rejected.
  case awaitingRestore
  /// Restoring the chain of `cell` failed for good; the app can only be uninstalled.
  /// On the wire a 2-tuple: `{"type": "unrecoverable", "value": [cell_id, reason]}`.
  case unrecoverable(CellId, UnrecoverableCellReason)

  /// The filter of `list_apps` this status matches.
  public var filter: AppStatusFilter {
    switch self {
    case .enabled: return .enabled
    case .disabled: return .disabled
    case .awaitingMemproofs: return .awaitingMemproofs
    case .awaitingRestore: return .awaitingRestore
    case .unrecoverable: return .unrecoverable
    }
  }
}

extension AppStatus: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .enabled: writer.writeUnitVariant("enabled")
    case .disabled(let reason): writer.writeVariant("disabled", reason)
    case .awaitingMemproofs: writer.writeUnitVariant("awaiting_memproofs")
    case .awaitingRestore: writer.writeUnitVariant("awaiting_restore")
    case .unrecoverable(let cell, let reason):
      writer.writeVariantHeader("unrecoverable")
      writer.writeArrayHeader(2)
      writer.encode(cell)
      writer.encode(reason)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "AppStatus")
    switch variant.name {
    case "enabled": self = .enabled
    case "disabled": self = .disabled(try variant.decodeContent())
    case "awaiting_memproofs": self = .awaitingMemproofs
    case "awaiting_restore": self = .awaitingRestore
    case "unrecoverable":
      var content = try variant.requireContent()
      try content.readTupleHeader(2, of: "AppStatus::unrecoverable")
      let cell: CellId = try content.decode()
      self = .unrecoverable(cell, try content.decode())
    default: throw variant.unknown
    }
  }
}
