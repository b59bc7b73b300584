// The deterministic reads validation may use (HDI): each fails the call, rather than returning nothing, when
// the data is not available, so that validation can be retried later.

@_extern(wasm, module: "env", name: "__hc__must_get_entry_1") @_extern(c)
func __hc__must_get_entry_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__must_get_action_1") @_extern(c)
func __hc__must_get_action_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__must_get_valid_record_1") @_extern(c)
func __hc__must_get_valid_record_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__must_get_agent_activity_1") @_extern(c)
func __hc__must_get_agent_activity_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

extension HostFn {
  /// `must_get_entry`: ``MustGetEntryInput`` → ``EntryHashed``.
  ///
  /// ```swift
  /// let entry = try HostFn.mustGetEntry(MustGetEntryInput(entryHash)).content
  /// ```
  public static func mustGetEntry(_ input: MustGetEntryInput) throws(WasmError) -> EntryHashed {
    try hostCall(__hc__must_get_entry_1, input)
  }

  /// `must_get_action`: ``MustGetActionInput`` → ``SignedActionHashed``.
  ///
  /// ```swift
  /// let action = try HostFn.mustGetAction(MustGetActionInput(actionHash)).content
  /// ```
  public static func mustGetAction(_ input: MustGetActionInput) throws(WasmError) -> SignedActionHashed {
    try hostCall(__hc__must_get_action_1, input)
  }

  /// `must_get_valid_record`: ``MustGetValidRecordInput`` → ``Record`` (only if it was validated as valid).
  ///
  /// ```swift
  /// let record = try HostFn.mustGetValidRecord(MustGetValidRecordInput(actionHash))
  /// ```
  public static func mustGetValidRecord(_ input: MustGetValidRecordInput) throws(WasmError) -> Record {
    try hostCall(__hc__must_get_valid_record_1, input)
  }

  /// `must_get_agent_activity`: ``MustGetAgentActivityInput`` → `[AgentActivity]` (a contiguous part of an
  /// agent's chain, newest first).
  ///
  /// ```swift
  /// let activity = try HostFn.mustGetAgentActivity(
  ///   MustGetAgentActivityInput(author: agent, chainFilter: ChainFilter(chainTop: head, limitConditions: .take(10))))
  /// ```
  public static func mustGetAgentActivity(_ input: MustGetAgentActivityInput) throws(WasmError) -> [AgentActivity] {
    try hostCall(__hc__must_get_agent_activity_1, input)
  }
}
