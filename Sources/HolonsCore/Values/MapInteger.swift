public import HoloCore

/// MAP's integer scalar (`base_types::MapInteger(i64)`); on the wire the smallest msgpack integer form.
public struct MapInteger: Hashable, Comparable, Sendable, MsgPackCodable, CustomStringConvertible,
  ExpressibleByIntegerLiteral
{
  public var value: Int64

  public init(_ value: Int64) { self.value = value }
  public init(integerLiteral value: Int64) { self.value = value }

  public var description: String { "\(value)" }

  public static func < (lhs: MapInteger, rhs: MapInteger) -> Bool { lhs.value < rhs.value }

  public func encode(to writer: inout MsgPackWriter) { writer.write(value) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { value = try reader.readInteger() }
}
