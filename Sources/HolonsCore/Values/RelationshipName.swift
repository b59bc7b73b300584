public import HoloCore

/// The name of a relationship between holons (MAP `RelationshipName(MapString)`); on the wire a string.
public struct RelationshipName: Hashable, Comparable, Sendable, MsgPackCodable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public var name: MapString

  public init(_ name: MapString) { self.name = name }
  public init(_ name: String) { self.name = MapString(name) }
  public init(stringLiteral value: String) { self.name = MapString(value) }

  public var description: String { name.value }

  public static func < (lhs: RelationshipName, rhs: RelationshipName) -> Bool { lhs.name < rhs.name }

  public func encode(to writer: inout MsgPackWriter) { name.encode(to: &writer) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { name = try MapString(from: &reader) }
}
