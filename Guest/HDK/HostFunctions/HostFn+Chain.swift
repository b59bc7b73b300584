// The agent's own source chain: queries, activity, migration, validation receipts, init properties.

@_extern(wasm, module: "env", name: "__hc__query_1") @_extern(c)
func __hc__query_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__get_agent_activity_1") @_extern(c)
func __hc__get_agent_activity_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__close_chain_1") @_extern(c)
func __hc__close_chain_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__open_chain_1") @_extern(c)
func __hc__open_chain_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__get_init_properties_1") @_extern(c)
func __hc__get_init_properties_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__get_validation_receipts_1") @_extern(c)
func __hc__get_validation_receipts_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

extension HostFn {
  /// `query`: ``ChainQueryFilter`` → `[Record]` (from the agent's own chain, including this call's writes).
  ///
  /// ```swift
  /// var filter = ChainQueryFilter()
  /// filter.actionTypes = [.create]
  /// let records = try HostFn.query(filter)
  /// ```
  public static func query(_ filter: ChainQueryFilter) throws(WasmError) -> [Record] {
    try hostCall(__hc__query_1, filter)
  }

  /// `get_agent_activity`: ``GetAgentActivityInput`` → ``AgentActivityStatus`` (another agent's chain as
  /// its activity authorities see it).
  ///
  /// ```swift
  /// let status = try HostFn.getAgentActivity(GetAgentActivityInput(agentPubkey: agent, activityRequest: .full))
  /// ```
  public static func getAgentActivity(_ input: GetAgentActivityInput) throws(WasmError) -> AgentActivityStatus {
    try hostCall(__hc__get_agent_activity_1, input)
  }

  /// `close_chain`: ``CloseChainInput`` → ``ActionHash`` (of the `CloseChain` action).
  ///
  /// ```swift
  /// let closed = try HostFn.closeChain(CloseChainInput(newTarget: .dna(newDna)))
  /// ```
  public static func closeChain(_ input: CloseChainInput) throws(WasmError) -> ActionHash {
    try hostCall(__hc__close_chain_1, input)
  }

  /// `open_chain`: ``OpenChainInput`` → ``ActionHash`` (of the `OpenChain` action).
  ///
  /// ```swift
  /// let opened = try HostFn.openChain(OpenChainInput(prevTarget: .dna(oldDna), closeHash: closeHash))
  /// ```
  public static func openChain(_ input: OpenChainInput) throws(WasmError) -> ActionHash {
    try hostCall(__hc__open_chain_1, input)
  }

  /// `get_init_properties`: `()` → ``InitProperties``? (the bytes given to the cell's role at install time;
  /// readable during `init`).
  ///
  /// ```swift
  /// let properties = try HostFn.getInitProperties()?.bytes
  /// ```
  public static func getInitProperties() throws(WasmError) -> InitProperties? {
    try hostCall(__hc__get_init_properties_1, Unit())
  }

  /// `get_validation_receipts`: ``GetValidationReceiptsInput`` → `[ValidationReceiptSet]` (one set per op of
  /// the action).
  ///
  /// ```swift
  /// let sets = try HostFn.getValidationReceipts(GetValidationReceiptsInput(actionHash: hash))
  /// ```
  public static func getValidationReceipts(
    _ input: GetValidationReceiptsInput
  ) throws(WasmError) -> [ValidationReceiptSet] {
    try hostCall(__hc__get_validation_receipts_1, input)
  }
}
