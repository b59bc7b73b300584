/// A parsed JSON document, keeping exactly what the loader needs to validate:
/// member order and duplicates in objects, and the literal text of numbers.
enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(JSONNumber)
  case string(String)
  case array([JSONValue])
  case object([JSONMember])

  /// "null", "a boolean", ... for error messages.
  var kindDescription: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// A JSON number as written.
struct JSONNumber: Equatable, Sendable {
  /// The literal text, e.g. `-12`, `1.5`, `2e3`.
  var text: String
  /// True when the literal has neither a fraction nor an exponent.
  var isIntegerLiteral: Bool
}

/// One `"name": value` member of a JSON object.
struct JSONMember: Equatable, Sendable {
  var name: String
  var value: JSONValue
}
