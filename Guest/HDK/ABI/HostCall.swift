/// Calls a host function through the holochain_wasmer ABI and decodes its `Result<Output, WasmError>`.
///
/// The msgpack of `input` goes into a fresh allocation that the host frees; the host's answer comes back
/// in an allocation the guest reads and frees here. `Err` is thrown as is; an answer that does not decode
/// throws `WasmErrorInner.deserialize(bytes)`.
///
/// `function` is a host import declared with `@_extern`:
///
/// ```swift
/// @_extern(wasm, module: "env", name: "__hc__sys_time_1") @_extern(c)
/// func __hc__sys_time_1(_ ptr: UInt32, _ len: UInt32) -> UInt64
///
/// let now: Timestamp = try hostCall(__hc__sys_time_1, Unit())
/// ```
public func hostCall<Input: MsgPackEncodable, Output: MsgPackDecodable>(
  _ function: (UInt32, UInt32) -> UInt64,
  _ input: Input
) throws(WasmError) -> Output {
  let (inputPtr, inputLen) = leakToHost(input.msgpackBytes())
  let packed = function(inputPtr, inputLen)
  let bytes = takeFromHost(UInt32(truncatingIfNeeded: packed >> 32), UInt32(truncatingIfNeeded: packed))
  switch decodeHostResult(bytes, as: Output.self) {
  case .success(let output): return output
  case .failure(let error): throw error
  }
}

/// Decodes `{"Ok": Output}` or `{"Err": WasmError}`; anything else is a `deserialize` error.
func decodeHostResult<Output: MsgPackDecodable>(_ bytes: [UInt8], as _: Output.Type) -> Result<Output, WasmError> {
  var reader = MsgPackReader(bytes)
  do throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    let result: Result<Output, WasmError>
    switch (variant, hasContent) {
    case ("Ok", true): result = .success(try Output(from: &reader))
    case ("Err", true): result = .failure(try WasmError(from: &reader))
    default: throw MsgPackError.unknownVariant(type: "Result", variant: variant)
    }
    try reader.requireEnd()
    return result
  } catch {
    return .failure(WasmError(modulePath: #fileID, line: UInt32(#line), error: .deserialize(bytes)))
  }
}
