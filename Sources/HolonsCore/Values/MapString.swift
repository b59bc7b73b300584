public import HoloCore

/// MAP's string scalar (`base_types::MapString`); on the wire a plain msgpack string.
public struct MapString: Hashable, Comparable, Sendable, MsgPackCodable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The text.
  public var value: String

  public init(_ value: String) { self.value = value }
  public init(stringLiteral value: String) { self.value = value }

  public var description: String { value }

  /// Byte-wise order, as Rust orders `String`.
  public static func < (lhs: MapString, rhs: MapString) -> Bool { utf8Less(lhs.value, rhs.value) }

  public func encode(to writer: inout MsgPackWriter) { writer.write(value) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { value = try reader.readString() }
}
