@_extern(wasm, module: "env", name: "__hc__dna_info_2") @_extern(c)
func __hc__dna_info_2(_ ptr: UInt32, _ len: UInt32) -> UInt64

/// The DNA's name, hash, modifiers and zome names (`dna_info`, version 2, as Holochain's HDK calls it).
///
/// ```swift
/// let seed = try dnaInfo().modifiers.networkSeed
/// ```
public func dnaInfo() throws(WasmError) -> DnaInfo {
  try hostCall(__hc__dna_info_2, Unit())
}
