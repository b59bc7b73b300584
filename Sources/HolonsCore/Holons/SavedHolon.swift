public import HoloCore

/// A holon read back from storage: immutable, identified by its record (MAP `SavedHolon`, wire
/// `{holon_state, validation_state, saved_id, version, saved_state, property_map, original_id}`). Its
/// relationships are not carried: they are read through its smart reference.
public struct SavedHolon: Hashable, Sendable, MsgPackStructFields {
  public var holonState: HolonState
  public var validationState: ValidationState
  /// The record holding the holon.
  public var savedId: LocalId
  public var version: MapInteger
  public var savedState: SavedState
  public var propertyMap: PropertyMap
  public var originalId: LocalId?

  /// A holon just fetched from the record `savedId`.
  public init(savedId: LocalId, properties: PropertyMap, version: MapInteger = 1, originalId: LocalId? = nil) {
    holonState = .immutable
    validationState = .validationRequired
    self.savedId = savedId
    self.version = version
    savedState = .fetched
    propertyMap = properties
    self.originalId = originalId
  }

  public var fieldCount: Int { 7 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("holon_state", holonState)
    writer.writeField("validation_state", validationState)
    writer.writeField("saved_id", savedId)
    writer.writeField("version", version)
    writer.writeField("saved_state", savedState)
    writer.writeField("property_map", propertyMap)
    writer.writeField("original_id", originalId)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var holonState: HolonState?
    var validation: ValidationState?
    var saved: LocalId?
    var version: MapInteger?
    var savedState: SavedState?
    var properties: PropertyMap?
    var original: LocalId?
    try reader.readStruct(fields: [
      "holon_state", "validation_state", "saved_id", "version", "saved_state", "property_map", "original_id",
    ]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: holonState = try reader.decode()
      case 1: validation = try reader.decode()
      case 2: saved = try reader.decode()
      case 3: version = try reader.decode()
      case 4: savedState = try reader.decode()
      case 5: properties = try reader.decode()
      default: original = try reader.decode()
      }
    }
    self.holonState = try require(holonState, "holon_state", in: "SavedHolon")
    validationState = try require(validation, "validation_state", in: "SavedHolon")
    savedId = try require(saved, "saved_id", in: "SavedHolon")
    self.version = try require(version, "version", in: "SavedHolon")
    self.savedState = try require(savedState, "saved_state", in: "SavedHolon")
    propertyMap = try require(properties, "property_map", in: "SavedHolon")
    originalId = original
  }
}
