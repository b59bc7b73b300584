public import HoloCore

/// What the conductor pushes to app clients in a ``WireMessage/signal(data:)`` message.
///
/// ```swift
/// let signal = Signal.app(cellId: cell, zomeName: "chat", signal: ExternIO(encoding: "hello"))
/// let frame = WireMessage.signal(encoding: signal).msgpackBytes()
/// ```
public enum Signal: Hashable, Sendable {
  /// A signal a zome emitted with `emit_signal`; `signal` holds the app's msgpack bytes (a `bin`).
  case app(cellId: CellId, zomeName: String, signal: ExternIO)
  /// A signal a remote agent sent with the app request `send_direct_signal`; `signal` is the opaque payload
  /// (a `Vec<u8>`, so an array of integers on the wire).
  case appDirect(cellId: CellId, signal: [UInt8])
  /// A signal from the conductor itself.
  case system(SystemSignal)
}

extension Signal: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .app(let cellId, let zomeName, let signal):
      writer.writeVariantHeader("app")
      writer.writeMapHeader(3)
      writer.writeField("cell_id", cellId)
      writer.writeField("zome_name", zomeName)
      writer.writeField("signal", signal)
    case .appDirect(let cellId, let signal):
      writer.writeVariantHeader("app_direct")
      writer.writeMapHeader(2)
      writer.writeField("cell_id", cellId)
      writer.write("signal" as StaticString)
      writer.writeByteArray(signal)
    case .system(let signal):
      writer.writeVariant("system", signal)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "Signal")
    switch variant.name {
    case "app":
      var cellId: CellId?
      var zomeName: String?
      var signal: ExternIO?
      try variant.readStructContent(fields: ["cell_id", "zome_name", "signal"]) { index, reader throws(MsgPackError) in
        switch index {
        case 0: cellId = try reader.decode()
        case 1: zomeName = try reader.decode()
        default: signal = try reader.decode()
        }
      }
      self = .app(
        cellId: try require(cellId, "cell_id", in: "Signal::app"),
        zomeName: try require(zomeName, "zome_name", in: "Signal::app"),
        signal: try require(signal, "signal", in: "Signal::app")
      )
    case "app_direct":
      var cellId: CellId?
      var signal: [UInt8]?
      try variant.readStructContent(fields: ["cell_id", "signal"]) { index, reader throws(MsgPackError) in
        if index == 0 { cellId = try reader.decode() } else { signal = try reader.readBinary() }
      }
      self = .appDirect(
        cellId: try require(cellId, "cell_id", in: "Signal::app_direct"),
        signal: try require(signal, "signal", in: "Signal::app_direct")
      )
    case "system":
      self = .system(try variant.decodeContent())
    default:
      throw variant.unknown
    }
  }
}
