@_extern(wasm, module: "env", name: "__hc__zome_info_1") @_extern(c)
func __hc__zome_info_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

/// The calling zome's name, index, properties, entry defs, externs and types in scope (`zome_info`).
///
/// ```swift
/// let name = try zomeInfo().name
/// ```
public func zomeInfo() throws(WasmError) -> ZomeInfo {
  try hostCall(__hc__zome_info_1, Unit())
}
