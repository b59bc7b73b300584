public import HoloCore

/// MAP's boolean scalar (`base_types::MapBoolean`); on the wire a msgpack boolean.
public struct MapBoolean: Hashable, Sendable, MsgPackCodable, CustomStringConvertible, ExpressibleByBooleanLiteral {
  public var value: Bool

  public init(_ value: Bool) { self.value = value }
  public init(booleanLiteral value: Bool) { self.value = value }

  public var description: String { value ? "true" : "false" }

  public func encode(to writer: inout MsgPackWriter) { writer.write(value) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { value = try reader.readBool() }
}
