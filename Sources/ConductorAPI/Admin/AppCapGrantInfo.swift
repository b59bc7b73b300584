public import HoloCore

/// What `list_capability_grants` returns: each cell of the app with its grants. A list of
/// `[cell_id, [grant, …]]` pairs on the wire (Holochain avoids a map keyed by `CellId`).
public struct AppCapGrantInfo: Hashable, Sendable {
  /// One entry per cell, in the conductor's order.
  public var cells: [CellCapGrants]

  public init(cells: [CellCapGrants]) { self.cells = cells }
}

/// The grants of one cell: a `[cell_id, [grant, …]]` pair.
public struct CellCapGrants: Hashable, Sendable {
  public var cellId: CellId
  public var grants: [CapGrantInfo]

  public init(cellId: CellId, grants: [CapGrantInfo]) {
    self.cellId = cellId
    self.grants = grants
  }
}

extension AppCapGrantInfo: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.encode(cells) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) { cells = try reader.decode() }
}

extension CellCapGrants: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(2)
    writer.encode(cellId)
    writer.encode(grants)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    try reader.readTupleHeader(2, of: "CellCapGrants")
    cellId = try reader.decode()
    grants = try reader.decode()
  }
}
