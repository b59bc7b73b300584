public import HoloCore

/// Where a paginated `dump_full_state` resumes: after the op received at `whenReceived` with this hash.
public struct DhtOpsCursor: Hashable, Sendable, MsgPackStructFields {
  /// Microseconds since the epoch when the last returned op was received.
  public var whenReceived: Int64
  /// The last returned op (breaks ties between ops received at the same time).
  public var hash: DhtOpHash

  public init(whenReceived: Int64, hash: DhtOpHash) {
    self.whenReceived = whenReceived
    self.hash = hash
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("when_received", whenReceived)
    writer.writeField("hash", hash)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var received: Int64?
    var hash: DhtOpHash?
    try reader.readStruct(fields: ["when_received", "hash"]) { index, reader throws(MsgPackError) in
      if index == 0 { received = try reader.decode() } else { hash = try reader.decode() }
    }
    whenReceived = try require(received, "when_received", in: "DhtOpsCursor")
    self.hash = try require(hash, "hash", in: "DhtOpsCursor")
  }
}
