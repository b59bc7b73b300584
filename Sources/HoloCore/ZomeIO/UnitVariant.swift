/// Reads a unit variant of an externally tagged enum whose variants all carry no data (`"Strict"`), for
/// enums whose raw values are the variant names. A map form (`{"Strict": nil}`) is accepted too, as serde does.
public func readUnitVariant<T: RawRepresentable>(
  _: T.Type = T.self, from reader: inout MsgPackReader, typeName: StaticString
) throws(MsgPackError) -> T where T.RawValue == String {
  let (variant, hasContent) = try reader.readEnumTag()
  if hasContent { try reader.skipValue() }
  guard let value = T(rawValue: variant) else { throw .unknownVariant(type: typeName.text, variant: variant) }
  return value
}

/// Reads the array header of a tuple (or tuple variant) that must have `count` elements.
public func readTupleHeader(_ count: Int, of typeName: StaticString, in reader: inout MsgPackReader) throws(MsgPackError) {
  let found = try reader.readArrayHeader()
  guard found == count else {
    throw .invalidValue(type: typeName.text, reason: "expected a \(count)-tuple, found \(found) elements")
  }
}
