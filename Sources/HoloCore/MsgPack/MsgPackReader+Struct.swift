extension MsgPackReader {
  /// Decodes a struct the way serde does: from a map keyed by field name (unknown keys are skipped, order
  /// does not matter) or from a positional array. `body` is called once per known field with its index in
  /// `fields`, and must consume exactly that field's value.
  ///
  /// ```swift
  /// var name: String?
  /// try reader.readStruct(fields: ["name"]) { index, reader throws(MsgPackError) in
  ///   name = try reader.readString()
  /// }
  /// ```
  public mutating func readStruct(
    fields: [StaticString],
    _ body: (Int, inout MsgPackReader) throws(MsgPackError) -> Void
  ) throws(MsgPackError) {
    let start = offset
    let marker = try peekMarker()
    switch MsgPackKind.of(marker) {
    case .map:
      let count = try readMapHeader()
      for _ in 0..<count {
        let key = try readStringRange()
        if let index = fieldIndex(of: key, in: fields) {
          try body(index, &self)
        } else {
          try skipValue()
        }
      }
    case .array:
      let count = try readArrayHeader()
      for index in 0..<count {
        if index < fields.count {
          try body(index, &self)
        } else {
          try skipValue()
        }
      }
    default:
      throw mismatch("struct (map or array)", marker, at: start)
    }
  }

  /// Reads an externally tagged enum's tag: a bare string for a unit variant (`content == false`), or the
  /// single key of a one-entry map whose value (the variant's content) is read next (`content == true`).
  public mutating func readEnumTag() throws(MsgPackError) -> (variant: String, hasContent: Bool) {
    let start = offset
    let marker = try peekMarker()
    switch MsgPackKind.of(marker) {
    case .string:
      return (try readString(), false)
    case .map:
      let count = try readMapHeader()
      guard count == 1 else {
        throw .invalidValue(type: "enum", reason: "externally tagged enum map must have one entry, has \(count)")
      }
      return (try readString(), true)
    default:
      throw mismatch("enum (string or map)", marker, at: start)
    }
  }

  /// Finds the string value of `tagKey` in the map that starts here, without consuming anything
  /// (internally tagged enums: `{"type": "Create", …fields}`; the tag may stand anywhere in the map).
  public func peekTag(_ tagKey: StaticString, of typeName: String) throws(MsgPackError) -> String {
    var scan = self
    let count = try scan.readMapHeader()
    for _ in 0..<count {
      let key = try scan.readStringRange()
      if scan.matches(key, tagKey) { return try scan.readString() }
      try scan.skipValue()
    }
    throw .missingField(type: typeName, field: tagKey.text)
  }

  /// Reads an adjacently tagged enum (`{tag: variant, content: value}`, a unit variant has no content):
  /// returns the variant and a reader positioned at the content, if any. This reader moves past the map.
  public mutating func readAdjacentTag(
    tag tagKey: StaticString,
    content contentKey: StaticString,
    of typeName: String
  ) throws(MsgPackError) -> (variant: String, content: MsgPackReader?) {
    let count = try readMapHeader()
    var variant: String?
    var content: MsgPackReader?
    for _ in 0..<count {
      let key = try readStringRange()
      if matches(key, tagKey) {
        variant = try readString()
      } else if matches(key, contentKey) {
        var contentReader = self
        contentReader.depth = depth
        content = contentReader
        try skipValue()
      } else {
        try skipValue()
      }
    }
    guard let variant else { throw .missingField(type: typeName, field: tagKey.text) }
    return (variant, content)
  }

  /// Runs `body` one nesting level deeper, failing with `nestingTooDeep` past ``maximumDepth``.
  public mutating func nested<T>(
    _ body: (inout MsgPackReader) throws(MsgPackError) -> T
  ) throws(MsgPackError) -> T {
    guard depth < Self.maximumDepth else { throw .nestingTooDeep(offset: offset) }
    depth += 1
    defer { depth -= 1 }
    return try body(&self)
  }

  /// Whether the string bytes at `range` equal `name`.
  public func matches(_ range: Range<Int>, _ name: StaticString) -> Bool {
    name.withUTF8Buffer { utf8 in
      guard utf8.count == range.count else { return false }
      var index = range.lowerBound
      for byte in utf8 {
        if bytes[index] != byte { return false }
        index += 1
      }
      return true
    }
  }

  private func fieldIndex(of key: Range<Int>, in fields: [StaticString]) -> Int? {
    for (index, field) in fields.enumerated() where matches(key, field) { return index }
    return nil
  }
}

/// Unwraps a decoded field, or fails naming the type and the missing field.
public func require<T>(_ value: T?, _ field: StaticString, in typeName: StaticString) throws(MsgPackError) -> T {
  guard let value else {
    throw .missingField(type: typeName.text, field: field.text)
  }
  return value
}
