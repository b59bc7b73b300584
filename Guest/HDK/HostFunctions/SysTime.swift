@_extern(wasm, module: "env", name: "__hc__sys_time_1") @_extern(c)
func __hc__sys_time_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

/// The host's current time (`sys_time`): microseconds since the UNIX epoch.
///
/// Not deterministic: use it in coordinator zomes, not in validation.
///
/// ```swift
/// let now = try sysTime()
/// ```
public func sysTime() throws(WasmError) -> Timestamp {
  try hostCall(__hc__sys_time_1, Unit())
}
