/// A type that writes itself as msgpack, the way its Rust counterpart serializes with rmp-serde.
///
/// This replaces Codable, which Embedded Swift guests do not have.
public protocol MsgPackEncodable {
  /// Appends this value's msgpack bytes.
  func encode(to writer: inout MsgPackWriter)
}

/// A type that reads itself from msgpack, as leniently as its Rust counterpart deserializes with rmp-serde.
public protocol MsgPackDecodable {
  /// Reads one value from `reader`, leaving it just past the value.
  init(from reader: inout MsgPackReader) throws(MsgPackError)
}

/// A type that both writes and reads msgpack.
public typealias MsgPackCodable = MsgPackEncodable & MsgPackDecodable

extension MsgPackEncodable {
  /// This value's msgpack bytes.
  ///
  /// ```swift
  /// let bytes = "foo".msgpackBytes()   // [0xa3, 0x66, 0x6f, 0x6f]
  /// ```
  public func msgpackBytes() -> [UInt8] {
    var writer = MsgPackWriter()
    encode(to: &writer)
    return writer.bytes
  }
}

extension MsgPackDecodable {
  /// Decodes a value that must span all of `bytes`.
  ///
  /// ```swift
  /// let text = try String(msgpack: [0xa3, 0x66, 0x6f, 0x6f])   // "foo"
  /// ```
  public init(msgpack bytes: [UInt8]) throws(MsgPackError) {
    var reader = MsgPackReader(bytes)
    self = try Self(from: &reader)
    try reader.requireEnd()
  }
}

extension Bool: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(self) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readBool() }
}

extension String: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(self) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readString() }
}

extension Double: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(self) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readDouble() }
}

extension Float: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(self) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = Float(try reader.readDouble()) }
}

extension Int: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(Int64(self)) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readInteger() }
}

extension Int64: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(self) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readInteger() }
}

extension Int32: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(Int64(self)) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readInteger() }
}

extension Int16: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(Int64(self)) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readInteger() }
}

extension Int8: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(Int64(self)) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readInteger() }
}

extension UInt64: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(self) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readInteger() }
}

extension UInt32: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(UInt64(self)) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readInteger() }
}

extension UInt16: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(UInt64(self)) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readInteger() }
}

extension UInt8: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(UInt64(self)) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { self = try reader.readInteger() }
}

/// `None` is `nil`; `Some(x)` is `x` itself.
extension Optional: MsgPackEncodable where Wrapped: MsgPackEncodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .none: writer.writeNil()
    case .some(let wrapped): wrapped.encode(to: &writer)
    }
  }
}

extension Optional: MsgPackDecodable where Wrapped: MsgPackDecodable {
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    if reader.peekIsNil() {
      try reader.readNil()
      self = .none
    } else {
      self = .some(try Wrapped(from: &reader))
    }
  }
}

/// A `Vec<T>` is an array. (Byte buffers that Rust marks `serde_bytes` use ``MsgPackWriter/writeBinary(_:)``.)
extension Array: MsgPackEncodable where Element: MsgPackEncodable {
  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(count)
    for element in self { element.encode(to: &writer) }
  }
}

extension Array: MsgPackDecodable where Element: MsgPackDecodable {
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let count = try reader.readArrayHeader()
    var elements: [Element] = []
    elements.reserveCapacity(count)
    try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in
      for _ in 0..<count { elements.append(try Element(from: &reader)) }
    }
    self = elements
  }
}
