public import HoloCore

/// A validation failure carried by ``HolonError/validationError(_:)`` (MAP `ValidationError`).
public enum ValidationError: Hashable, Sendable, MsgPackCodable, CustomStringConvertible {
  case propertyError(String)
  case relationshipError(String)
  case descriptorError(String)
  case wasmError(String)
  case jsonSchemaError(String)

  private var parts: (variant: StaticString, message: String) {
    switch self {
    case .propertyError(let message): return ("PropertyError", message)
    case .relationshipError(let message): return ("RelationshipError", message)
    case .descriptorError(let message): return ("DescriptorError", message)
    case .wasmError(let message): return ("WasmError", message)
    case .jsonSchemaError(let message): return ("JsonSchemaError", message)
    }
  }

  /// MAP's message (`Property error: …`).
  public var description: String {
    switch self {
    case .propertyError(let message): return "Property error: \(message)"
    case .relationshipError(let message): return "Relationship error: \(message)"
    case .descriptorError(let message): return "Descriptor error: \(message)"
    case .wasmError(let message): return "Wasm error: \(message)"
    case .jsonSchemaError(let message): return "JSON Schema validation error: \(message)"
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    let (variant, message) = parts
    writer.writeVariant(variant, message)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    try requireContent(hasContent, true, variant: variant, of: "ValidationError")
    let message = try reader.readString()
    switch variant {
    case "PropertyError": self = .propertyError(message)
    case "RelationshipError": self = .relationshipError(message)
    case "DescriptorError": self = .descriptorError(message)
    case "WasmError": self = .wasmError(message)
    case "JsonSchemaError": self = .jsonSchemaError(message)
    default: throw .unknownVariant(type: "ValidationError", variant: variant)
    }
  }
}
