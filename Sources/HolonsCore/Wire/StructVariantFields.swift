import HoloCore

/// The fields of a Rust struct (or struct variant) read as raw msgpack values by position in `names`, to be
/// decoded one by one. Accepts a map keyed by name (rmp-serde named) or a positional array (rmp-serde compact).
struct StructVariantFields {
  private var raw: [[UInt8]?]
  private let names: [StaticString]
  private let typeName: StaticString

  init(from reader: inout MsgPackReader, names: [StaticString], typeName: StaticString) throws(MsgPackError) {
    var raw = [[UInt8]?](repeating: nil, count: names.count)
    try reader.readStruct(fields: names) { index, reader throws(MsgPackError) in
      raw[index] = try reader.readRawValue()
    }
    self.raw = raw
    self.names = names
    self.typeName = typeName
  }

  /// The required field at `index`.
  func value<T: MsgPackDecodable>(_ index: Int, _: T.Type = T.self) throws(MsgPackError) -> T {
    guard let bytes = raw[index] else { throw .missingField(type: typeName.text, field: names[index].text) }
    return try T(msgpack: bytes)
  }

  /// The `Option` field at `index`: absent or `nil` is `nil`, as serde reads a missing `Option`.
  func optional<T: MsgPackDecodable>(_ index: Int, _: T.Type = T.self) throws(MsgPackError) -> T? {
    guard let bytes = raw[index] else { return nil }
    return try T?(msgpack: bytes)
  }
}

extension MsgPackWriter {
  /// Starts `{variant: {…fieldCount fields}}`; the caller writes the fields with `writeField`.
  mutating func writeStructVariantHeader(_ variant: StaticString, fieldCount: Int) {
    writeMapHeader(1)
    write(variant)
    writeMapHeader(fieldCount)
  }

  /// Writes `{variant: [first, second]}`, a two-field tuple variant.
  mutating func writePairVariant(_ variant: StaticString, _ first: String, _ second: String) {
    writeMapHeader(1)
    write(variant)
    writeArrayHeader(2)
    write(first)
    write(second)
  }
}
