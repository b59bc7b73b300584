public import HoloCore

/// A reference to a saved holon, bound to the transaction `txId`, optionally carrying cached property values
/// (MAP `SmartReferenceWire`, wire `{tx_id, holon_id, smart_property_values}`).
public struct SmartReferenceWire: Hashable, Sendable, MsgPackStructFields {
  public var txId: TxId
  public var holonId: HolonId
  public var smartPropertyValues: PropertyMap?

  public init(txId: TxId, holonId: HolonId, smartPropertyValues: PropertyMap? = nil) {
    self.txId = txId
    self.holonId = holonId
    self.smartPropertyValues = smartPropertyValues
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("tx_id", txId)
    writer.writeField("holon_id", holonId)
    writer.writeField("smart_property_values", smartPropertyValues)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var tx: TxId?
    var id: HolonId?
    var values: PropertyMap?
    try reader.readStruct(fields: ["tx_id", "holon_id", "smart_property_values"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: tx = try reader.decode()
      case 1: id = try reader.decode()
      default: values = try reader.decode()
      }
    }
    txId = try require(tx, "tx_id", in: "SmartReferenceWire")
    holonId = try require(id, "holon_id", in: "SmartReferenceWire")
    smartPropertyValues = values
  }
}
