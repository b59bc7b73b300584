@_extern(wasm, module: "env", name: "__hc__agent_info_1") @_extern(c)
func __hc__agent_info_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

/// The calling agent's initial key and chain head (`agent_info`).
///
/// ```swift
/// let me = try agentInfo().agentInitialPubkey
/// ```
public func agentInfo() throws(WasmError) -> AgentInfo {
  try hostCall(__hc__agent_info_1, Unit())
}
