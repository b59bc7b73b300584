public import HoloCore

/// A reference to a staged holon, bound to the transaction `txId` (MAP `StagedReferenceWire`,
/// wire `{tx_id, id}`). Using it in another transaction is a `CrossTransactionReference` error.
public struct StagedReferenceWire: Hashable, Sendable, MsgPackStructFields {
  /// The transaction the reference belongs to.
  public var txId: TxId
  /// The holon's temporary id in that transaction's staged pool.
  public var id: TemporaryId

  public init(txId: TxId, id: TemporaryId) {
    self.txId = txId
    self.id = id
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("tx_id", txId)
    writer.writeField("id", id)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var tx: TxId?
    var temporary: TemporaryId?
    try reader.readStruct(fields: ["tx_id", "id"]) { index, reader throws(MsgPackError) in
      if index == 0 { tx = try reader.decode() } else { temporary = try reader.decode() }
    }
    txId = try require(tx, "tx_id", in: "StagedReferenceWire")
    id = try require(temporary, "id", in: "StagedReferenceWire")
  }
}
