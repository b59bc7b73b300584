public import HoloCore

/// A zome call one agent makes on another agent's cell over the network (`call_remote`), signed by the caller
/// so that the receiving side knows who calls before it checks capabilities.
public struct RemoteZomeCall: Hashable, Sendable, MsgPackCodable {
  public var dna: DnaHash
  public var from: AgentPubKey
  public var to: AgentPubKey
  public var zome: String
  public var function: String
  public var payload: ExternIO
  public var capSecret: CapSecret?
  /// Microseconds since the epoch; the receiver refuses calls too far from its own clock.
  public var sentAt: Int64
  public var nonce: [UInt8]
  /// Ed25519 by `from` over ``signedBytes``.
  public var signature: [UInt8]

  public init(
    dna: DnaHash, from: AgentPubKey, to: AgentPubKey, zome: String, function: String, payload: ExternIO,
    capSecret: CapSecret?, sentAt: Int64, nonce: [UInt8], signature: [UInt8] = []
  ) {
    self.dna = dna
    self.from = from
    self.to = to
    self.zome = zome
    self.function = function
    self.payload = payload
    self.capSecret = capSecret
    self.sentAt = sentAt
    self.nonce = nonce
    self.signature = signature
  }

  /// The bytes the caller signs: every field but the signature, as a msgpack array.
  public var signedBytes: [UInt8] {
    var writer = MsgPackWriter()
    writer.writeArrayHeader(9)
    encodeUnsigned(&writer)
    return writer.bytes
  }

  private func encodeUnsigned(_ writer: inout MsgPackWriter) {
    writer.encode(dna)
    writer.encode(from)
    writer.encode(to)
    writer.write(zome)
    writer.write(function)
    writer.encode(payload)
    writer.encode(capSecret)
    writer.write(sentAt)
    writer.writeBinary(nonce)
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(10)
    encodeUnsigned(&writer)
    writer.writeBinary(signature)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    guard try reader.readArrayHeader() == 10 else {
      throw .invalidValue(type: "RemoteZomeCall", reason: "expected 10 fields")
    }
    dna = try reader.decode()
    from = try reader.decode()
    to = try reader.decode()
    zome = try reader.readString()
    function = try reader.readString()
    payload = try reader.decode()
    capSecret = try reader.decode()
    sentAt = try reader.readInteger()
    nonce = try reader.readBinary()
    signature = try reader.readBinary()
  }
}

/// A remote signal from one agent to others over the network (`send_remote_signal`), signed by the sender.
public struct RemoteSignalMessage: Hashable, Sendable, MsgPackCodable {
  public var dna: DnaHash
  public var from: AgentPubKey
  public var to: [AgentPubKey]
  public var zome: String
  public var payload: ExternIO
  public var sentAt: Int64
  public var signature: [UInt8]

  public init(
    dna: DnaHash, from: AgentPubKey, to: [AgentPubKey], zome: String, payload: ExternIO, sentAt: Int64,
    signature: [UInt8] = []
  ) {
    self.dna = dna
    self.from = from
    self.to = to
    self.zome = zome
    self.payload = payload
    self.sentAt = sentAt
    self.signature = signature
  }

  /// The bytes the sender signs: every field but the signature.
  public var signedBytes: [UInt8] {
    var writer = MsgPackWriter()
    writer.writeArrayHeader(6)
    encodeUnsigned(&writer)
    return writer.bytes
  }

  private func encodeUnsigned(_ writer: inout MsgPackWriter) {
    writer.encode(dna)
    writer.encode(from)
    writer.encode(to)
    writer.write(zome)
    writer.encode(payload)
    writer.write(sentAt)
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(7)
    encodeUnsigned(&writer)
    writer.writeBinary(signature)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    guard try reader.readArrayHeader() == 7 else {
      throw .invalidValue(type: "RemoteSignalMessage", reason: "expected 7 fields")
    }
    dna = try reader.decode()
    from = try reader.decode()
    to = try reader.decode()
    zome = try reader.readString()
    payload = try reader.decode()
    sentAt = try reader.readInteger()
    signature = try reader.readBinary()
  }
}
