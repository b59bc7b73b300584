public import HoloCore

/// The name of a variant of a MAP enum value type (`base_types::MapEnumValue(MapString)`); on the wire a string.
public struct MapEnumValue: Hashable, Sendable, MsgPackCodable, CustomStringConvertible, ExpressibleByStringLiteral {
  public var value: MapString

  public init(_ value: MapString) { self.value = value }
  public init(_ value: String) { self.value = MapString(value) }
  public init(stringLiteral value: String) { self.value = MapString(value) }

  public var description: String { value.value }

  public func encode(to writer: inout MsgPackWriter) { value.encode(to: &writer) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { value = try MapString(from: &reader) }
}
