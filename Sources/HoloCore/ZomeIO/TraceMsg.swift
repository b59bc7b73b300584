/// What `trace` takes: a message the guest formatted, and its level.
///
/// ```swift
/// let message = TraceMsg(msg: "posts.rs:12 created", level: .info)
/// ```
public struct TraceMsg: Hashable, Sendable, MsgPackStructFields {
  /// The `tracing` levels, written by their upper-case Rust names (`"INFO"`).
  public enum Level: String, Hashable, Sendable, CaseIterable, MsgPackCodable {
    case error = "ERROR"
    case warn = "WARN"
    case info = "INFO"
    case debug = "DEBUG"
    case trace = "TRACE"

    public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }
    public init(from reader: inout MsgPackReader) throws(MsgPackError) {
      self = try readUnitVariant(from: &reader, typeName: "Level")
    }
  }

  public var msg: String
  public var level: Level

  public init(msg: String, level: Level) {
    self.msg = msg
    self.level = level
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("msg", msg)
    writer.writeField("level", level)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var msg: String?
    var level: Level?
    try reader.readStruct(fields: ["msg", "level"]) { index, reader throws(MsgPackError) in
      if index == 0 { msg = try reader.decode() } else { level = try reader.decode() }
    }
    self.msg = try require(msg, "msg", in: "TraceMsg")
    self.level = try require(level, "level", in: "TraceMsg")
  }
}
