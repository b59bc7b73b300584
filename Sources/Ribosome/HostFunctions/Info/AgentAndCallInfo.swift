import HoloCore
import StateStore

extension HostFunction {
  /// `agent_info`: the cell's agent and the head of its chain as the call sees it.
  static let agentInfo = HostFunction.typed("agent_info") { (context, _: Unit) throws(HostFunctionFailure) in
    try context.require(.info, for: "agent_info")
    let workspace = try context.requireWorkspace(for: "agent_info")
    guard let head = workspace.head else { throw .host("agent_info: the source chain is empty (no genesis)") }
    return AgentInfo(
      agentInitialPubkey: context.cell.agent,
      chainHead: ChainPosition(hash: head.hash, seq: head.seq, timestamp: head.timestamp))
  }

  /// `call_info`: who called, which function, the chain head when the call began, and the grant used.
  static let callInfo = HostFunction.typed("call_info") { (context, _: Unit) throws(HostFunctionFailure) in
    try context.require(.info, for: "call_info")
    let workspace = try context.requireWorkspace(for: "call_info")
    guard let asAt = workspace.asAt else { throw .host("call_info: the source chain is empty (no genesis)") }
    return CallInfo(
      provenance: context.provenance, functionName: context.functionName,
      asAt: ChainPosition(hash: asAt.hash, seq: asAt.seq, timestamp: asAt.timestamp), capGrant: context.capGrant)
  }
}
