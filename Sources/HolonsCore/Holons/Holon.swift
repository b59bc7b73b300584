public import HoloCore

/// A holon in one of its three phases (MAP `HolonWire`): `{"Transient": …}`, `{"Staged": …}` or
/// `{"Saved": …}`.
public enum Holon: Hashable, Sendable, MsgPackCodable {
  case transient(TransientHolon)
  case staged(StagedHolon)
  case saved(SavedHolon)

  /// The holon's properties.
  public var propertyMap: PropertyMap {
    switch self {
    case .transient(let holon): return holon.propertyMap
    case .staged(let holon): return holon.propertyMap
    case .saved(let holon): return holon.propertyMap
    }
  }

  /// The holon's relationships as far as it carries them (saved holons carry none: they are read from storage).
  public var relationships: RelationshipMap {
    switch self {
    case .transient(let holon): return holon.relationships
    case .staged(let holon): return holon.relationships
    case .saved: return RelationshipMap()
    }
  }

  public var version: MapInteger {
    switch self {
    case .transient(let holon): return holon.version
    case .staged(let holon): return holon.version
    case .saved(let holon): return holon.version
    }
  }

  /// The phase's name, for messages: `Transient`, `Staged` or `Saved`.
  public var phaseName: String {
    switch self {
    case .transient: return "Transient"
    case .staged: return "Staged"
    case .saved: return "Saved"
    }
  }

  /// The value of the `key` property; `UnexpectedValueType` when it is not a string (MAP
  /// `key_from_property_map`).
  public func key() throws(HolonError) -> MapString? {
    switch propertyMap[CoreNames.key] {
    case nil: return nil
    case .string(let key): return key
    case .some(let other): throw .unexpectedValueType(other.description, "String")
    }
  }

  /// The key qualified by version and phase, as MAP forms it: `key__1_transient`, `key__1_staged`, `key1`
  /// (saved). A holon without a key has none (`InvalidParameter`).
  public func versionedKey() throws(HolonError) -> MapString {
    guard let key = try key() else { throw .invalidParameter("\(phaseName)Holon must have a key") }
    switch self {
    case .transient: return MapString("\(key.value)__\(version.value)_transient")
    case .staged: return MapString("\(key.value)__\(version.value)_staged")
    case .saved: return MapString("\(key.value)\(version.value)")
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .transient(let holon): writer.writeVariant("Transient", holon)
    case .staged(let holon): writer.writeVariant("Staged", holon)
    case .saved(let holon): writer.writeVariant("Saved", holon)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    try requireContent(hasContent, true, variant: variant, of: "Holon")
    switch variant {
    case "Transient": self = .transient(try reader.decode())
    case "Staged": self = .staged(try reader.decode())
    case "Saved": self = .saved(try reader.decode())
    default: throw .unknownVariant(type: "Holon", variant: variant)
    }
  }
}
