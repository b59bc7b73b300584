import HoloCore

/// Converters between manifest field types and the generic ``MsgPackValue`` a manifest is read from and
/// written as, with serde's type rules and wording.
enum ManifestValue {
  // MARK: Reading

  /// A string field: a msgpack string (or UTF-8 `bin`), never a number or null.
  static func string(_ value: MsgPackValue, _ path: String) throws(BundleError) -> String {
    switch value {
    case .string(let text): return text
    case .binary(let bytes):
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw .invalidValue(path: path, reason: "bytes are not valid UTF-8")
      }
      return text
    default: throw .invalidType(path: path, expected: "a string", found: describe(value))
    }
  }

  /// A boolean field.
  static func bool(_ value: MsgPackValue, _ path: String) throws(BundleError) -> Bool {
    guard case .bool(let flag) = value else {
      throw .invalidType(path: path, expected: "a boolean", found: describe(value))
    }
    return flag
  }

  /// A `u32` field.
  static func uint32(_ value: MsgPackValue, _ path: String) throws(BundleError) -> UInt32 {
    switch value {
    case .uint(let number):
      guard let result = UInt32(exactly: number) else {
        throw .invalidValue(path: path, reason: "integer `\(number)` does not fit a u32")
      }
      return result
    case .int(let number):
      throw .invalidValue(path: path, reason: "integer `\(number)` is negative, expected a u32")
    default:
      throw .invalidType(path: path, expected: "u32", found: describe(value))
    }
  }

  /// A sequence field, each element read by `element` (its path gets an `[index]`).
  static func array<T>(
    _ value: MsgPackValue,
    _ path: String,
    _ element: (MsgPackValue, String) throws(BundleError) -> T
  ) throws(BundleError) -> [T] {
    guard case .array(let values) = value else {
      throw .invalidType(path: path, expected: "a sequence", found: describe(value))
    }
    var result: [T] = []
    result.reserveCapacity(values.count)
    for (index, item) in values.enumerated() {
      result.append(try element(item, "\(path)[\(index)]"))
    }
    return result
  }

  /// A `HoloHashB64` field: the `u…` string (as written), or the 39 raw bytes (as rmp-serde also accepts).
  static func hash<T: HoloHashType>(_ value: MsgPackValue, _ path: String) throws(BundleError) -> HoloHash<T> {
    do {
      switch value {
      case .string(let text): return try HoloHash<T>(string: text)
      case .binary(let bytes): return try HoloHash<T>(raw39: bytes)
      default: break
      }
    } catch {
      throw .invalidValue(path: path, reason: "not a valid \(T.self) hash (\(error))")
    }
    throw .invalidType(path: path, expected: "a base64 hash string", found: describe(value))
  }

  /// An `Option<T>`: `nil` is `None`, anything else is read by `decode`.
  static func option<T>(
    _ value: MsgPackValue,
    _ path: String,
    _ decode: (MsgPackValue, String) throws(BundleError) -> T
  ) throws(BundleError) -> T? {
    value == .nilValue ? nil : try decode(value, path)
  }

  /// Any value, kept as it is (DNA properties).
  static func any(_ value: MsgPackValue, _ path: String) -> MsgPackValue { value }

  /// A map key used as a struct field name.
  static func fieldName(_ key: MsgPackValue, path: String) throws(BundleError) -> String {
    guard case .string(let name) = key else {
      throw .invalidType(path: path, expected: "a field name", found: describe(key))
    }
    return name
  }

  /// How serde describes an unexpected value (`invalid type: integer `5`, expected a string`).
  static func describe(_ value: MsgPackValue) -> String {
    switch value {
    case .nilValue: return "unit value"
    case .bool(let flag): return "boolean `\(flag)`"
    case .uint(let number): return "integer `\(number)`"
    case .int(let number): return "integer `\(number)`"
    case .float32(let number): return "floating point `\(number)`"
    case .float64(let number): return "floating point `\(number)`"
    case .string(let text): return "string \"\(text)\""
    case .binary: return "byte array"
    case .array: return "sequence"
    case .map: return "map"
    case .ext: return "extension value"
    }
  }

  // MARK: Writing

  /// A struct written as a map with its fields in declaration order (rmp-serde's named form).
  static func map(_ fields: KeyValuePairs<String, MsgPackValue>) -> MsgPackValue {
    .map(fields.map { MsgPackMapEntry(key: .string($0.key), value: $0.value) })
  }

  /// An `Option<String>`: `nil` when absent.
  static func optional(_ text: String?) -> MsgPackValue {
    text.map { .string($0) } ?? .nilValue
  }

  /// A hash as its `u…` string (how `HoloHashB64` serializes).
  static func hashString<T>(_ hash: HoloHash<T>?) -> MsgPackValue {
    hash.map { .string($0.description) } ?? .nilValue
  }
}
