public import HoloCore

/// What `call_zome` takes: the msgpack bytes of a ``ZomeCallParams`` and the provenance's signature over their
/// SHA-512 digest. The bytes are kept exactly as received, since the signature covers them.
///
/// ```swift
/// let signed = ZomeCallParamsSigned(bytes: ExternIO(encoding: params), signature: signature)
/// let params = try signed.params()
/// ```
public struct ZomeCallParamsSigned: Hashable, Sendable, MsgPackStructFields {
  /// The serialized ``ZomeCallParams`` (a `bin`).
  public var bytes: ExternIO
  /// The provenance's Ed25519 signature of `sha512(bytes)`.
  public var signature: Signature

  public init(bytes: ExternIO, signature: Signature) {
    self.bytes = bytes
    self.signature = signature
  }

  /// Decodes the signed bytes.
  public func params() throws(MsgPackError) -> ZomeCallParams {
    try ZomeCallParams(msgpack: bytes.bytes)
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("bytes", bytes)
    writer.writeField("signature", signature)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var bytes: ExternIO?
    var signature: Signature?
    try reader.readStruct(fields: ["bytes", "signature"]) { index, reader throws(MsgPackError) in
      if index == 0 { bytes = try reader.decode() } else { signature = try reader.decode() }
    }
    self.bytes = try require(bytes, "bytes", in: "ZomeCallParamsSigned")
    self.signature = try require(signature, "signature", in: "ZomeCallParamsSigned")
  }
}
