import HoloCore
import NIOCore

extension FuzzTarget {
  /// What a conductor reads from its peers: the transport's frames, and the `PeerMessage` inside each.
  static let peerMessage = FuzzTarget(
    name: "peer-message",
    summary: "HoloNetwork: the transport's frame parser and PeerMessage (ops, receipts, warrants, gossip, calls)",
    run: PeerMessageTarget.run,
    seeds: PeerMessageTarget.seeds)
}

enum PeerMessageTarget {
  /// The transport's default frame limit (`TransportConfiguration.maxFrameBytes`, not compiled in here: see
  /// `PeerWire/README.md`).
  static let maxFrameBytes = 16 * 1024 * 1024

  /// Reads `bytes` as a connection's byte stream (frames until one is incomplete or the stream is refused) and as
  /// one message's payload.
  static func run(_ bytes: [UInt8]) {
    var buffer = ByteBuffer(bytes: bytes)
    while let parsed = Decoding.attempt({ () throws(FrameParsingError) in
      try FrameParser.parse(&buffer, maxFrameBytes: maxFrameBytes)
    }), let parsed {
      if case .frame(let frame) = parsed, frame.kind != .error { message(frame.payload) }
    }
    message(bytes)
  }

  /// Decodes a message and does what a receiver does first with its parts.
  private static func message(_ payload: [UInt8]) {
    guard let message = Decoding.decode(PeerMessage.self, payload) else { return }
    switch message {
    case .publish(_, let ops):
      for op in ops {
        _ = op.hash()
        _ = op.basis()
      }
    case .ops(let answers):
      for answer in answers { _ = answer.op.hash() }
    case .gossipSummary(_, let arc, let summary):
      compare(summary, within: arc)
    case .summary(let arc, let summary):
      compare(summary, within: arc)
    case .callRemote(let call):
      _ = call.signedBytes
    case .remoteSignal(let signal):
      _ = signal.signedBytes
    default:
      break
    }
  }

  /// A received summary against one of our own, as a gossip round compares them.
  private static func compare(_ theirs: OpSummary, within arc: StorageArc) {
    _ = theirs.description
    let mine = OpSummary(digests: sampleDigests, arc: .full, layout: theirs.layout)
    _ = Decoding.attempt { () throws(OpSummaryError) in try mine.differingBuckets(theirs, within: arc) }
    _ = Decoding.attempt { () throws(OpSummaryError) in try theirs.differingBuckets(mine, within: .full) }
  }

  static let sampleDigests: [OpDigest] = (0..<8).map { index in
    OpDigest(
      hash: Samples.opHash(UInt8(index)), location: UInt32(index) &* 0x2000_0001,
      timestamp: Samples.time.microseconds + Int64(index) * 3_600_000_000)
  }

  static func seeds() -> [Seed] {
    let dna = Samples.dnaHash(0xd0)
    let summary = OpSummary(digests: sampleDigests, arc: StorageArc(start: 0, end: 0x8000_0000))
    let call = RemoteZomeCall(
      dna: dna, from: Samples.agent(0xa0), to: Samples.agent(0xa1), zome: "forum", function: "ping",
      payload: SerializedBytes(encoding: "hi"), capSecret: Samples.capSecret(0xc5), sentAt: Samples.time.microseconds,
      nonce: Samples.bytes(32, 0x4e), signature: Samples.bytes(64, 0x51))
    let signal = RemoteSignalMessage(
      dna: dna, from: Samples.agent(0xa0), to: [Samples.agent(0xa1), Samples.agent(0xa2)], zome: "forum",
      payload: SerializedBytes(encoding: "hey"), sentAt: Samples.time.microseconds, signature: Samples.bytes(64, 0x52))
    let messages: [PeerMessage] = [
      .publish(dna: dna, ops: Array(Samples.ops.prefix(3))),
      .receipts(dna: dna, receipts: [Samples.receipt]),
      .warrants(dna: dna, warrants: [Samples.warrant]),
      .remoteSignal(signal),
      .get(dna: dna, basis: Samples.linkable(Samples.entryHash(0xe1))),
      .fetch(dna: dna, hashes: [Samples.opHash(1), Samples.opHash(2)]),
      .gossipSummary(dna: dna, arc: .full, summary: summary),
      .gossipHashes(dna: dna, arc: .empty, buckets: [BucketKey(sector: 3, slice: 472_222)]),
      .callRemote(call),
      .ops([
        AuthoredOpAnswer(op: Samples.ops[0], status: .valid), AuthoredOpAnswer(op: Samples.ops[5], status: .rejected),
      ]),
      .summary(arc: StorageArc(start: 0xf000_0000, end: 0x1000_0000), summary: summary),
      .hashes([Samples.opHash(3)]),
      .callResponse(.ok(SerializedBytes(encoding: "pong"))),
      .busy,
      .failure("no such dna"),
    ]
    var seeds = messages.map { Seed("message-\($0.name)", $0.msgpackBytes()) }
    // Byte streams: frames of each kind, back to back, and a frame of a kind this version does not know.
    var stream = ByteBuffer()
    Frame(kind: .request, id: 1, payload: messages[4].msgpackBytes()).write(to: &stream)
    Frame(kind: .response, id: 1, payload: messages[12].msgpackBytes()).write(to: &stream)
    Frame(kind: .oneWay, id: 2, payload: messages[0].msgpackBytes()).write(to: &stream)
    Frame.error(FrameErrorText.busy, id: 3).write(to: &stream)
    seeds.append(Seed("frames", Array(stream.readableBytesView)))
    var unknown = ByteBuffer()
    Frame(kind: .request, id: 9, payload: [0xc0]).write(to: &unknown)
    unknown.setInteger(UInt8(7), at: 3)
    Frame(kind: .oneWay, id: 10, payload: messages[13].msgpackBytes()).write(to: &unknown)
    seeds.append(Seed("frames-unknown-kind", Array(unknown.readableBytesView)))
    return seeds
  }
}
