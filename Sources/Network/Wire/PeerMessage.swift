public import HoloCore

/// An op as an authority answers it: the op and its validation verdict there.
public struct AuthoredOpAnswer: Hashable, Sendable, MsgPackCodable {
  public var op: ChainOp
  public var status: ValidationStatus

  public init(op: ChainOp, status: ValidationStatus) {
    self.op = op
    self.status = status
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(2)
    writer.encode(op)
    writer.encode(status)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    guard try reader.readArrayHeader() == 2 else { throw .invalidValue(type: "AuthoredOpAnswer", reason: "expected 2") }
    op = try reader.decode()
    status = try reader.decode()
  }
}

/// What conductors say to each other, inside the transport's frames. On the wire, a msgpack array whose first
/// element is the message's name, then its fields in order; the frame's version byte versions this format.
public enum PeerMessage: Hashable, Sendable, MsgPackCodable {
  // One-way.
  /// An author's new ops, for the authorities of their bases.
  case publish(dna: DnaHash, ops: [ChainOp])
  /// Validators' receipts, for the author of the ops.
  case receipts(dna: DnaHash, receipts: [SignedValidationReceipt])
  /// Warrants, for the warrantee's activity authorities.
  case warrants(dna: DnaHash, warrants: [SignedWarrant])
  case remoteSignal(RemoteSignalMessage)

  // Requests.
  /// Everything integrated at a basis (answered with `.ops`).
  case get(dna: DnaHash, basis: AnyLinkableHash)
  /// These ops, by hash (answered with `.ops`).
  case fetch(dna: DnaHash, hashes: [DhtOpHash])
  /// A gossip round's opening: the asker's arc and summary (answered with `.summary` or `.busy`).
  case gossipSummary(dna: DnaHash, arc: StorageArc, summary: OpSummary)
  /// The hashes held in these buckets (answered with `.hashes`).
  case gossipHashes(dna: DnaHash, arc: StorageArc, buckets: [BucketKey])
  case callRemote(RemoteZomeCall)

  // Answers.
  case ops([AuthoredOpAnswer])
  case summary(arc: StorageArc, summary: OpSummary)
  case hashes([DhtOpHash])
  case callResponse(ZomeCallResponse)
  /// The peer is at its limit for this kind of work; try later.
  case busy
  case failure(String)

  /// The message's name on the wire.
  public var name: String {
    switch self {
    case .publish: "publish"
    case .receipts: "receipts"
    case .warrants: "warrants"
    case .remoteSignal: "remote_signal"
    case .get: "get"
    case .fetch: "fetch"
    case .gossipSummary: "gossip_summary"
    case .gossipHashes: "gossip_hashes"
    case .callRemote: "call_remote"
    case .ops: "ops"
    case .summary: "summary"
    case .hashes: "hashes"
    case .callResponse: "call_response"
    case .busy: "busy"
    case .failure: "failure"
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .publish(let dna, let ops): fields(&writer, dna, ops)
    case .receipts(let dna, let receipts): fields(&writer, dna, receipts)
    case .warrants(let dna, let warrants): fields(&writer, dna, warrants)
    case .remoteSignal(let signal): fields(&writer, signal)
    case .get(let dna, let basis): fields(&writer, dna, basis)
    case .fetch(let dna, let hashes): fields(&writer, dna, hashes)
    case .gossipSummary(let dna, let arc, let summary): fields(&writer, dna, arc, summary)
    case .gossipHashes(let dna, let arc, let buckets): fields(&writer, dna, arc, buckets)
    case .callRemote(let call): fields(&writer, call)
    case .ops(let ops): fields(&writer, ops)
    case .summary(let arc, let summary): fields(&writer, arc, summary)
    case .hashes(let hashes): fields(&writer, hashes)
    case .callResponse(let response): fields(&writer, response)
    case .busy: fields(&writer)
    case .failure(let reason): fields(&writer, reason)
    }
  }

  /// Writes `[name, fields…]`.
  private func fields<each Field: MsgPackEncodable>(_ writer: inout MsgPackWriter, _ values: repeat each Field) {
    var count = 1
    for _ in repeat each values { count += 1 }
    writer.writeArrayHeader(count)
    writer.write(name)
    for value in repeat each values { writer.encode(value) }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let count = try reader.readArrayHeader()
    guard count >= 1 else { throw .invalidValue(type: "PeerMessage", reason: "an empty message") }
    let name = try reader.readString()
    func expect(_ fields: Int) throws(MsgPackError) {
      guard count == fields + 1 else {
        throw .invalidValue(type: "PeerMessage", reason: "\(name) takes \(fields) fields, not \(count - 1)")
      }
    }
    switch name {
    case "publish":
      try expect(2)
      self = .publish(dna: try reader.decode(), ops: try reader.decode())
    case "receipts":
      try expect(2)
      self = .receipts(dna: try reader.decode(), receipts: try reader.decode())
    case "warrants":
      try expect(2)
      self = .warrants(dna: try reader.decode(), warrants: try reader.decode())
    case "remote_signal":
      try expect(1)
      self = .remoteSignal(try reader.decode())
    case "get":
      try expect(2)
      self = .get(dna: try reader.decode(), basis: try reader.decode())
    case "fetch":
      try expect(2)
      self = .fetch(dna: try reader.decode(), hashes: try reader.decode())
    case "gossip_summary":
      try expect(3)
      self = .gossipSummary(dna: try reader.decode(), arc: try reader.decode(), summary: try reader.decode())
    case "gossip_hashes":
      try expect(3)
      self = .gossipHashes(dna: try reader.decode(), arc: try reader.decode(), buckets: try reader.decode())
    case "call_remote":
      try expect(1)
      self = .callRemote(try reader.decode())
    case "ops":
      try expect(1)
      self = .ops(try reader.decode())
    case "summary":
      try expect(2)
      self = .summary(arc: try reader.decode(), summary: try reader.decode())
    case "hashes":
      try expect(1)
      self = .hashes(try reader.decode())
    case "call_response":
      try expect(1)
      self = .callResponse(try reader.decode())
    case "busy":
      try expect(0)
      self = .busy
    case "failure":
      try expect(1)
      self = .failure(try reader.readString())
    default: throw .unknownVariant(type: "PeerMessage", variant: name)
    }
  }
}
