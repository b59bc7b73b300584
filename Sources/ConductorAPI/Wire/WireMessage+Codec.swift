public import HoloCore

extension WireMessage: MsgPackCodable {
  /// Writes the tag first, then the fields in declaration order, as rmp-serde does for an internally tagged enum.
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .signal(let data):
      writer.writeMapHeader(2)
      writer.writeField("type", "signal" as StaticString)
      writer.write("data" as StaticString)
      writer.writeBinary(data)
    case .authenticate(let data):
      writer.writeMapHeader(2)
      writer.writeField("type", "authenticate" as StaticString)
      writer.write("data" as StaticString)
      writer.writeBinary(data)
    case .request(let id, let data):
      writer.writeMapHeader(3)
      writer.writeField("type", "request" as StaticString)
      writer.writeField("id", id)
      writer.write("data" as StaticString)
      writer.writeBinary(data)
    case .response(let id, let data):
      writer.writeMapHeader(3)
      writer.writeField("type", "response" as StaticString)
      writer.writeField("id", id)
      writer.write("data" as StaticString)
      if let data { writer.writeBinary(data) } else { writer.writeNil() }
    }
  }

  /// Accepts the keys in any order (`@holochain/client` writes `id` before `type`) and ignores unknown keys.
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var type: String?
    var id: UInt64?
    var data: [UInt8]?
    var hasData = false
    let count = try reader.readMapHeader()
    for _ in 0..<count {
      let key = try reader.readStringRange()
      if reader.matches(key, "type") {
        type = try reader.readString()
      } else if reader.matches(key, "id") {
        id = try reader.readInteger()
      } else if reader.matches(key, "data") {
        hasData = true
        if reader.peekIsNil() {
          try reader.readNil()
        } else {
          data = try reader.readBinary()
        }
      } else {
        try reader.skipValue()
      }
    }
    guard let type else { throw .missingField(type: "WireMessage", field: "type") }
    switch type {
    case "signal":
      self = .signal(data: try Self.require(data, hasData, in: "signal"))
    case "authenticate":
      self = .authenticate(data: try Self.require(data, hasData, in: "authenticate"))
    case "request":
      guard let id else { throw .missingField(type: "WireMessage::request", field: "id") }
      self = .request(id: id, data: try Self.require(data, hasData, in: "request"))
    case "response":
      guard let id else { throw .missingField(type: "WireMessage::response", field: "id") }
      // `data` is an `Option`: absent or nil both mean `None`.
      self = .response(id: id, data: data)
    default:
      throw .unknownVariant(type: "WireMessage", variant: type)
    }
  }

  private static func require(_ data: [UInt8]?, _ present: Bool, in variant: String) throws(MsgPackError) -> [UInt8] {
    guard let data else {
      if present { throw .invalidValue(type: "WireMessage::\(variant)", reason: "data is nil, expected bytes") }
      throw .missingField(type: "WireMessage::\(variant)", field: "data")
    }
    return data
  }
}
