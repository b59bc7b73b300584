public import HoloCore

/// A request to run the dance `danceName` (MAP `DanceRequestWire`, wire `{dance_name, dance_type, body}`).
public struct DanceRequest: Hashable, Sendable, MsgPackStructFields {
  public var danceName: MapString
  public var danceType: DanceType
  public var body: RequestBody

  public init(danceName: MapString, danceType: DanceType = .standalone, body: RequestBody = .none) {
    self.danceName = danceName
    self.danceType = danceType
    self.body = body
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("dance_name", danceName)
    writer.writeField("dance_type", danceType)
    writer.writeField("body", body)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var name: MapString?
    var type: DanceType?
    var requestBody: RequestBody?
    try reader.readStruct(fields: ["dance_name", "dance_type", "body"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: name = try reader.decode()
      case 1: type = try reader.decode()
      default: requestBody = try reader.decode()
      }
    }
    danceName = try require(name, "dance_name", in: "DanceRequest")
    danceType = try require(type, "dance_type", in: "DanceRequest")
    body = try require(requestBody, "body", in: "DanceRequest")
  }
}
