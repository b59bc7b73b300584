/// What a client signs to call a zome function. The signature covers sha512 of these exact msgpack bytes.
public struct ZomeCallParams: Hashable, Sendable, MsgPackStructFields {
  public var provenance: AgentPubKey
  public var cellId: CellId
  public var zomeName: String
  public var fnName: String
  public var capSecret: CapSecret?
  public var payload: ExternIO
  public var nonce: Nonce256Bits
  public var expiresAt: Timestamp

  public init(
    provenance: AgentPubKey, cellId: CellId, zomeName: String, fnName: String, capSecret: CapSecret?,
    payload: ExternIO, nonce: Nonce256Bits, expiresAt: Timestamp
  ) {
    self.provenance = provenance
    self.cellId = cellId
    self.zomeName = zomeName
    self.fnName = fnName
    self.capSecret = capSecret
    self.payload = payload
    self.nonce = nonce
    self.expiresAt = expiresAt
  }

  public var fieldCount: Int { 8 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("provenance", provenance)
    writer.writeField("cell_id", cellId)
    writer.writeField("zome_name", zomeName)
    writer.writeField("fn_name", fnName)
    writer.writeField("cap_secret", capSecret)
    writer.writeField("payload", payload)
    writer.writeField("nonce", nonce)
    writer.writeField("expires_at", expiresAt)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var provenance: AgentPubKey?
    var cellId: CellId?
    var zomeName: String?
    var fnName: String?
    var capSecret: CapSecret?
    var payload: ExternIO?
    var nonce: Nonce256Bits?
    var expiresAt: Timestamp?
    let fields: [StaticString] = [
      "provenance", "cell_id", "zome_name", "fn_name", "cap_secret", "payload", "nonce", "expires_at",
    ]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: provenance = try reader.decode()
      case 1: cellId = try reader.decode()
      case 2: zomeName = try reader.decode()
      case 3: fnName = try reader.decode()
      case 4: capSecret = try reader.decode()
      case 5: payload = try reader.decode()
      case 6: nonce = try reader.decode()
      default: expiresAt = try reader.decode()
      }
    }
    self.provenance = try require(provenance, "provenance", in: "ZomeCallParams")
    self.cellId = try require(cellId, "cell_id", in: "ZomeCallParams")
    self.zomeName = try require(zomeName, "zome_name", in: "ZomeCallParams")
    self.fnName = try require(fnName, "fn_name", in: "ZomeCallParams")
    self.capSecret = capSecret
    self.payload = try require(payload, "payload", in: "ZomeCallParams")
    self.nonce = try require(nonce, "nonce", in: "ZomeCallParams")
    self.expiresAt = try require(expiresAt, "expires_at", in: "ZomeCallParams")
  }
}
