public import HoloCore

/// What `grant_zome_call_capability` takes: the cell, and the grant to commit on its chain.
///
/// ```swift
/// let payload = GrantZomeCallCapabilityPayload(
///   cellId: cell,
///   capGrant: ZomeCallCapGrant(
///     tag: "zome-call-signing-key", access: .assigned(secret: secret, assignees: [signingKey]), functions: .all))
/// ```
public struct GrantZomeCallCapabilityPayload: Hashable, Sendable, MsgPackStructFields {
  public var cellId: CellId
  public var capGrant: ZomeCallCapGrant

  public init(cellId: CellId, capGrant: ZomeCallCapGrant) {
    self.cellId = cellId
    self.capGrant = capGrant
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("cell_id", cellId)
    writer.writeField("cap_grant", capGrant)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var cellId: CellId?
    var grant: ZomeCallCapGrant?
    try reader.readStruct(fields: ["cell_id", "cap_grant"]) { index, reader throws(MsgPackError) in
      if index == 0 { cellId = try reader.decode() } else { grant = try reader.decode() }
    }
    self.cellId = try require(cellId, "cell_id", in: "GrantZomeCallCapabilityPayload")
    capGrant = try require(grant, "cap_grant", in: "GrantZomeCallCapabilityPayload")
  }
}
