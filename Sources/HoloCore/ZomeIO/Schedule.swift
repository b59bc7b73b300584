/// When a scheduled function runs next (what a scheduled function takes and returns, as `Option<Schedule>`):
/// on a cron schedule that survives restarts, or once after a delay.
///
/// ```swift
/// let again = Schedule.ephemeral(secs: 30, nanos: 0)
/// let nightly = Schedule.persisted("0 0 3 * * * *")
/// ```
public enum Schedule: Hashable, Sendable, MsgPackCodable {
  /// A cron expression.
  case persisted(String)
  /// A `std::time::Duration`, written as serde does: `{"secs": u64, "nanos": u32}`.
  case ephemeral(secs: UInt64, nanos: UInt32)

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .persisted(let cron): writer.writeField("Persisted", cron)
    case .ephemeral(let secs, let nanos):
      writer.write("Ephemeral" as StaticString)
      writer.writeMapHeader(2)
      writer.writeField("secs", secs)
      writer.writeField("nanos", nanos)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Persisted", true): self = .persisted(try reader.readString())
    case ("Ephemeral", true):
      var secs: UInt64?
      var nanos: UInt32?
      try reader.readStruct(fields: ["secs", "nanos"]) { index, reader throws(MsgPackError) in
        if index == 0 { secs = try reader.decode() } else { nanos = try reader.decode() }
      }
      // Like serde (`Duration::new`), whole seconds in `nanos` carry into `secs`.
      let allNanos = try require(nanos, "nanos", in: "Duration")
      let (total, overflow) = try require(secs, "secs", in: "Duration")
        .addingReportingOverflow(UInt64(allNanos / 1_000_000_000))
      guard !overflow else { throw .invalidValue(type: "Duration", reason: "overflow deserializing Duration") }
      self = .ephemeral(secs: total, nanos: allNanos % 1_000_000_000)
    default: throw .unknownVariant(type: "Schedule", variant: variant)
    }
  }
}
