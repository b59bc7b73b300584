import HoloCore

// Internal helpers shared by the wire forms of this module. They mirror how rmp-serde (named) writes Rust types.

/// Fails when an externally tagged variant that needs content came as a bare string (or the reverse).
func requireContent(
  _ hasContent: Bool, _ expected: Bool, variant: String, of typeName: StaticString
) throws(MsgPackError) {
  guard hasContent == expected else {
    let reason = expected ? "variant \(variant) needs content" : "unit variant \(variant) has content"
    throw .invalidValue(type: typeName.text, reason: reason)
  }
}

extension MsgPackWriter {
  /// Writes `{variant: content}`, an externally tagged Rust enum variant with data.
  mutating func writeVariant(_ variant: StaticString, _ content: some MsgPackEncodable) {
    writeMapHeader(1)
    write(variant)
    content.encode(to: &self)
  }
}

/// Orders strings by their UTF-8 bytes, as Rust's `Ord for String` (and so `BTreeMap`) does.
func utf8Less(_ lhs: String, _ rhs: String) -> Bool {
  lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
}
