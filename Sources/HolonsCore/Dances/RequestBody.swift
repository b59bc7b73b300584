public import HoloCore

/// A dance request's payload (MAP `RequestBodyWire`). `None` is a bare string; `TargetHolons` is a two-element
/// array `[name, [references…]]`; the rest are `{"Variant": content}`.
public enum RequestBody: Hashable, Sendable, MsgPackCodable {
  case none
  /// A whole holon.
  case holon(Holon)
  case targetHolons(RelationshipName, [HolonReferenceWire])
  case transientReference(TransientReferenceWire)
  case holonId(HolonId)
  case parameterValues(PropertyMap)
  case stagedRef(StagedReferenceWire)
  /// A query step.
  case queryExpression(QueryExpression)

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .none: writer.write("None" as StaticString)
    case .holon(let holon): writer.writeVariant("Holon", holon)
    case .targetHolons(let name, let references):
      writer.writeMapHeader(1)
      writer.write("TargetHolons" as StaticString)
      writer.writeArrayHeader(2)
      name.encode(to: &writer)
      references.encode(to: &writer)
    case .transientReference(let reference): writer.writeVariant("TransientReference", reference)
    case .holonId(let id): writer.writeVariant("HolonId", id)
    case .parameterValues(let values): writer.writeVariant("ParameterValues", values)
    case .stagedRef(let reference): writer.writeVariant("StagedRef", reference)
    case .queryExpression(let query): writer.writeVariant("QueryExpression", query)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    try requireContent(hasContent, variant != "None", variant: variant, of: "RequestBody")
    switch variant {
    case "None": self = .none
    case "Holon": self = .holon(try reader.decode())
    case "TargetHolons":
      try readTupleHeader(2, of: "RequestBody", in: &reader)
      let name = try RelationshipName(from: &reader)
      self = .targetHolons(name, try reader.decode())
    case "TransientReference": self = .transientReference(try reader.decode())
    case "HolonId": self = .holonId(try reader.decode())
    case "ParameterValues": self = .parameterValues(try reader.decode())
    case "StagedRef": self = .stagedRef(try reader.decode())
    case "QueryExpression": self = .queryExpression(try reader.decode())
    default: throw .unknownVariant(type: "RequestBody", variant: variant)
    }
  }
}
