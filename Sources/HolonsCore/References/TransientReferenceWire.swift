public import HoloCore

/// A reference to a transient holon, bound to the transaction `txId` (MAP `TransientReferenceWire`,
/// wire `{tx_id, id}`). Using it in another transaction is a `CrossTransactionReference` error.
public struct TransientReferenceWire: Hashable, Sendable, MsgPackStructFields {
  /// The transaction the reference belongs to.
  public var txId: TxId
  /// The holon's temporary id in that transaction's transient pool.
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
    txId = try require(tx, "tx_id", in: "TransientReferenceWire")
    id = try require(temporary, "id", in: "TransientReferenceWire")
  }
}
