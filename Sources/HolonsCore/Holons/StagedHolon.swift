public import HoloCore

/// A holon in a transaction's nursery, waiting for (or done with) a commit (MAP `StagedHolonWire`, wire
/// `{version, holon_state, staged_state, validation_state, property_map, relationships, original_id, errors}`).
public struct StagedHolon: Hashable, Sendable, MsgPackStructFields {
  public var version: MapInteger
  public var holonState: HolonState
  public var stagedState: StagedState
  public var validationState: ValidationState
  public var propertyMap: PropertyMap
  public var relationships: RelationshipMap
  /// The saved holon this one updates or versions, if any.
  public var originalId: LocalId?
  /// What went wrong for this holon in the last commit attempt.
  public var errors: [HolonError]

  /// Stages `transient` for creation.
  public init(staging transient: TransientHolon) {
    version = transient.version
    holonState = .mutable
    stagedState = .forCreate
    validationState = transient.validationState
    propertyMap = transient.propertyMap
    relationships = transient.relationships
    originalId = transient.originalId
    errors = []
  }

  /// The record this holon was committed as, once committed.
  public var committedId: LocalId? {
    if case .committed(let id) = stagedState { return id }
    return nil
  }

  public var fieldCount: Int { 8 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("version", version)
    writer.writeField("holon_state", holonState)
    writer.writeField("staged_state", stagedState)
    writer.writeField("validation_state", validationState)
    writer.writeField("property_map", propertyMap)
    writer.writeField("relationships", relationships)
    writer.writeField("original_id", originalId)
    writer.writeField("errors", errors)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var version: MapInteger?
    var holonState: HolonState?
    var staged: StagedState?
    var validation: ValidationState?
    var properties: PropertyMap?
    var relationships: RelationshipMap?
    var original: LocalId?
    var errors: [HolonError]?
    try reader.readStruct(fields: [
      "version", "holon_state", "staged_state", "validation_state", "property_map", "relationships",
      "original_id", "errors",
    ]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: version = try reader.decode()
      case 1: holonState = try reader.decode()
      case 2: staged = try reader.decode()
      case 3: validation = try reader.decode()
      case 4: properties = try reader.decode()
      case 5: relationships = try reader.decode()
      case 6: original = try reader.decode()
      default: errors = try reader.decode()
      }
    }
    self.version = try require(version, "version", in: "StagedHolon")
    self.holonState = try require(holonState, "holon_state", in: "StagedHolon")
    stagedState = try require(staged, "staged_state", in: "StagedHolon")
    validationState = try require(validation, "validation_state", in: "StagedHolon")
    propertyMap = try require(properties, "property_map", in: "StagedHolon")
    self.relationships = try require(relationships, "relationships", in: "StagedHolon")
    originalId = original
    self.errors = try require(errors, "errors", in: "StagedHolon")
  }
}
