@_extern(wasm, module: "env", name: "__hc__random_bytes_1") @_extern(c)
func __hc__random_bytes_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

/// `count` cryptographically random bytes from the host (`random_bytes`: u32 in, ``Bytes`` out).
///
/// The only randomness a guest has: `SystemRandomNumberGenerator` is deterministic in guests (see
/// hdk_runtime.c).
///
/// ```swift
/// let nonce = try randomBytes(32)
/// ```
public func randomBytes(_ count: UInt32) throws(WasmError) -> [UInt8] {
  let bytes: Bytes = try hostCall(__hc__random_bytes_1, count)
  return bytes.bytes
}
