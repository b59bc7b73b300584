public import HoloCore

/// What `delete_clone_cell` takes: the app and the (disabled) clone to delete.
public struct DeleteCloneCellPayload: Hashable, Sendable, MsgPackStructFields {
  public var appId: String
  public var cloneCellId: CloneCellId

  public init(appId: String, cloneCellId: CloneCellId) {
    self.appId = appId
    self.cloneCellId = cloneCellId
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("app_id", appId)
    writer.writeField("clone_cell_id", cloneCellId)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var appId: String?
    var cloneCellId: CloneCellId?
    try reader.readStruct(fields: ["app_id", "clone_cell_id"]) { index, reader throws(MsgPackError) in
      if index == 0 { appId = try reader.decode() } else { cloneCellId = try reader.decode() }
    }
    self.appId = try require(appId, "app_id", in: "DeleteCloneCellPayload")
    self.cloneCellId = try require(cloneCellId, "clone_cell_id", in: "DeleteCloneCellPayload")
  }
}
