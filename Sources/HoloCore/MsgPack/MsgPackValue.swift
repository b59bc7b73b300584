/// Any msgpack value, for data whose shape is not known in advance (DNA properties, app payloads, tests).
///
/// Maps keep their entries in order, so re-encoding a decoded value gives the same bytes when the input
/// used the smallest forms (as rmp-serde always does).
///
/// ```swift
/// let value = try MsgPackValue(msgpack: [0x81, 0xa1, 0x61, 0x01])
/// // value == .map([.init(key: .string("a"), value: .uint(1))])
/// ```
public indirect enum MsgPackValue: Hashable, Sendable {
  case nilValue
  case bool(Bool)
  /// A non-negative integer (how msgpack and rmp-serde write every integer ≥ 0).
  case uint(UInt64)
  /// A negative integer.
  case int(Int64)
  case float32(Float)
  case float64(Double)
  case string(String)
  case binary([UInt8])
  case array([MsgPackValue])
  case map([MsgPackMapEntry])
  case ext(type: Int8, data: [UInt8])

  /// The value under `key` in a map with string keys, if any.
  public subscript(key: String) -> MsgPackValue? {
    guard case .map(let entries) = self else { return nil }
    for entry in entries where entry.key == .string(key) { return entry.value }
    return nil
  }
}

/// One key/value pair of a ``MsgPackValue/map(_:)``.
public struct MsgPackMapEntry: Hashable, Sendable {
  public var key: MsgPackValue
  public var value: MsgPackValue

  public init(key: MsgPackValue, value: MsgPackValue) {
    self.key = key
    self.value = value
  }
}

extension MsgPackValue: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .nilValue: writer.writeNil()
    case .bool(let value): writer.write(value)
    case .uint(let value): writer.write(value)
    case .int(let value): writer.write(value)
    case .float32(let value): writer.write(value)
    case .float64(let value): writer.write(value)
    case .string(let value): writer.write(value)
    case .binary(let value): writer.writeBinary(value)
    case .array(let values):
      writer.writeArrayHeader(values.count)
      for value in values { value.encode(to: &writer) }
    case .map(let entries):
      writer.writeMapHeader(entries.count)
      for entry in entries {
        entry.key.encode(to: &writer)
        entry.value.encode(to: &writer)
      }
    case .ext(let type, let data): writer.writeExtension(type: type, data: data)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let marker = try reader.peekMarker()
    switch try reader.peekKind() {
    case .nilValue:
      try reader.readNil()
      self = .nilValue
    case .bool: self = .bool(try reader.readBool())
    case .int:
      if marker >= 0xe0 || (marker >= MsgPackMarker.int8 && marker <= MsgPackMarker.int64) {
        let value: Int64 = try reader.readInteger()
        self = value < 0 ? .int(value) : .uint(UInt64(value))
      } else {
        self = .uint(try reader.readInteger())
      }
    case .float:
      if marker == MsgPackMarker.float32 {
        self = .float32(Float(try reader.readDouble()))
      } else {
        self = .float64(try reader.readDouble())
      }
    case .string: self = .string(try reader.readString())
    case .binary: self = .binary(try reader.readBinary())
    case .array:
      let count = try reader.readArrayHeader()
      var values: [MsgPackValue] = []
      values.reserveCapacity(count)
      try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in
        for _ in 0..<count { values.append(try MsgPackValue(from: &reader)) }
      }
      self = .array(values)
    case .map:
      let count = try reader.readMapHeader()
      var entries: [MsgPackMapEntry] = []
      entries.reserveCapacity(count)
      try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in
        for _ in 0..<count {
          let key = try MsgPackValue(from: &reader)
          entries.append(MsgPackMapEntry(key: key, value: try MsgPackValue(from: &reader)))
        }
      }
      self = .map(entries)
    case .ext:
      let (type, data) = try reader.readExtension()
      self = .ext(type: type, data: data)
    }
  }
}
