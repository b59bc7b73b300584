/// Reads msgpack values one at a time from a byte buffer, never trapping on bad input.
///
/// Decoding is lenient where rmp-serde is: integers of any width decode into any type they fit, byte fields
/// accept `bin`, an array of small integers, or a string, and structs decode from maps (unknown keys ignored)
/// or from positional arrays.
///
/// ```swift
/// var reader = MsgPackReader([0x92, 0x01, 0xa2, 0x68, 0x69])
/// let count = try reader.readArrayHeader()   // 2
/// let one: Int = try reader.decode()        // 1
/// let hi: String = try reader.decode()      // "hi"
/// ```
public struct MsgPackReader: Sendable {
  /// The whole input.
  public let bytes: [UInt8]
  /// Where the next value starts.
  public internal(set) var offset: Int
  /// How deep nested decoding currently is (see ``maximumDepth``).
  public internal(set) var depth: Int = 0
  /// The deepest nesting recursive decoders accept before failing with `nestingTooDeep`.
  public static let maximumDepth = 128

  /// Starts reading `bytes` at `offset`.
  public init(_ bytes: [UInt8], offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  /// Whether every byte has been read.
  public var isAtEnd: Bool { offset >= bytes.count }

  /// Fails unless every byte has been read (for top-level values).
  public func requireEnd() throws(MsgPackError) {
    if offset != bytes.count { throw .trailingBytes(offset: offset) }
  }

  // MARK: Peeking

  /// The kind of the next value, without consuming it.
  public func peekKind() throws(MsgPackError) -> MsgPackKind {
    guard offset < bytes.count else { throw .truncated(offset: offset, needed: 1) }
    guard let kind = MsgPackKind.of(bytes[offset]) else {
      throw .invalidMarker(offset: offset, marker: bytes[offset])
    }
    return kind
  }

  /// Whether the next value is `nil`.
  public func peekIsNil() -> Bool { offset < bytes.count && bytes[offset] == MsgPackMarker.nilValue }

  // MARK: Scalars

  /// Reads `nil`.
  public mutating func readNil() throws(MsgPackError) {
    let marker = try readMarker()
    guard marker == MsgPackMarker.nilValue else { throw mismatch("nil", marker, at: offset - 1) }
  }

  /// Reads a boolean.
  public mutating func readBool() throws(MsgPackError) -> Bool {
    let marker = try readMarker()
    switch marker {
    case MsgPackMarker.trueValue: return true
    case MsgPackMarker.falseValue: return false
    default: throw mismatch("bool", marker, at: offset - 1)
    }
  }

  /// Reads any integer into `T`, failing with `integerOverflow` when it does not fit.
  public mutating func readInteger<T: FixedWidthInteger>(_: T.Type = T.self) throws(MsgPackError) -> T {
    let start = offset
    let marker = try readMarker()
    switch marker {
    case 0x00...0x7f: return try fit(UInt64(marker), at: start)
    case 0xe0...0xff: return try fit(Int64(Int8(bitPattern: marker)), at: start)
    case MsgPackMarker.uint8: return try fit(UInt64(try readBigEndian(UInt8.self)), at: start)
    case MsgPackMarker.uint16: return try fit(UInt64(try readBigEndian(UInt16.self)), at: start)
    case MsgPackMarker.uint32: return try fit(UInt64(try readBigEndian(UInt32.self)), at: start)
    case MsgPackMarker.uint64: return try fit(try readBigEndian(UInt64.self), at: start)
    case MsgPackMarker.int8: return try fit(Int64(Int8(bitPattern: try readBigEndian(UInt8.self))), at: start)
    case MsgPackMarker.int16:
      return try fit(Int64(Int16(bitPattern: try readBigEndian(UInt16.self))), at: start)
    case MsgPackMarker.int32:
      return try fit(Int64(Int32(bitPattern: try readBigEndian(UInt32.self))), at: start)
    case MsgPackMarker.int64: return try fit(Int64(bitPattern: try readBigEndian(UInt64.self)), at: start)
    default: throw mismatch("integer", marker, at: start)
    }
  }

  /// Reads a float; an `f32` widens, and integers are accepted as rmp-serde does.
  public mutating func readDouble() throws(MsgPackError) -> Double {
    let start = offset
    let marker = try peekMarker()
    switch marker {
    case MsgPackMarker.float32:
      offset += 1
      return Double(Float(bitPattern: try readBigEndian(UInt32.self)))
    case MsgPackMarker.float64:
      offset += 1
      return Double(bitPattern: try readBigEndian(UInt64.self))
    default:
      guard MsgPackKind.of(marker) == .int else { throw mismatch("float", marker, at: start) }
      let value: Int64 = try readInteger()
      return Double(value)
    }
  }

  /// Reads a string.
  public mutating func readString() throws(MsgPackError) -> String {
    let start = offset
    let range = try readStringRange()
    guard let string = String(validating: bytes[range], as: UTF8.self) else {
      throw .invalidUTF8(offset: start)
    }
    return string
  }

  /// Reads a string header and returns where its UTF-8 bytes lie in ``bytes`` (no copy, no validation).
  public mutating func readStringRange() throws(MsgPackError) -> Range<Int> {
    let start = offset
    let marker = try readMarker()
    let count: Int
    switch marker {
    case 0xa0...0xbf: count = Int(marker & 0x1f)
    case MsgPackMarker.str8: count = Int(try readBigEndian(UInt8.self))
    case MsgPackMarker.str16: count = Int(try readBigEndian(UInt16.self))
    case MsgPackMarker.str32: count = Int(try readBigEndian(UInt32.self))
    default: throw mismatch("string", marker, at: start)
    }
    return try take(count)
  }

  /// Reads a byte buffer: `bin`, an array of integers 0…255, or a string's bytes.
  public mutating func readBinary() throws(MsgPackError) -> [UInt8] {
    let start = offset
    let marker = try peekMarker()
    switch marker {
    case MsgPackMarker.bin8, MsgPackMarker.bin16, MsgPackMarker.bin32:
      offset += 1
      let count: Int
      switch marker {
      case MsgPackMarker.bin8: count = Int(try readBigEndian(UInt8.self))
      case MsgPackMarker.bin16: count = Int(try readBigEndian(UInt16.self))
      default: count = Int(try readBigEndian(UInt32.self))
      }
      return Array(bytes[try take(count)])
    case 0x90...0x9f, MsgPackMarker.array16, MsgPackMarker.array32:
      let count = try readArrayHeader()
      var result: [UInt8] = []
      result.reserveCapacity(count)
      for _ in 0..<count { result.append(try readInteger(UInt8.self)) }
      return result
    case 0xa0...0xbf, MsgPackMarker.str8, MsgPackMarker.str16, MsgPackMarker.str32:
      return Array(bytes[try readStringRange()])
    default:
      throw mismatch("binary", marker, at: start)
    }
  }

  /// Reads a byte buffer that must be exactly `count` long.
  public mutating func readBinary(count: Int, of typeName: String) throws(MsgPackError) -> [UInt8] {
    let value = try readBinary()
    guard value.count == count else {
      throw .invalidValue(type: typeName, reason: "expected \(count) bytes, found \(value.count)")
    }
    return value
  }

  // MARK: Containers

  /// Reads an array header and returns the element count.
  public mutating func readArrayHeader() throws(MsgPackError) -> Int {
    let start = offset
    let marker = try readMarker()
    let count: Int
    switch marker {
    case 0x90...0x9f: count = Int(marker & 0x0f)
    case MsgPackMarker.array16: count = Int(try readBigEndian(UInt16.self))
    case MsgPackMarker.array32: count = Int(try readBigEndian(UInt32.self))
    default: throw mismatch("array", marker, at: start)
    }
    // Every element takes at least one byte: reject impossible counts before anyone allocates for them.
    guard count <= bytes.count - offset else { throw .truncated(offset: offset, needed: count) }
    return count
  }

  /// Reads a map header and returns the number of key/value pairs.
  public mutating func readMapHeader() throws(MsgPackError) -> Int {
    let start = offset
    let marker = try readMarker()
    let count: Int
    switch marker {
    case 0x80...0x8f: count = Int(marker & 0x0f)
    case MsgPackMarker.map16: count = Int(try readBigEndian(UInt16.self))
    case MsgPackMarker.map32: count = Int(try readBigEndian(UInt32.self))
    default: throw mismatch("map", marker, at: start)
    }
    guard count <= (bytes.count - offset) / 2 else { throw .truncated(offset: offset, needed: count * 2) }
    return count
  }

  /// Reads an extension value.
  public mutating func readExtension() throws(MsgPackError) -> (type: Int8, data: [UInt8]) {
    let start = offset
    let marker = try readMarker()
    let count: Int
    switch marker {
    case 0xd4: count = 1
    case 0xd5: count = 2
    case 0xd6: count = 4
    case 0xd7: count = 8
    case 0xd8: count = 16
    case MsgPackMarker.ext8: count = Int(try readBigEndian(UInt8.self))
    case MsgPackMarker.ext16: count = Int(try readBigEndian(UInt16.self))
    case MsgPackMarker.ext32: count = Int(try readBigEndian(UInt32.self))
    default: throw mismatch("ext", marker, at: start)
    }
    let type = Int8(bitPattern: try readBigEndian(UInt8.self))
    return (type, Array(bytes[try take(count)]))
  }

  /// Skips one whole value, however deeply nested, without recursion.
  public mutating func skipValue() throws(MsgPackError) {
    var pending = 1
    while pending > 0 {
      pending -= 1
      let start = offset
      let marker = try peekMarker()
      switch marker {
      case 0x80...0x8f, MsgPackMarker.map16, MsgPackMarker.map32: pending += try readMapHeader() * 2
      case 0x90...0x9f, MsgPackMarker.array16, MsgPackMarker.array32: pending += try readArrayHeader()
      case 0xa0...0xbf, MsgPackMarker.str8, MsgPackMarker.str16, MsgPackMarker.str32: _ = try readStringRange()
      case MsgPackMarker.bin8, MsgPackMarker.bin16, MsgPackMarker.bin32: _ = try readBinary()
      case 0xc7...0xc9, 0xd4...0xd8: _ = try readExtension()
      case MsgPackMarker.nilValue, MsgPackMarker.trueValue, MsgPackMarker.falseValue: offset += 1
      case MsgPackMarker.float32, MsgPackMarker.float64: _ = try readDouble()
      default:
        let size: Int
        switch marker {
        case 0x00...0x7f, 0xe0...0xff: size = 1
        case MsgPackMarker.uint8, MsgPackMarker.int8: size = 2
        case MsgPackMarker.uint16, MsgPackMarker.int16: size = 3
        case MsgPackMarker.uint32, MsgPackMarker.int32: size = 5
        case MsgPackMarker.uint64, MsgPackMarker.int64: size = 9
        default: throw .invalidMarker(offset: start, marker: marker)
        }
        _ = try take(size)
      }
    }
  }

  /// Skips one value and returns its exact bytes (to keep signed or hashed bytes as received).
  public mutating func readRawValue() throws(MsgPackError) -> [UInt8] {
    let start = offset
    try skipValue()
    return Array(bytes[start..<offset])
  }

  /// Decodes any decodable value.
  public mutating func decode<T: MsgPackDecodable>(_: T.Type = T.self) throws(MsgPackError) -> T {
    try T(from: &self)
  }

  // MARK: Internals

  func peekMarker() throws(MsgPackError) -> UInt8 {
    guard offset < bytes.count else { throw .truncated(offset: offset, needed: 1) }
    return bytes[offset]
  }

  mutating func readMarker() throws(MsgPackError) -> UInt8 {
    let marker = try peekMarker()
    offset += 1
    return marker
  }

  mutating func take(_ count: Int) throws(MsgPackError) -> Range<Int> {
    guard count <= bytes.count - offset else { throw .truncated(offset: offset, needed: count) }
    let range = offset..<(offset + count)
    offset += count
    return range
  }

  mutating func readBigEndian<T: FixedWidthInteger & UnsignedInteger>(_: T.Type) throws(MsgPackError) -> T {
    let range = try take(T.bitWidth / 8)
    var value: T = 0
    for index in range { value = (value << 8) | T(bytes[index]) }
    return value
  }

  private func fit<T: FixedWidthInteger, S: BinaryInteger>(_ value: S, at start: Int) throws(MsgPackError) -> T {
    guard let result = T(exactly: value) else { throw .integerOverflow(offset: start) }
    return result
  }

  func mismatch(_ expected: String, _ marker: UInt8, at start: Int) -> MsgPackError {
    guard let kind = MsgPackKind.of(marker) else { return .invalidMarker(offset: start, marker: marker) }
    return .typeMismatch(offset: start, expected: expected, found: kind.name)
  }
}
