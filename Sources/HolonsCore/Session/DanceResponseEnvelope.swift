public import HoloCore

/// What crosses a trust channel: a dance response and the session state beside it (MAP
/// `DanceResponseEnvelope`, wire `{response, session}`).
public struct DanceResponseEnvelope: Hashable, Sendable, MsgPackStructFields {
  public var response: DanceResponse
  public var session: SessionState?

  public init(response: DanceResponse, session: SessionState? = nil) {
    self.response = response
    self.session = session
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("response", response)
    writer.writeField("session", session)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var inner: DanceResponse?
    var state: SessionState?
    try reader.readStruct(fields: ["response", "session"]) { index, reader throws(MsgPackError) in
      if index == 0 { inner = try reader.decode() } else { state = try reader.decode() }
    }
    response = try require(inner, "response", in: "DanceResponseEnvelope")
    session = state
  }
}
