public import HoloCore

/// A holon that lives only in a transaction's transient pool: never staged, never saved (MAP
/// `TransientHolonWire`, wire `{version, holon_state, validation_state, property_map, relationships,
/// original_id}`).
public struct TransientHolon: Hashable, Sendable, MsgPackStructFields {
  public var version: MapInteger
  public var holonState: HolonState
  public var validationState: ValidationState
  public var propertyMap: PropertyMap
  public var relationships: RelationshipMap
  /// The saved holon this one was cloned from, if any.
  public var originalId: LocalId?

  /// A new mutable transient holon with `properties`.
  public init(
    properties: PropertyMap = PropertyMap(), relationships: RelationshipMap = RelationshipMap(),
    version: MapInteger = 1, originalId: LocalId? = nil
  ) {
    self.version = version
    holonState = .mutable
    validationState = .validationRequired
    propertyMap = properties
    self.relationships = relationships
    self.originalId = originalId
  }

  public var fieldCount: Int { 6 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("version", version)
    writer.writeField("holon_state", holonState)
    writer.writeField("validation_state", validationState)
    writer.writeField("property_map", propertyMap)
    writer.writeField("relationships", relationships)
    writer.writeField("original_id", originalId)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var version: MapInteger?
    var holonState: HolonState?
    var validation: ValidationState?
    var properties: PropertyMap?
    var relationships: RelationshipMap?
    var original: LocalId?
    try reader.readStruct(fields: [
      "version", "holon_state", "validation_state", "property_map", "relationships", "original_id",
    ]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: version = try reader.decode()
      case 1: holonState = try reader.decode()
      case 2: validation = try reader.decode()
      case 3: properties = try reader.decode()
      case 4: relationships = try reader.decode()
      default: original = try reader.decode()
      }
    }
    self.version = try require(version, "version", in: "TransientHolon")
    self.holonState = try require(holonState, "holon_state", in: "TransientHolon")
    validationState = try require(validation, "validation_state", in: "TransientHolon")
    propertyMap = try require(properties, "property_map", in: "TransientHolon")
    self.relationships = try require(relationships, "relationships", in: "TransientHolon")
    originalId = original
  }
}
