// Turning decoding failures into `WasmError`s a zome can throw.

extension MsgPackError {
  /// A short human-readable description (Embedded Swift cannot describe enums by reflection).
  public var message: String {
    switch self {
    case .truncated(let offset, let needed): return "input ended at offset \(offset), \(needed) more bytes expected"
    case .invalidMarker(let offset, let marker): return "invalid marker \(marker) at offset \(offset)"
    case .typeMismatch(let offset, let expected, let found): return "expected \(expected), found \(found) at offset \(offset)"
    case .integerOverflow(let offset): return "integer out of range at offset \(offset)"
    case .invalidUTF8(let offset): return "invalid UTF-8 at offset \(offset)"
    case .missingField(let type, let field): return "\(type) is missing field \(field)"
    case .unknownVariant(let type, let variant): return "\(type) has no variant \(variant)"
    case .invalidValue(let type, let reason): return "invalid \(type): \(reason)"
    case .nestingTooDeep(let offset): return "values nest too deeply at offset \(offset)"
    case .trailingBytes(let offset): return "trailing bytes at offset \(offset)"
    }
  }
}

extension WasmError {
  /// A guest error for bytes that did not decode as `what`.
  static func decoding(_ what: StaticString, _ error: MsgPackError, file: StaticString = #fileID, line: UInt = #line)
    -> WasmError
  {
    .guest("could not decode \(what.text): \(error.message)", file: file, line: line)
  }
}

extension SerializedBytes {
  /// Decodes the bytes as `T`, failing with a guest error that names the type.
  ///
  /// ```swift
  /// let post: Post = try bytes.decodeOrThrow()
  /// ```
  public func decodeOrThrow<T: MsgPackDecodable>(_: T.Type = T.self) throws(WasmError) -> T {
    do {
      return try T(msgpack: bytes)
    } catch {
      throw .decoding("msgpack value", error)
    }
  }
}
