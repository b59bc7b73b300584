public import HoloCore

extension AppRequest: MsgPackCodable {
  var variantTag: StaticString {
    switch self {
    case .appInfo: return "app_info"
    case .agentInfo: return "agent_info"
    case .peerMetaInfo: return "peer_meta_info"
    case .callZome: return "call_zome"
    case .createCloneCell: return "create_clone_cell"
    case .disableCloneCell: return "disable_clone_cell"
    case .enableCloneCell: return "enable_clone_cell"
    case .dumpNetworkMetrics: return "dump_network_metrics"
    case .dumpNetworkStats: return "dump_network_stats"
    case .listWasmHostFunctions: return "list_wasm_host_functions"
    case .provideMemproofs: return "provide_memproofs"
    case .enableApp: return "enable_app"
    case .sendDirectSignal: return "send_direct_signal"
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    let tag = variantTag
    switch self {
    case .appInfo, .dumpNetworkStats, .listWasmHostFunctions, .enableApp:
      writer.writeUnitVariant(tag)
    case .agentInfo(let dnaHashes):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(1)
      writer.writeField("dna_hashes", dnaHashes)
    case .peerMetaInfo(let url, let dnaHashes):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(2)
      writer.writeField("url", url)
      writer.writeField("dna_hashes", dnaHashes)
    case .callZome(let call): writer.writeVariant(tag, call)
    case .createCloneCell(let payload): writer.writeVariant(tag, payload)
    case .disableCloneCell(let payload), .enableCloneCell(let payload): writer.writeVariant(tag, payload)
    case .dumpNetworkMetrics(let dnaHash, let summary):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(2)
      writer.writeField("dna_hash", dnaHash)
      writer.writeField("include_dht_summary", summary)
    case .provideMemproofs(let memproofs):
      writer.writeVariantHeader(tag)
      writer.writeStringKeyedMap(memproofs)
    case .sendDirectSignal(let dnaHash, let agents, let signal):
      writer.writeVariantHeader(tag)
      writer.writeMapHeader(3)
      writer.writeField("dna_hash", dnaHash)
      writer.writeField("agents", agents)
      writer.write("signal" as StaticString)
      writer.writeByteArray(signal)
    }
  }

  /// Fails with `unknownVariant` for a name Holochain 0.7 does not know (including the countersigning requests,
  /// which only exist behind Holochain's `unstable-countersigning` feature).
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "AppRequest")
    switch variant.name {
    case "app_info": self = .appInfo
    case "agent_info": self = .agentInfo(dnaHashes: try decodeAgentInfoRequest(variant))
    case "peer_meta_info":
      let (url, dnaHashes) = try decodePeerMetaInfoRequest(variant)
      self = .peerMetaInfo(url: url, dnaHashes: dnaHashes)
    case "call_zome": self = .callZome(try variant.decodeContent())
    case "create_clone_cell": self = .createCloneCell(try variant.decodeContent())
    case "disable_clone_cell": self = .disableCloneCell(try variant.decodeContent())
    case "enable_clone_cell": self = .enableCloneCell(try variant.decodeContent())
    case "dump_network_metrics":
      let (dnaHash, summary) = try decodeNetworkMetricsRequest(variant)
      self = .dumpNetworkMetrics(dnaHash: dnaHash, includeDhtSummary: summary)
    case "dump_network_stats": self = .dumpNetworkStats
    case "list_wasm_host_functions": self = .listWasmHostFunctions
    case "provide_memproofs":
      var content = try variant.requireContent()
      self = .provideMemproofs(try content.readStringKeyedMap(MembraneProof.self))
    case "enable_app": self = .enableApp
    case "send_direct_signal": self = try Self.decodeSendDirectSignal(variant)
    default: throw variant.unknown
    }
  }

  private static func decodeSendDirectSignal(_ variant: TaggedVariant) throws(MsgPackError) -> Self {
    var dnaHash: DnaHash?
    var agents: [AgentPubKey]?
    var signal: [UInt8]?
    try variant.readStructContent(fields: ["dna_hash", "agents", "signal"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: dnaHash = try reader.decode()
      case 1: agents = try reader.decode()
      default: signal = try reader.readBinary()
      }
    }
    return .sendDirectSignal(
      dnaHash: try require(dnaHash, "dna_hash", in: "AppRequest::send_direct_signal"),
      agents: try require(agents, "agents", in: "AppRequest::send_direct_signal"),
      signal: try require(signal, "signal", in: "AppRequest::send_direct_signal")
    )
  }
}
