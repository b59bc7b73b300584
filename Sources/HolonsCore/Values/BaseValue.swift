public import HoloCore

/// A property's value (MAP `base_types::BaseValue`, also called `PropertyValue`).
///
/// Wire form, externally tagged: `{"StringValue": "x"}`, `{"BooleanValue": true}`, `{"IntegerValue": 42}`,
/// `{"EnumValue": "Red"}`, `{"BytesValue": [1, 2]}`.
public enum BaseValue: Hashable, Sendable, MsgPackCodable, CustomStringConvertible {
  case string(MapString)
  case boolean(MapBoolean)
  case integer(MapInteger)
  /// A simple enum variant, by name.
  case enumValue(MapEnumValue)
  case bytes(MapBytes)

  /// MAP's variant name (`StringValue`, `BooleanValue`, …).
  public var variantName: StaticString {
    switch self {
    case .string: return "StringValue"
    case .boolean: return "BooleanValue"
    case .integer: return "IntegerValue"
    case .enumValue: return "EnumValue"
    case .bytes: return "BytesValue"
    }
  }

  /// The value as raw bytes, as MAP's `BaseValue::into_bytes`: UTF-8 for text, one byte for a boolean, 8
  /// big-endian bytes for an integer.
  public var rawBytes: [UInt8] {
    switch self {
    case .string(let text): return Array(text.value.utf8)
    case .boolean(let flag): return [flag.value ? 1 : 0]
    case .integer(let number):
      let bits = UInt64(bitPattern: number.value)
      return stride(from: 56, through: 0, by: -8).map { UInt8(truncatingIfNeeded: bits >> UInt64($0)) }
    case .enumValue(let name): return Array(name.value.value.utf8)
    case .bytes(let bytes): return bytes.bytes
    }
  }

  /// As MAP displays it: `StringValue("Hello")`, `IntegerValue(42)`, `BytesValue(0x0102)`…
  public var description: String {
    switch self {
    case .string(let text): return "StringValue(\"\(text.value)\")"
    case .boolean(let flag): return "BooleanValue(\(flag))"
    case .integer(let number): return "IntegerValue(\(number))"
    case .enumValue(let name): return "EnumValue(\(name))"
    case .bytes(let bytes): return "BytesValue(\(bytes))"
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .string(let text): writer.writeVariant("StringValue", text)
    case .boolean(let flag): writer.writeVariant("BooleanValue", flag)
    case .integer(let number): writer.writeVariant("IntegerValue", number)
    case .enumValue(let name): writer.writeVariant("EnumValue", name)
    case .bytes(let bytes): writer.writeVariant("BytesValue", bytes)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    try requireContent(hasContent, true, variant: variant, of: "BaseValue")
    switch variant {
    case "StringValue": self = .string(try reader.decode())
    case "BooleanValue": self = .boolean(try reader.decode())
    case "IntegerValue": self = .integer(try reader.decode())
    case "EnumValue": self = .enumValue(try reader.decode())
    case "BytesValue": self = .bytes(try reader.decode())
    default: throw .unknownVariant(type: "BaseValue", variant: variant)
    }
  }
}
