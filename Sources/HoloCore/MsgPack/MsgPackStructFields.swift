/// A struct that can write its fields into a map someone else opened: the content of an internally tagged
/// enum variant (`{"type": "Create", …fields}`) is such a struct.
public protocol MsgPackStructFields: MsgPackCodable {
  /// How many key/value pairs ``encodeFields(to:)`` writes.
  var fieldCount: Int { get }
  /// Writes the fields as key/value pairs, without a map header.
  func encodeFields(to writer: inout MsgPackWriter)
}

extension MsgPackStructFields {
  /// A plain struct: a map of its fields.
  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(fieldCount)
    encodeFields(to: &writer)
  }

  /// Writes this struct as the content of an internally tagged variant: `{tagKey: variant, …fields}`.
  public func encodeTagged(_ tagKey: StaticString, _ variant: StaticString, to writer: inout MsgPackWriter) {
    writer.writeMapHeader(fieldCount + 1)
    writer.write(tagKey)
    writer.write(variant)
    encodeFields(to: &writer)
  }
}
