/// Microseconds since the UNIX epoch, as Holochain's `Timestamp(i64)` (a bare integer on the wire).
public struct Timestamp: Hashable, Comparable, Sendable, MsgPackCodable {
  /// Microseconds since 1970-01-01T00:00:00Z.
  public var microseconds: Int64

  public init(microseconds: Int64) { self.microseconds = microseconds }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.microseconds < rhs.microseconds }

  public func encode(to writer: inout MsgPackWriter) { writer.write(microseconds) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    microseconds = try reader.readInteger()
  }
}
