public import HoloCore

/// What crosses a trust channel: a dance request and the session state beside it (MAP
/// `DanceRequestEnvelope`, wire `{request, session}`).
public struct DanceRequestEnvelope: Hashable, Sendable, MsgPackStructFields {
  public var request: DanceRequest
  public var session: SessionState?

  public init(request: DanceRequest, session: SessionState? = nil) {
    self.request = request
    self.session = session
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("request", request)
    writer.writeField("session", session)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var inner: DanceRequest?
    var state: SessionState?
    try reader.readStruct(fields: ["request", "session"]) { index, reader throws(MsgPackError) in
      if index == 0 { inner = try reader.decode() } else { state = try reader.decode() }
    }
    request = try require(inner, "request", in: "DanceRequestEnvelope")
    session = state
  }
}
