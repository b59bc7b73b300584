public import HoloCore

/// The session state that travels with every dance envelope (MAP `SessionStateWire`, wire
/// `{tx_id, transient_holons, staged_holons, local_holon_space}`): the transaction, its two holon pools and the
/// caller's local holon space.
public struct SessionState: Hashable, Sendable, MsgPackStructFields {
  /// The transaction the pools belong to, once one is open.
  public var txId: TxId?
  /// The transaction's transient holons.
  public var transientHolons: HolonPoolWire
  /// The transaction's staged holons (the nursery).
  public var stagedHolons: HolonPoolWire
  /// The local holon space's holon, once known.
  public var localHolonSpace: HolonReferenceWire?

  public init(
    txId: TxId? = nil, transientHolons: HolonPoolWire = HolonPoolWire(),
    stagedHolons: HolonPoolWire = HolonPoolWire(), localHolonSpace: HolonReferenceWire? = nil
  ) {
    self.txId = txId
    self.transientHolons = transientHolons
    self.stagedHolons = stagedHolons
    self.localHolonSpace = localHolonSpace
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("tx_id", txId)
    writer.writeField("transient_holons", transientHolons)
    writer.writeField("staged_holons", stagedHolons)
    writer.writeField("local_holon_space", localHolonSpace)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var tx: TxId?
    var transient: HolonPoolWire?
    var staged: HolonPoolWire?
    var space: HolonReferenceWire?
    try reader.readStruct(fields: ["tx_id", "transient_holons", "staged_holons", "local_holon_space"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: tx = try reader.decode()
      case 1: transient = try reader.decode()
      case 2: staged = try reader.decode()
      default: space = try reader.decode()
      }
    }
    txId = tx
    transientHolons = try require(transient, "transient_holons", in: "SessionState")
    stagedHolons = try require(staged, "staged_holons", in: "SessionState")
    localHolonSpace = space
  }
}
