// Capability listings. Holochain 0.7 registers these imports but does not implement them (the host panics),
// so they take and return `()`.

@_extern(wasm, module: "env", name: "__hc__capability_claims_1") @_extern(c)
func __hc__capability_claims_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__capability_grants_1") @_extern(c)
func __hc__capability_grants_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__capability_info_1") @_extern(c)
func __hc__capability_info_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

extension HostFn {
  /// `capability_claims`: `()` → `()` (unimplemented in Holochain 0.7).
  ///
  /// ```swift
  /// try HostFn.capabilityClaims()
  /// ```
  public static func capabilityClaims() throws(WasmError) {
    let _: Unit = try hostCall(__hc__capability_claims_1, Unit())
  }

  /// `capability_grants`: `()` → `()` (unimplemented in Holochain 0.7).
  ///
  /// ```swift
  /// try HostFn.capabilityGrants()
  /// ```
  public static func capabilityGrants() throws(WasmError) {
    let _: Unit = try hostCall(__hc__capability_grants_1, Unit())
  }

  /// `capability_info`: `()` → `()` (unimplemented in Holochain 0.7).
  ///
  /// ```swift
  /// try HostFn.capabilityInfo()
  /// ```
  public static func capabilityInfo() throws(WasmError) {
    let _: Unit = try hostCall(__hc__capability_info_1, Unit())
  }
}
