import HoloCore

extension FuzzTarget {
  /// HoloCore's msgpack: the reader itself, `MsgPackValue`, and the Holochain types that arrive from clients,
  /// peers and guests.
  static let msgpack = FuzzTarget(
    name: "msgpack",
    summary: "HoloCore msgpack: MsgPackReader, MsgPackValue, Action, Record, ChainOp, ZomeCallParams…",
    run: MsgPackTarget.run,
    seeds: MsgPackTarget.seeds)
}

enum MsgPackTarget {
  static func run(_ bytes: [UInt8]) {
    var reader = MsgPackReader(bytes)
    if (Decoding.attempt { () throws(MsgPackError) in try reader.skipValue() }) != nil {
      _ = Decoding.attempt { () throws(MsgPackError) in try reader.requireEnd() }
    }
    Decoding.decode(MsgPackValue.self, bytes)
    if let action = Decoding.decode(Action.self, bytes) { _ = action.hash() }
    if let signed = Decoding.decode(SignedAction.self, bytes) { _ = signed.data.hash() }
    Decoding.decode(SignedActionHashed.self, bytes)
    Decoding.decode(Record.self, bytes)
    Decoding.decode(Entry.self, bytes)
    if let op = Decoding.decode(ChainOp.self, bytes) {
      // What a receiver does with an op first: where it belongs and what it is called.
      _ = op.hash()
      _ = op.basis()
    }
    Decoding.decode(ZomeCallParams.self, bytes)
    Decoding.decode(SignedValidationReceipt.self, bytes)
    Decoding.decode(SignedWarrant.self, bytes)
    Decoding.decode(DnaDef.self, bytes)
    Decoding.decode(ZomeCallCapGrant.self, bytes)
    Decoding.decode(CapGrant.self, bytes)
    // Hash strings come from manifests and clients.
    if let text = String(validating: bytes, as: UTF8.self) {
      _ = Decoding.attempt { () throws(HoloHashError) in try AnyDhtHash(string: text) }
    }
  }

  static func seeds() -> [Seed] {
    var seeds: [Seed] = []
    func add(_ name: String, _ value: some MsgPackEncodable) { seeds.append(Seed(name, value.msgpackBytes())) }
    for action in Samples.actions {
      add("action-\(action.data.actionType.name)", action)
    }
    add("signed-action", Samples.signed(Samples.actions[3]))
    add("record", Samples.record)
    add("record-hidden", Record(signedAction: Samples.record.signedAction, entry: .hidden))
    for op in Samples.ops {
      add("chain-op-\(op.type.name)", op)
    }
    add("zome-call-params", Samples.zomeCallParams)
    add("receipt", Samples.receipt)
    add("warrant", Samples.warrant)
    add("entry-agent", Entry.agent(Samples.agent(0xa4)))
    add("entry-cap-grant", Entry.capGrant(Samples.grant))
    add(
      "dna-def",
      DnaDef(
        name: "forum", modifiers: DnaModifiers(networkSeed: "seed"),
        integrityZomes: [ZomeDef(name: "forum_integrity", wasmHash: WasmHash(core: Samples.bytes(32, 0x77)))],
        coordinatorZomes: [
          ZomeDef(name: "forum", wasmHash: WasmHash(core: Samples.bytes(32, 0x78)), dependencies: ["forum_integrity"])
        ]))
    add(
      "value-every-kind",
      MsgPackValue.array([
        .nilValue, .bool(true), .uint(UInt64.max), .int(Int64.min), .float32(0.5), .float64(-2.25),
        .string("ü"), .binary([1, 2, 3]), .map([MsgPackMapEntry(key: .uint(1), value: .array([]))]),
        .ext(type: 5, data: [9, 9]),
      ]))
    seeds.append(Seed("hash-string", Array(Samples.agent(0xa0).description.utf8)))
    return seeds
  }
}
