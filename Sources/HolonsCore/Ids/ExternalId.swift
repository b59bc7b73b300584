public import HoloCore

/// A holon that lives in another space: the space's proxy id and the holon's id there
/// (MAP `core_types::ExternalId`, wire `{space_id, local_id}`).
public struct ExternalId: Hashable, Sendable, MsgPackStructFields, CustomStringConvertible {
  /// The other space.
  public var spaceId: OutboundProxyId
  /// The holon's id inside that space.
  public var localId: LocalId

  public init(spaceId: OutboundProxyId, localId: LocalId) {
    self.spaceId = spaceId
    self.localId = localId
  }

  public var description: String { "\(spaceId)::\(localId)" }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("space_id", spaceId)
    writer.writeField("local_id", localId)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var space: OutboundProxyId?
    var local: LocalId?
    try reader.readStruct(fields: ["space_id", "local_id"]) { index, reader throws(MsgPackError) in
      if index == 0 { space = try reader.decode() } else { local = try reader.decode() }
    }
    spaceId = try require(space, "space_id", in: "ExternalId")
    localId = try require(local, "local_id", in: "ExternalId")
  }
}
