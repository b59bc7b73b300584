public import HoloCore

/// Our wire form for a signed info: the map `{"encoded": <str>, "signature": <bin, 64 bytes>}` (in that
/// order). Decoding parses the encoded info again and verifies the signature, failing with `invalidValue`
/// when either is wrong.
extension SignedAgentInfo: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(2)
    writer.writeField("encoded", encoded)
    writer.write("signature" as StaticString)
    writer.writeBinary(signature)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var encoded: String?
    var signature: [UInt8]?
    try reader.readStruct(fields: ["encoded", "signature"]) { index, reader throws(MsgPackError) in
      if index == 0 { encoded = try reader.readString() } else { signature = try reader.readBinary() }
    }
    let text = try require(encoded, "encoded", in: "SignedAgentInfo")
    let bytes = try require(signature, "signature", in: "SignedAgentInfo")
    do throws(AgentInfoError) {
      try self.init(encoded: text, signature: bytes)
    } catch {
      throw .invalidValue(type: "SignedAgentInfo", reason: error.description)
    }
  }
}
