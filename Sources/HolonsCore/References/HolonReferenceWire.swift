public import HoloCore

/// A reference to a holon in any phase, as it crosses a boundary (MAP `HolonReferenceWire`); externally tagged:
/// `{"Transient": {…}}`, `{"Staged": {…}}`, `{"Smart": {…}}`.
public enum HolonReferenceWire: Hashable, Sendable, MsgPackCodable {
  case transient(TransientReferenceWire)
  case staged(StagedReferenceWire)
  case smart(SmartReferenceWire)

  /// The transaction the reference is bound to.
  public var txId: TxId {
    switch self {
    case .transient(let reference): return reference.txId
    case .staged(let reference): return reference.txId
    case .smart(let reference): return reference.txId
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .transient(let reference): writer.writeVariant("Transient", reference)
    case .staged(let reference): writer.writeVariant("Staged", reference)
    case .smart(let reference): writer.writeVariant("Smart", reference)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    try requireContent(hasContent, true, variant: variant, of: "HolonReferenceWire")
    switch variant {
    case "Transient": self = .transient(try reader.decode())
    case "Staged": self = .staged(try reader.decode())
    case "Smart": self = .smart(try reader.decode())
    default: throw .unknownVariant(type: "HolonReferenceWire", variant: variant)
    }
  }
}
