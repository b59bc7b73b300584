import HoloCore

// Helpers for serde's adjacently tagged enums (`#[serde(tag = "type", content = "value")]`), the shape of every
// request, response, status and error on the Conductor API: `{"type": "snake_case_variant", "value": content}`,
// where a unit variant has no "value" key at all.

extension MsgPackWriter {
  /// Writes a unit variant: `{"type": variant}`.
  mutating func writeUnitVariant(_ variant: StaticString) {
    writeMapHeader(1)
    writeField("type", variant)
  }

  /// Writes a newtype variant: `{"type": variant, "value": content}`.
  mutating func writeVariant(_ variant: StaticString, _ content: some MsgPackEncodable) {
    writeVariantHeader(variant)
    content.encode(to: &self)
  }

  /// Writes `{"type": variant, "value": ` and leaves the content to the caller (struct and tuple variants).
  mutating func writeVariantHeader(_ variant: StaticString) {
    writeMapHeader(2)
    writeField("type", variant)
    write("value" as StaticString)
  }

  /// Writes a `HashMap<String, V>` with its keys sorted by UTF-8 bytes, so equal maps give equal bytes.
  mutating func writeStringKeyedMap<V: MsgPackEncodable>(_ map: [String: V]) {
    writeMapHeader(map.count)
    for (key, value) in map.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      write(key)
      value.encode(to: &self)
    }
  }
}

/// An adjacently tagged enum's variant name and, when the map had a "value" key, a reader at the content.
struct TaggedVariant {
  /// The "type" string.
  var name: String
  /// A reader positioned at the "value", if the map had one.
  var content: MsgPackReader?
  /// The enum's name, for error messages.
  var typeName: StaticString

  /// The content of a newtype, tuple or struct variant, which must be present.
  func requireContent() throws(MsgPackError) -> MsgPackReader {
    guard let content else { throw .missingField(type: "\(typeName.text)::\(name)", field: "value") }
    return content
  }

  /// Decodes the content of a newtype variant.
  func decodeContent<T: MsgPackDecodable>(_: T.Type = T.self) throws(MsgPackError) -> T {
    var reader = try requireContent()
    return try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in try T(from: &reader) }
  }

  /// Reads the content of a struct variant field by field (see ``MsgPackReader/readStruct(fields:_:)``).
  func readStructContent(
    fields: [StaticString],
    _ body: (Int, inout MsgPackReader) throws(MsgPackError) -> Void
  ) throws(MsgPackError) {
    var reader = try requireContent()
    try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in
      try reader.readStruct(fields: fields, body)
    }
  }

  /// The error for a variant name the enum does not know.
  var unknown: MsgPackError { .unknownVariant(type: typeName.text, variant: name) }
}

extension MsgPackReader {
  /// Reads an adjacently tagged enum's map and returns its variant. A unit variant's "value", if a client sent
  /// one (`@holochain/client` sends `value: undefined`, i.e. `nil`), is ignored.
  mutating func readTaggedVariant(of typeName: StaticString) throws(MsgPackError) -> TaggedVariant {
    let (name, content) = try readAdjacentTag(tag: "type", content: "value", of: typeName.text)
    return TaggedVariant(name: name, content: content, typeName: typeName)
  }

  /// Reads a `HashMap<String, V>`.
  mutating func readStringKeyedMap<V: MsgPackDecodable>(_: V.Type = V.self) throws(MsgPackError) -> [String: V] {
    let count = try readMapHeader()
    var map: [String: V] = [:]
    map.reserveCapacity(count)
    try nested { (reader: inout MsgPackReader) throws(MsgPackError) in
      for _ in 0..<count {
        let key = try reader.readString()
        map[key] = try V(from: &reader)
      }
    }
    return map
  }

  /// Reads the array header of a tuple that must have `count` elements.
  mutating func readTupleHeader(_ count: Int, of typeName: StaticString) throws(MsgPackError) {
    let found = try readArrayHeader()
    guard found == count else {
      throw .invalidValue(type: typeName.text, reason: "expected a \(count)-tuple, found \(found) elements")
    }
  }
}
