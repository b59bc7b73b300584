public import HoloCore

extension AppResponse: MsgPackCodable {
  var variantTag: StaticString {
    switch self {
    case .error: return "error"
    case .appInfo: return "app_info"
    case .agentInfo: return "agent_info"
    case .peerMetaInfo: return "peer_meta_info"
    case .zomeCalled: return "zome_called"
    case .cloneCellCreated: return "clone_cell_created"
    case .cloneCellDisabled: return "clone_cell_disabled"
    case .cloneCellEnabled: return "clone_cell_enabled"
    case .networkMetricsDumped: return "network_metrics_dumped"
    case .networkStatsDumped: return "network_stats_dumped"
    case .listWasmHostFunctions: return "list_wasm_host_functions"
    case .ok: return "ok"
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    let tag = variantTag
    switch self {
    case .cloneCellDisabled, .ok: writer.writeUnitVariant(tag)
    case .error(let error): writer.writeVariant(tag, error)
    // A newtype variant always carries "value", so `None` is written as `nil`.
    case .appInfo(let info): writer.writeVariant(tag, info)
    case .agentInfo(let infos): writer.writeVariant(tag, infos)
    case .peerMetaInfo(let map): writer.writeVariant(tag, map)
    case .zomeCalled(let output): writer.writeVariant(tag, output)
    case .cloneCellCreated(let cell), .cloneCellEnabled(let cell): writer.writeVariant(tag, cell)
    case .networkMetricsDumped(let value), .networkStatsDumped(let value): writer.writeVariant(tag, value)
    case .listWasmHostFunctions(let names): writer.writeVariant(tag, names)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "AppResponse")
    switch variant.name {
    case "error": self = .error(try variant.decodeContent())
    case "app_info": self = .appInfo(try variant.decodeContent())
    case "agent_info": self = .agentInfo(try variant.decodeContent())
    case "peer_meta_info": self = .peerMetaInfo(try variant.decodeContent())
    case "zome_called": self = .zomeCalled(try variant.decodeContent())
    case "clone_cell_created": self = .cloneCellCreated(try variant.decodeContent())
    case "clone_cell_disabled": self = .cloneCellDisabled
    case "clone_cell_enabled": self = .cloneCellEnabled(try variant.decodeContent())
    case "network_metrics_dumped": self = .networkMetricsDumped(try variant.decodeContent())
    case "network_stats_dumped": self = .networkStatsDumped(try variant.decodeContent())
    case "list_wasm_host_functions": self = .listWasmHostFunctions(try variant.decodeContent())
    case "ok": self = .ok
    default: throw variant.unknown
    }
  }
}
