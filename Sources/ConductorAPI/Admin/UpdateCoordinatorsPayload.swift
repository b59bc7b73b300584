public import HoloCore

/// What `update_coordinators` takes: the cell whose DNA gets new coordinator zomes, and where to find them.
public struct UpdateCoordinatorsPayload: Hashable, Sendable, MsgPackStructFields {
  public var cellId: CellId
  public var source: CoordinatorSource

  public init(cellId: CellId, source: CoordinatorSource) {
    self.cellId = cellId
    self.source = source
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("cell_id", cellId)
    writer.writeField("source", source)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var cellId: CellId?
    var source: CoordinatorSource?
    try reader.readStruct(fields: ["cell_id", "source"]) { index, reader throws(MsgPackError) in
      if index == 0 { cellId = try reader.decode() } else { source = try reader.decode() }
    }
    self.cellId = try require(cellId, "cell_id", in: "UpdateCoordinatorsPayload")
    self.source = try require(source, "source", in: "UpdateCoordinatorsPayload")
  }
}
