public import HoloCore

/// A bucket key on the wire: `[sector, slice]`.
extension BucketKey: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(2)
    writer.write(UInt64(sector))
    writer.write(slice)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    guard try reader.readArrayHeader() == 2 else {
      throw .invalidValue(type: "BucketKey", reason: "expected [sector, slice]")
    }
    self.init(sector: try reader.readInteger(), slice: try reader.readInteger())
  }
}
