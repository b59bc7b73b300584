public import HoloCore

/// What a dance acts on (MAP `DanceTypeWire`): nothing, a query's node collection, one holon, a holon id or a
/// local id. `Standalone` is written as a bare string, the rest as `{"Variant": content}`.
public enum DanceType: Hashable, Sendable, MsgPackCodable {
  case standalone
  /// A query over a node collection.
  case queryMethod(NodeCollection)
  case commandMethod(HolonReferenceWire)
  case cloneMethod(HolonReferenceWire)
  case newVersionMethod(HolonId)
  case deleteMethod(LocalId)

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .standalone: writer.write("Standalone" as StaticString)
    case .queryMethod(let nodes): writer.writeVariant("QueryMethod", nodes)
    case .commandMethod(let reference): writer.writeVariant("CommandMethod", reference)
    case .cloneMethod(let reference): writer.writeVariant("CloneMethod", reference)
    case .newVersionMethod(let id): writer.writeVariant("NewVersionMethod", id)
    case .deleteMethod(let id): writer.writeVariant("DeleteMethod", id)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    try requireContent(hasContent, variant != "Standalone", variant: variant, of: "DanceType")
    switch variant {
    case "Standalone": self = .standalone
    case "QueryMethod": self = .queryMethod(try reader.decode())
    case "CommandMethod": self = .commandMethod(try reader.decode())
    case "CloneMethod": self = .cloneMethod(try reader.decode())
    case "NewVersionMethod": self = .newVersionMethod(try reader.decode())
    case "DeleteMethod": self = .deleteMethod(try reader.decode())
    default: throw .unknownVariant(type: "DanceType", variant: variant)
    }
  }
}
