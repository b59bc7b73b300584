public import HoloCore

/// A signal that comes from the conductor rather than from a zome.
public enum SystemSignal: Hashable, Sendable {
  /// A countersigning session completed; the hash is the countersigned entry's.
  case successfulCountersigning(EntryHash)
  /// A countersigning session was abandoned.
  case abandonedCountersigning(EntryHash)
  /// One cell finished restoring its source chain from the DHT.
  case restoreComplete(cellId: CellId)
  /// Every cell of the app finished restoring; the app is now disabled (never started).
  case appRestoreComplete(installedAppId: String)
  /// A cell's restore failed for good; the app became unrecoverable.
  case restoreFailed(cellId: CellId, reason: UnrecoverableCellReason)
}

extension SystemSignal: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .successfulCountersigning(let hash): writer.writeVariant("successful_countersigning", hash)
    case .abandonedCountersigning(let hash): writer.writeVariant("abandoned_countersigning", hash)
    case .restoreComplete(let cellId):
      writer.writeVariantHeader("restore_complete")
      writer.writeMapHeader(1)
      writer.writeField("cell_id", cellId)
    case .appRestoreComplete(let appId):
      writer.writeVariantHeader("app_restore_complete")
      writer.writeMapHeader(1)
      writer.writeField("installed_app_id", appId)
    case .restoreFailed(let cellId, let reason):
      writer.writeVariantHeader("restore_failed")
      writer.writeMapHeader(2)
      writer.writeField("cell_id", cellId)
      writer.writeField("reason", reason)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "SystemSignal")
    switch variant.name {
    case "successful_countersigning": self = .successfulCountersigning(try variant.decodeContent())
    case "abandoned_countersigning": self = .abandonedCountersigning(try variant.decodeContent())
    case "restore_complete":
      var cellId: CellId?
      try variant.readStructContent(fields: ["cell_id"]) { _, reader throws(MsgPackError) in
        cellId = try reader.decode()
      }
      self = .restoreComplete(cellId: try require(cellId, "cell_id", in: "SystemSignal::restore_complete"))
    case "app_restore_complete":
      var appId: String?
      try variant.readStructContent(fields: ["installed_app_id"]) { _, reader throws(MsgPackError) in
        appId = try reader.decode()
      }
      self = .appRestoreComplete(
        installedAppId: try require(appId, "installed_app_id", in: "SystemSignal::app_restore_complete"))
    case "restore_failed":
      var cellId: CellId?
      var reason: UnrecoverableCellReason?
      try variant.readStructContent(fields: ["cell_id", "reason"]) { index, reader throws(MsgPackError) in
        if index == 0 { cellId = try reader.decode() } else { reason = try reader.decode() }
      }
      self = .restoreFailed(
        cellId: try require(cellId, "cell_id", in: "SystemSignal::restore_failed"),
        reason: try require(reason, "reason", in: "SystemSignal::restore_failed")
      )
    default:
      throw variant.unknown
    }
  }
}
