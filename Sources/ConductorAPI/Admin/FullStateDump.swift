public import HoloCore

/// A cell's full state (Holochain's `FullStateDump`, the answer to `dump_full_state`): its peers, its source
/// chain and a page of its DNA's DHT ops by lifecycle, `{peer_dump, source_chain_dump, integration_dump}`.
public struct FullStateDump: Hashable, Sendable, MsgPackEncodable {
  public var sourceChain: [SourceChainDumpRecord]
  public var publishedOpsCount: Int
  /// Ops waiting for validation.
  public var validationLimbo: [ChainOp]
  /// Validated ops waiting for integration.
  public var integrationLimbo: [ChainOp]
  /// Integrated ops (rejected ones included).
  public var integrated: [ChainOp]
  /// The last op of this page, to pass to the next request; `nil` when the page is empty.
  public var dhtOpsCursor: DhtOpsCursor?

  public init(
    sourceChain: [SourceChainDumpRecord], publishedOpsCount: Int, validationLimbo: [ChainOp],
    integrationLimbo: [ChainOp], integrated: [ChainOp], dhtOpsCursor: DhtOpsCursor?
  ) {
    self.sourceChain = sourceChain
    self.publishedOpsCount = publishedOpsCount
    self.validationLimbo = validationLimbo
    self.integrationLimbo = integrationLimbo
    self.integrated = integrated
    self.dhtOpsCursor = dhtOpsCursor
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(3)
    // No network yet: no agent info, no kitsune ids, no peers.
    writer.write("peer_dump" as StaticString)
    writer.writeMapHeader(4)
    writer.write("this_agent_info" as StaticString)
    writer.writeNil()
    writer.write("this_dna" as StaticString)
    writer.writeNil()
    writer.write("this_agent" as StaticString)
    writer.writeNil()
    writer.write("peers" as StaticString)
    writer.writeArrayHeader(0)
    writer.write("source_chain_dump" as StaticString)
    writer.writeMapHeader(2)
    writer.writeField("records", sourceChain)
    writer.writeField("published_ops_count", Int64(publishedOpsCount))
    writer.write("integration_dump" as StaticString)
    writer.writeMapHeader(4)
    for (name, ops) in [
      ("validation_limbo", validationLimbo), ("integration_limbo", integrationLimbo), ("integrated", integrated),
    ] {
      writer.write(name)
      writer.writeArrayHeader(ops.count)
      // `DhtOp::ChainOp(Box<ChainOp>)`, externally tagged.
      for op in ops {
        writer.writeMapHeader(1)
        writer.writeField("ChainOp", op)
      }
    }
    writer.writeField("dht_ops_cursor", dhtOpsCursor)
  }
}

/// One record of a source chain dump (Holochain's `SourceChainDumpRecord`:
/// `{signature, action_address, action, entry}`).
public struct SourceChainDumpRecord: Hashable, Sendable, MsgPackEncodable {
  public var signature: Signature
  public var actionAddress: ActionHash
  public var action: Action
  public var entry: Entry?

  public init(signature: Signature, actionAddress: ActionHash, action: Action, entry: Entry?) {
    self.signature = signature
    self.actionAddress = actionAddress
    self.action = action
    self.entry = entry
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(4)
    writer.writeField("signature", signature)
    writer.writeField("action_address", actionAddress)
    writer.writeField("action", action)
    writer.writeField("entry", entry)
  }
}
