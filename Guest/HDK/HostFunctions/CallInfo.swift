@_extern(wasm, module: "env", name: "__hc__call_info_1") @_extern(c)
func __hc__call_info_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

/// Who called, through which function and grant, and the chain head at the start of the call (`call_info`).
///
/// ```swift
/// let caller = try callInfo().provenance
/// ```
public func callInfo() throws(WasmError) -> CallInfo {
  try hostCall(__hc__call_info_1, Unit())
}
