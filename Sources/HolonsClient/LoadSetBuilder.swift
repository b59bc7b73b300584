import HoloCore
public import HolonsCore
public import LoaderJSON

/// Turns a parsed load set into holons in a transaction's transient pool, for `load_holons`.
public enum LoadSetBuilder {
  /// Adds the load set's holons to `context`'s transient pool and returns the reference of its
  /// `HolonLoadSet` holon (see ``LoaderNames``). Array property values are stored as bytes: the msgpack of an
  /// array of `BaseValue`.
  public static func build(_ loadSet: LoadSet, in context: TransactionContext) throws(HolonError) -> TransientReferenceWire {
    var members: [HolonReferenceWire] = []
    for holon in loadSet.holons {
      var properties = PropertyMap()
      for property in holon.properties { properties[PropertyName(property.name)] = value(property.value) }
      if let key = holon.key { properties[CoreNames.key] = .string(MapString(key)) }
      properties[LoaderNames.file] = .string(MapString(holon.file))
      var targets: [HolonReferenceWire] = []
      for relationship in holon.relationships {
        for target in relationship.targets {
          let reference = try context.createTransient([
            LoaderNames.relationshipName: .string(MapString(relationship.name)),
            LoaderNames.targetKey: .string(MapString(target)),
          ])
          targets.append(.transient(reference))
        }
      }
      var relationships = RelationshipMap()
      relationships.add(targets, to: LoaderNames.loaderRelationships)
      members.append(.transient(try context.createTransient(properties, relationships: relationships)))
    }
    var setRelationships = RelationshipMap()
    setRelationships.add(members, to: LoaderNames.bundleMembers)
    return try context.createTransient(
      ["type": .string(MapString(LoaderNames.loadSetType))], relationships: setRelationships)
  }

  static func value(_ value: LoaderValue) -> BaseValue {
    switch value {
    case .string(let text): return .string(MapString(text))
    case .integer(let number): return .integer(MapInteger(number))
    case .boolean(let flag): return .boolean(MapBoolean(flag))
    case .array(let items): return .bytes(MapBytes(items.map { Self.value($0) }.msgpackBytes()))
    }
  }
}
