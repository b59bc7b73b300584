public import HoloCore

/// A dance response's payload (MAP `ResponseBodyWire`). `None` is a bare string, the rest `{"Variant": content}`.
public enum ResponseBody: Hashable, Sendable, MsgPackCodable {
  case none
  /// A holon.
  case holon(Holon)
  /// A holon collection.
  case holonCollection(HolonCollection)
  /// Several holons.
  case holons([Holon])
  case holonReference(HolonReferenceWire)
  /// A query result.
  case nodeCollection(NodeCollection)

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .none: writer.write("None" as StaticString)
    case .holon(let holon): writer.writeVariant("Holon", holon)
    case .holonCollection(let collection): writer.writeVariant("HolonCollection", collection)
    case .holons(let holons): writer.writeVariant("Holons", holons)
    case .holonReference(let reference): writer.writeVariant("HolonReference", reference)
    case .nodeCollection(let nodes): writer.writeVariant("NodeCollection", nodes)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    try requireContent(hasContent, variant != "None", variant: variant, of: "ResponseBody")
    switch variant {
    case "None": self = .none
    case "Holon": self = .holon(try reader.decode())
    case "HolonCollection": self = .holonCollection(try reader.decode())
    case "Holons": self = .holons(try reader.decode())
    case "HolonReference": self = .holonReference(try reader.decode())
    case "NodeCollection": self = .nodeCollection(try reader.decode())
    default: throw .unknownVariant(type: "ResponseBody", variant: variant)
    }
  }
}
