/// Why a msgpack value could not be decoded.
///
/// Decoding never traps on bad input: every malformed, truncated or mistyped byte sequence ends in one of these.
public enum MsgPackError: Error, Equatable, Sendable {
  /// The input ended in the middle of a value; `needed` more bytes were expected at `offset`.
  case truncated(offset: Int, needed: Int)
  /// A marker byte that msgpack reserves (`0xc1`) or that cannot start the expected value.
  case invalidMarker(offset: Int, marker: UInt8)
  /// The value at `offset` has another type than the one asked for.
  case typeMismatch(offset: Int, expected: String, found: String)
  /// An integer does not fit the requested Swift type.
  case integerOverflow(offset: Int)
  /// A string's bytes are not valid UTF-8.
  case invalidUTF8(offset: Int)
  /// A struct or enum is missing a field it needs.
  case missingField(type: String, field: String)
  /// An enum's tag names no variant the type knows.
  case unknownVariant(type: String, variant: String)
  /// A value decoded, but breaks a rule of its type (wrong length, bad prefix…).
  case invalidValue(type: String, reason: String)
  /// Values nest deeper than the decoder allows (guards the stack against hostile input).
  case nestingTooDeep(offset: Int)
  /// Bytes were left over after the top-level value.
  case trailingBytes(offset: Int)
}
