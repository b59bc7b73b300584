public import HoloCore

/// Our wire form for an arc, the one rmp-serde gives an untagged `DhtArc`: `nil` for the empty arc, a
/// two-element array `[start, end]` of unsigned integers for an arc (each in its smallest msgpack encoding,
/// so the bytes are deterministic).
extension StorageArc: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    guard let (start, end) = bounds else {
      writer.writeNil()
      return
    }
    writer.writeArrayHeader(2)
    writer.write(UInt64(start))
    writer.write(UInt64(end))
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    if reader.peekIsNil() {
      try reader.readNil()
      self = .empty
      return
    }
    let count = try reader.readArrayHeader()
    guard count == 2 else {
      throw .invalidValue(type: "StorageArc", reason: "an arc has 2 bounds, found \(count)")
    }
    let start: UInt32 = try reader.readInteger()
    let end: UInt32 = try reader.readInteger()
    self.init(start: start, end: end)
  }
}
