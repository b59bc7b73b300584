public import HoloCore

/// A property-validation-layer violation carried by ``HolonError/pvlViolation(_:)`` (MAP `PvlViolation`).
///
/// Not typed yet: MAP has about thirty variants (each with a `MAP-PVL-nnnn` code and nested
/// `PvlMalformedReason`/`PvlField` payloads). This keeps the variant's msgpack value as it came, so it survives
/// a round trip byte for byte, and exposes the variant's name and MAP code.
public struct PvlViolation: Hashable, Sendable, MsgPackCodable, CustomStringConvertible {
  /// The externally tagged value, e.g. `"EmptyPropertyName"` or `{"TooManyProperties": {…}}`.
  public var value: MsgPackValue

  /// Wraps a raw variant value.
  public init(_ value: MsgPackValue) { self.value = value }

  /// A unit variant such as `EmptyPropertyName`.
  public init(unitVariant name: String) { self.value = .string(name) }

  /// The variant name, or `nil` if the value is not an enum at all.
  public var variantName: String? {
    switch value {
    case .string(let name): return name
    case .map(let entries):
      if entries.count == 1, case .string(let name) = entries[0].key { return name }
      return nil
    default: return nil
    }
  }

  /// MAP's code for the variant (`MAP-PVL-1102`…), when the variant is known.
  public var code: String? {
    guard let name = variantName else { return nil }
    for (variant, code) in Self.codes where variant == name { return code }
    return nil
  }

  /// `code: variant` (MAP's messages also render the payload; that comes with the typed form).
  public var description: String {
    let name = variantName ?? "PvlViolation"
    guard let code else { return name }
    return "\(code): \(name)"
  }

  public func encode(to writer: inout MsgPackWriter) { value.encode(to: &writer) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    value = try MsgPackValue(from: &reader)
    guard variantName != nil else {
      throw .invalidValue(type: "PvlViolation", reason: "not an externally tagged enum value")
    }
  }

  private static let codes: [(String, String)] = [
    ("MalformedHolonNode", "MAP-PVL-1001"), ("UnsupportedNativeValue", "MAP-PVL-1002"),
    ("HolonNodeTooLarge", "MAP-PVL-1003"), ("TooManyProperties", "MAP-PVL-1101"),
    ("EmptyPropertyName", "MAP-PVL-1102"), ("InvalidPropertyName", "MAP-PVL-1103"),
    ("PropertyNameTooLong", "MAP-PVL-1104"), ("StringValueTooLarge", "MAP-PVL-1110"),
    ("EnumValueTooLarge", "MAP-PVL-1111"), ("BytesValueTooLarge", "MAP-PVL-1112"),
    ("CollectionTooLarge", "MAP-PVL-1113"), ("HeterogeneousCollection", "MAP-PVL-1114"),
    ("ValueNestingTooDeep", "MAP-PVL-1115"), ("EmptyEnumValue", "MAP-PVL-1116"),
    ("MalformedPropertyValue", "MAP-PVL-1117"), ("InvalidIdentifier", "MAP-PVL-1201"),
    ("EmptyIdentifier", "MAP-PVL-1202"), ("IdentifierTooLong", "MAP-PVL-1203"),
    ("InvalidUpdateTarget", "MAP-PVL-1301"), ("ImmutableNativeFieldChanged", "MAP-PVL-1302"),
    ("InvalidDeleteTarget", "MAP-PVL-1303"), ("MalformedSmartLink", "MAP-PVL-2001"),
    ("InvalidSmartLinkEndpoint", "MAP-PVL-2002"), ("UnsupportedSmartLinkEndpointKind", "MAP-PVL-2003"),
    ("InvalidLinkDeleteTarget", "MAP-PVL-2004"), ("EmptyRelationshipName", "MAP-PVL-2101"),
    ("InvalidRelationshipName", "MAP-PVL-2102"), ("RelationshipNameTooLong", "MAP-PVL-2103"),
    ("SmartLinkTagTooLarge", "MAP-PVL-2201"), ("CanonicalKeyTooLarge", "MAP-PVL-2202"),
  ]
}
