// Information about the agent, the call, the DNA and the zome.

@_extern(wasm, module: "env", name: "__hc__agent_info_1") @_extern(c)
func __hc__agent_info_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__call_info_1") @_extern(c)
func __hc__call_info_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__dna_info_1") @_extern(c)
func __hc__dna_info_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__dna_info_2") @_extern(c)
func __hc__dna_info_2(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__zome_info_1") @_extern(c)
func __hc__zome_info_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

extension HostFn {
  /// `agent_info`: `()` → ``AgentInfo`` (the agent's initial key and the chain head at the start of the call).
  ///
  /// ```swift
  /// let me = try HostFn.agentInfo().agentInitialPubkey
  /// ```
  public static func agentInfo() throws(WasmError) -> AgentInfo {
    try hostCall(__hc__agent_info_1, Unit())
  }

  /// `call_info`: `()` → ``CallInfo`` (provenance, function name, chain head, the grant used).
  ///
  /// ```swift
  /// let caller = try HostFn.callInfo().provenance
  /// ```
  public static func callInfo() throws(WasmError) -> CallInfo {
    try hostCall(__hc__call_info_1, Unit())
  }

  /// `dna_info_1` (legacy): `()` → ``DnaInfoV1`` (name, hash, raw properties, zome names).
  ///
  /// ```swift
  /// let properties = try HostFn.dnaInfo1().properties
  /// ```
  public static func dnaInfo1() throws(WasmError) -> DnaInfoV1 {
    try hostCall(__hc__dna_info_1, Unit())
  }

  /// `dna_info_2` (what Holochain's HDK calls): `()` → ``DnaInfoV2`` (name, hash, modifiers, zome names).
  ///
  /// ```swift
  /// let seed = try HostFn.dnaInfo2().modifiers.networkSeed
  /// ```
  public static func dnaInfo2() throws(WasmError) -> DnaInfoV2 {
    try hostCall(__hc__dna_info_2, Unit())
  }

  /// `zome_info`: `()` → ``ZomeInfo`` (name, index, properties, entry defs, externs, types in scope).
  ///
  /// ```swift
  /// let scope = try HostFn.zomeInfo().zomeTypes
  /// ```
  public static func zomeInfo() throws(WasmError) -> ZomeInfo {
    try hostCall(__hc__zome_info_1, Unit())
  }
}
