public import HoloCore

/// A dance's answer (MAP `DanceResponseWire`, wire `{status_code, description, body, descriptor}`).
public struct DanceResponse: Hashable, Sendable, MsgPackStructFields {
  public var statusCode: ResponseStatusCode
  public var description: MapString
  public var body: ResponseBody
  /// The dance's descriptor holon, if known.
  public var descriptor: HolonReferenceWire?

  public init(
    statusCode: ResponseStatusCode, description: MapString, body: ResponseBody = .none,
    descriptor: HolonReferenceWire? = nil
  ) {
    self.statusCode = statusCode
    self.description = description
    self.body = body
    self.descriptor = descriptor
  }

  /// The response for a failed dance, as MAP's `from_error`: the mapped status, the error's message, no body,
  /// no descriptor.
  public static func fromError(_ error: HolonError) -> DanceResponse {
    DanceResponse(statusCode: ResponseStatusCode(error), description: MapString(error.description))
  }

  /// Records a local processing error on this response, as MAP's `annotate_error`: the status becomes the
  /// error's, and a note naming the error and the original status is appended to the description.
  public mutating func annotate(with error: HolonError) {
    let previous = statusCode
    let mapped = ResponseStatusCode(error)
    let note = "[Local processing error: \(error) → mapped to \(mapped) (original response was \(previous))]"
    statusCode = mapped
    description = MapString(description.value.isEmpty ? note : description.value + "\n" + note)
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("status_code", statusCode)
    writer.writeField("description", description)
    writer.writeField("body", body)
    writer.writeField("descriptor", descriptor)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var status: ResponseStatusCode?
    var text: MapString?
    var responseBody: ResponseBody?
    var descriptorReference: HolonReferenceWire?
    try reader.readStruct(fields: ["status_code", "description", "body", "descriptor"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: status = try reader.decode()
      case 1: text = try reader.decode()
      case 2: responseBody = try reader.decode()
      default: descriptorReference = try reader.decode()
      }
    }
    statusCode = try require(status, "status_code", in: "DanceResponse")
    description = try require(text, "description", in: "DanceResponse")
    body = try require(responseBody, "body", in: "DanceResponse")
    descriptor = descriptorReference
  }
}
