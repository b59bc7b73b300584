public import HoloCore

/// What crosses a trust channel: a dance request and the session state beside it (MAP
/// `DanceRequestEnvelope`, wire `{request, session, lineage}`). `lineage` is Holoswift's: the hops that led to
/// this dance, oldest first (empty from clients and tests); a decoder finding none reads it as empty.
public struct DanceRequestEnvelope: Hashable, Sendable, MsgPackStructFields {
  public var request: DanceRequest
  public var session: SessionState?
  public var lineage: [DanceHop]

  public init(request: DanceRequest, session: SessionState? = nil, lineage: [DanceHop] = []) {
    self.request = request
    self.session = session
    self.lineage = lineage
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("request", request)
    writer.writeField("session", session)
    writer.writeField("lineage", lineage)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var inner: DanceRequest?
    var state: SessionState?
    var hops: [DanceHop] = []
    try reader.readStruct(fields: ["request", "session", "lineage"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: inner = try reader.decode()
      case 1: state = try reader.decode()
      default: hops = try reader.decode()
      }
    }
    request = try require(inner, "request", in: "DanceRequestEnvelope")
    session = state
    lineage = hops
  }
}
