/// Turns one file's parsed JSON into holons and `load_with` entries, collecting
/// every validation error instead of stopping at the first.
struct FileDecoder {
  static let topLevelMembers = ["meta", "holons"]
  static let metaMembers = ["load_with"]
  static let holonMembers = ["key", "type", "properties", "relationships"]
  static let relationshipMembers = ["name", "target"]
  static let describedBy = "DescribedBy"

  let file: String
  private(set) var errors: [LoaderError] = []

  init(file: String) {
    self.file = file
  }

  // MARK: Top level

  /// Decodes the document; check `errors` afterwards.
  mutating func decode(_ root: JSONValue) -> (holons: [LoaderHolon], loadWith: [String]) {
    guard case .object(let members) = root else {
      fail("the top level must be an object, found \(root.kindDescription)")
      return ([], [])
    }
    var holons: [LoaderHolon] = []
    var loadWith: [String] = []
    var sawHolons = false
    for member in uniqueMembers(members, context: "top level") {
      switch member.name {
      case "meta":
        loadWith = decodeMeta(member.value)
      case "holons":
        sawHolons = true
        holons = decodeHolons(member.value)
      default:
        fail(unknownMember(member.name, context: "top level", expected: Self.topLevelMembers))
      }
    }
    if !sawHolons {
      fail("missing required top-level member \"holons\"")
    }
    return (holons, loadWith)
  }

  private mutating func decodeMeta(_ value: JSONValue) -> [String] {
    guard case .object(let members) = value else {
      fail("\"meta\" must be an object, found \(value.kindDescription)")
      return []
    }
    var loadWith: [String] = []
    for member in uniqueMembers(members, context: "\"meta\"") {
      switch member.name {
      case "load_with":
        guard case .array(let entries) = member.value else {
          fail(
            "\"meta.load_with\" must be an array of file names, found \(member.value.kindDescription)"
          )
          continue
        }
        for (position, entry) in entries.enumerated() {
          if case .string(let name) = entry, !name.isEmpty {
            loadWith.append(name)
          } else if case .string = entry {
            fail("\"meta.load_with\" entry \(position) is an empty string")
          } else {
            fail(
              "\"meta.load_with\" entry \(position) must be a string, found \(entry.kindDescription)"
            )
          }
        }
      default:
        fail(unknownMember(member.name, context: "\"meta\"", expected: Self.metaMembers))
      }
    }
    return loadWith
  }

  private mutating func decodeHolons(_ value: JSONValue) -> [LoaderHolon] {
    guard case .array(let elements) = value else {
      fail("\"holons\" must be an array, found \(value.kindDescription)")
      return []
    }
    var holons: [LoaderHolon] = []
    for (index, element) in elements.enumerated() {
      if let holon = decodeHolon(element, index: index) {
        holons.append(holon)
      }
    }
    return holons
  }

  // MARK: Holon

  private mutating func decodeHolon(_ value: JSONValue, index: Int) -> LoaderHolon? {
    guard case .object(let members) = value else {
      fail("a holon must be an object, found \(value.kindDescription)", index: index)
      return nil
    }
    // Learn the key up front so every error of this holon can name it.
    var key: String?
    if let member = members.first(where: { $0.name == "key" }),
      case .string(let text) = member.value, !text.isEmpty
    {
      key = text
    }
    let at = HolonLocation(index: index, key: key)

    var type: String?
    var properties: [LoaderProperty] = []
    var relationships: [LoaderRelationship] = []
    for member in uniqueMembers(members, context: "holon", at: at) {
      switch member.name {
      case "key":
        _ = nonEmptyString(member.value, what: "\"key\"", at: at)
      case "type":
        type = nonEmptyString(member.value, what: "\"type\"", at: at)
      case "properties":
        properties = decodeProperties(member.value, at: at)
      case "relationships":
        relationships = decodeRelationships(member.value, at: at)
      default:
        fail(unknownMember(member.name, context: "holon", expected: Self.holonMembers), at: at)
      }
    }
    if let type {
      relationships.insert(LoaderRelationship(name: Self.describedBy, targets: [type]), at: 0)
    }
    return LoaderHolon(
      key: key, type: type, properties: properties, relationships: relationships,
      file: file, index: index)
  }

  // MARK: Properties

  private mutating func decodeProperties(_ value: JSONValue, at: HolonLocation) -> [LoaderProperty]
  {
    guard case .object(let members) = value else {
      fail("\"properties\" must be an object, found \(value.kindDescription)", at: at)
      return []
    }
    var properties: [LoaderProperty] = []
    for member in uniqueMembers(members, context: "\"properties\"", at: at) {
      let what = "property \"\(member.name)\""
      if member.name.isEmpty {
        fail("property names must not be empty", at: at)
        continue
      }
      if let value = decodePropertyValue(member.value, what: what, at: at) {
        properties.append(LoaderProperty(name: member.name, value: value))
      }
    }
    properties.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    return properties
  }

  private mutating func decodePropertyValue(_ value: JSONValue, what: String, at: HolonLocation)
    -> LoaderValue?
  {
    guard case .array(let elements) = value else {
      return decodeScalar(value, what: what, at: at)
    }
    var values: [LoaderValue] = []
    var valid = true
    for (position, element) in elements.enumerated() {
      let elementWhat = "\(what) element \(position)"
      if case .array = element {
        fail("\(elementWhat): nested arrays are not allowed", at: at)
        valid = false
      } else if let scalar = decodeScalar(element, what: elementWhat, at: at) {
        values.append(scalar)
      } else {
        valid = false
      }
    }
    return valid ? .array(values) : nil
  }

  private mutating func decodeScalar(_ value: JSONValue, what: String, at: HolonLocation)
    -> LoaderValue?
  {
    switch value {
    case .string(let text):
      return .string(text)
    case .bool(let flag):
      return .boolean(flag)
    case .number(let number):
      guard number.isIntegerLiteral else {
        fail(
          "\(what): number \(number.text) is not an integer (fractions and exponents are not allowed)",
          at: at)
        return nil
      }
      guard let integer = Int64(number.text) else {
        fail("\(what): integer \(number.text) is outside the 64-bit signed range", at: at)
        return nil
      }
      return .integer(integer)
    case .null:
      fail("\(what): null is not allowed", at: at)
      return nil
    case .object:
      fail("\(what): objects are not allowed as property values", at: at)
      return nil
    case .array:
      fail("\(what): nested arrays are not allowed", at: at)
      return nil
    }
  }

  // MARK: Relationships

  private mutating func decodeRelationships(_ value: JSONValue, at: HolonLocation)
    -> [LoaderRelationship]
  {
    guard case .array(let elements) = value else {
      fail("\"relationships\" must be an array, found \(value.kindDescription)", at: at)
      return []
    }
    var relationships: [LoaderRelationship] = []
    for (position, element) in elements.enumerated() {
      if let relationship = decodeRelationship(element, position: position, at: at) {
        relationships.append(relationship)
      }
    }
    return relationships
  }

  private mutating func decodeRelationship(_ value: JSONValue, position: Int, at: HolonLocation)
    -> LoaderRelationship?
  {
    var what = "relationship \(position)"
    guard case .object(let members) = value else {
      fail("\(what) must be an object, found \(value.kindDescription)", at: at)
      return nil
    }
    if let member = members.first(where: { $0.name == "name" }),
      case .string(let text) = member.value, !text.isEmpty
    {
      what += " (\"\(text)\")"
    }
    let before = errors.count
    var name: String?
    var targets: [String]?
    var sawTarget = false
    for member in uniqueMembers(members, context: what, at: at) {
      switch member.name {
      case "name":
        name = nonEmptyString(member.value, what: "\(what) \"name\"", at: at)
      case "target":
        sawTarget = true
        targets = decodeTargets(member.value, what: what, at: at)
      default:
        fail(unknownMember(member.name, context: what, expected: Self.relationshipMembers), at: at)
      }
    }
    if !members.contains(where: { $0.name == "name" }) {
      fail("\(what) is missing \"name\"", at: at)
    }
    if !sawTarget {
      fail("\(what) is missing \"target\"", at: at)
    }
    guard errors.count == before, let name, let targets else { return nil }
    return LoaderRelationship(name: name, targets: targets)
  }

  private mutating func decodeTargets(_ value: JSONValue, what: String, at: HolonLocation)
    -> [String]?
  {
    guard case .array(let elements) = value else {
      return decodeTarget(value, what: "\(what) target", at: at).map { [$0] }
    }
    if elements.isEmpty {
      fail("\(what) target array must not be empty", at: at)
      return nil
    }
    var keys: [String] = []
    var valid = true
    for (position, element) in elements.enumerated() {
      let elementWhat = "\(what) target \(position)"
      if case .array = element {
        fail("\(elementWhat): nested arrays are not allowed", at: at)
        valid = false
      } else if let key = decodeTarget(element, what: elementWhat, at: at) {
        keys.append(key)
      } else {
        valid = false
      }
    }
    return valid ? keys : nil
  }

  /// A key string or `{"$ref": "key"}`.
  private mutating func decodeTarget(_ value: JSONValue, what: String, at: HolonLocation) -> String?
  {
    switch value {
    case .string(let key):
      guard !key.isEmpty else {
        fail("\(what): key must not be empty", at: at)
        return nil
      }
      return key
    case .object(let members):
      guard members.count == 1, members[0].name == "$ref" else {
        let names = members.map { "\"\($0.name)\"" }.joined(separator: ", ")
        fail(
          "\(what): a reference object must have exactly one member \"$ref\", found {\(names)}",
          at: at)
        return nil
      }
      return nonEmptyString(members[0].value, what: "\(what) \"$ref\"", at: at)
    default:
      fail(
        "\(what) must be a key string, a {\"$ref\": key} object or an array of those, found \(value.kindDescription)",
        at: at)
      return nil
    }
  }

  // MARK: Helpers

  /// Members in order, reporting and dropping repeated names (first one wins).
  private mutating func uniqueMembers(
    _ members: [JSONMember], context: String, at: HolonLocation? = nil
  ) -> [JSONMember] {
    var seen = Set<String>()
    var unique: [JSONMember] = []
    for member in members {
      if seen.insert(member.name).inserted {
        unique.append(member)
      } else {
        fail("duplicate member \"\(member.name)\" in \(context)", at: at)
      }
    }
    return unique
  }

  private mutating func nonEmptyString(_ value: JSONValue, what: String, at: HolonLocation)
    -> String?
  {
    guard case .string(let text) = value else {
      fail("\(what) must be a string, found \(value.kindDescription)", at: at)
      return nil
    }
    guard !text.isEmpty else {
      fail("\(what) must not be empty", at: at)
      return nil
    }
    return text
  }

  private func unknownMember(_ name: String, context: String, expected: [String]) -> String {
    let list = expected.map { "\"\($0)\"" }.joined(separator: ", ")
    return "unknown member \"\(name)\" in \(context) (expected \(list))"
  }

  private mutating func fail(_ message: String, index: Int) {
    fail(message, at: HolonLocation(index: index, key: nil))
  }

  private mutating func fail(_ message: String, at: HolonLocation? = nil) {
    errors.append(LoaderError(file: file, holonIndex: at?.index, key: at?.key, message: message))
  }
}

/// Where in a file's `holons` array an error belongs.
struct HolonLocation {
  var index: Int
  var key: String?
}
