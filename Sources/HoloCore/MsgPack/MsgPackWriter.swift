/// Writes msgpack exactly as rmp-serde does (with `with_struct_map`, string variants).
///
/// Integers take their smallest form and non-negative signed integers use the unsigned markers, so the
/// bytes, and therefore every hash over them, match Holochain's.
///
/// ```swift
/// var writer = MsgPackWriter()
/// writer.writeMapHeader(1)
/// writer.write("inner")
/// writer.write("foo")
/// // writer.bytes == [0x81, 0xa5, 0x69, 0x6e, 0x6e, 0x65, 0x72, 0xa3, 0x66, 0x6f, 0x6f]
/// ```
public struct MsgPackWriter: Sendable {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8]

  /// Starts an empty buffer with room for `capacity` bytes.
  public init(capacity: Int = 128) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Writes `nil` (`0xc0`), which is also how Rust's `None` and `()` serialize.
  public mutating func writeNil() { bytes.append(MsgPackMarker.nilValue) }

  /// Writes a boolean.
  public mutating func write(_ value: Bool) {
    bytes.append(value ? MsgPackMarker.trueValue : MsgPackMarker.falseValue)
  }

  /// Writes an unsigned integer in its smallest form.
  public mutating func write(_ value: UInt64) {
    switch value {
    case 0..<0x80: bytes.append(UInt8(value))
    case 0x80...0xff:
      bytes.append(MsgPackMarker.uint8)
      bytes.append(UInt8(value))
    case 0x100...0xffff:
      bytes.append(MsgPackMarker.uint16)
      appendBigEndian(UInt16(value))
    case 0x1_0000...0xffff_ffff:
      bytes.append(MsgPackMarker.uint32)
      appendBigEndian(UInt32(value))
    default:
      bytes.append(MsgPackMarker.uint64)
      appendBigEndian(value)
    }
  }

  /// Writes a signed integer in its smallest form; a non-negative value is written as unsigned.
  public mutating func write(_ value: Int64) {
    if value >= 0 {
      write(UInt64(value))
      return
    }
    switch value {
    case -32 ..< 0: bytes.append(UInt8(bitPattern: Int8(value)))
    case -128 ..< -32:
      bytes.append(MsgPackMarker.int8)
      bytes.append(UInt8(bitPattern: Int8(value)))
    case -32768 ..< -128:
      bytes.append(MsgPackMarker.int16)
      appendBigEndian(UInt16(bitPattern: Int16(value)))
    case -2_147_483_648 ..< -32768:
      bytes.append(MsgPackMarker.int32)
      appendBigEndian(UInt32(bitPattern: Int32(value)))
    default:
      bytes.append(MsgPackMarker.int64)
      appendBigEndian(UInt64(bitPattern: value))
    }
  }

  /// Writes an `Int` as a signed integer.
  public mutating func write(_ value: Int) { write(Int64(value)) }

  /// Writes an `f32`.
  public mutating func write(_ value: Float) {
    bytes.append(MsgPackMarker.float32)
    appendBigEndian(value.bitPattern)
  }

  /// Writes an `f64`.
  public mutating func write(_ value: Double) {
    bytes.append(MsgPackMarker.float64)
    appendBigEndian(value.bitPattern)
  }

  /// Writes a UTF-8 string.
  public mutating func write(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      writeStringHeader(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  /// Writes a static string (used for field names and variant tags).
  public mutating func write(_ value: StaticString) {
    value.withUTF8Buffer { utf8 in
      writeStringHeader(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  /// Writes a byte buffer as msgpack `bin` (how `serde_bytes` fields, hashes and signatures serialize).
  public mutating func writeBinary(_ value: some Collection<UInt8>) {
    let count = value.count
    if count < 0x100 {
      bytes.append(MsgPackMarker.bin8)
      bytes.append(UInt8(count))
    } else if count < 0x1_0000 {
      bytes.append(MsgPackMarker.bin16)
      appendBigEndian(UInt16(count))
    } else {
      bytes.append(MsgPackMarker.bin32)
      appendBigEndian(UInt32(truncatingIfNeeded: count))
    }
    bytes.append(contentsOf: value)
  }

  /// Writes the header of an array of `count` elements; the elements follow.
  public mutating func writeArrayHeader(_ count: Int) {
    if count < 16 {
      bytes.append(0x90 | UInt8(count))
    } else if count < 0x1_0000 {
      bytes.append(MsgPackMarker.array16)
      appendBigEndian(UInt16(count))
    } else {
      bytes.append(MsgPackMarker.array32)
      appendBigEndian(UInt32(truncatingIfNeeded: count))
    }
  }

  /// Writes the header of a map of `count` key/value pairs; the pairs follow.
  public mutating func writeMapHeader(_ count: Int) {
    if count < 16 {
      bytes.append(0x80 | UInt8(count))
    } else if count < 0x1_0000 {
      bytes.append(MsgPackMarker.map16)
      appendBigEndian(UInt16(count))
    } else {
      bytes.append(MsgPackMarker.map32)
      appendBigEndian(UInt32(truncatingIfNeeded: count))
    }
  }

  /// Writes an extension value (`type` and payload).
  public mutating func writeExtension(type: Int8, data: [UInt8]) {
    switch data.count {
    case 1: bytes.append(0xd4)
    case 2: bytes.append(0xd5)
    case 4: bytes.append(0xd6)
    case 8: bytes.append(0xd7)
    case 16: bytes.append(0xd8)
    case 0..<0x100:
      bytes.append(MsgPackMarker.ext8)
      bytes.append(UInt8(data.count))
    case 0x100..<0x1_0000:
      bytes.append(MsgPackMarker.ext16)
      appendBigEndian(UInt16(data.count))
    default:
      bytes.append(MsgPackMarker.ext32)
      appendBigEndian(UInt32(truncatingIfNeeded: data.count))
    }
    bytes.append(UInt8(bitPattern: type))
    bytes.append(contentsOf: data)
  }

  /// Appends bytes that already are one complete msgpack value (kept exactly as received).
  public mutating func writeRaw(_ encodedValue: some Collection<UInt8>) {
    bytes.append(contentsOf: encodedValue)
  }

  /// Writes any encodable value.
  public mutating func encode(_ value: some MsgPackEncodable) {
    value.encode(to: &self)
  }

  /// Writes `key: value` inside a map (the map header is the caller's).
  public mutating func writeField(_ key: StaticString, _ value: some MsgPackEncodable) {
    write(key)
    value.encode(to: &self)
  }

  private mutating func writeStringHeader(_ count: Int) {
    if count < 32 {
      bytes.append(0xa0 | UInt8(count))
    } else if count < 0x100 {
      bytes.append(MsgPackMarker.str8)
      bytes.append(UInt8(count))
    } else if count < 0x1_0000 {
      bytes.append(MsgPackMarker.str16)
      appendBigEndian(UInt16(count))
    } else {
      bytes.append(MsgPackMarker.str32)
      appendBigEndian(UInt32(truncatingIfNeeded: count))
    }
  }

  private mutating func appendBigEndian<T: FixedWidthInteger>(_ value: T) {
    var shift = T.bitWidth - 8
    while shift >= 0 {
      bytes.append(UInt8(truncatingIfNeeded: value >> shift))
      shift -= 8
    }
  }
}
