/// Runs one zome function ("extern") behind the holochain_wasmer ABI: reads and frees the input at
/// (`ptr`, `len`), decodes it, calls `body`, and returns the packed address of
/// `Result<ExternIO, WasmError>` for the host to read and free.
///
/// The input is an `ExternIO` (a msgpack `bin` holding the msgpack of `Input`); bytes that do not decode
/// become `Err(WasmErrorInner.deserialize(bytes))`, as in Holochain's `map_extern!`. A `WasmError` thrown by
/// `body` is returned as `Err`; a value as `Ok(ExternIO(msgpack(value)))`.
///
/// Export one Swift function per extern, named as the host calls it:
///
/// ```swift
/// @_expose(wasm, "add") @_cdecl("add")
/// public func add(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
///   extern(ptr, len) { (pair: [Int64]) throws(WasmError) -> Int64 in
///     guard pair.count == 2 else { throw .guest("expected two numbers") }
///     return pair[0] &+ pair[1]
///   }
/// }
/// ```
public func extern<Input: MsgPackDecodable, Output: MsgPackEncodable>(
  _ ptr: UInt32,
  _ len: UInt32,
  _ body: (Input) throws(WasmError) -> Output
) -> UInt64 {
  let result = externResultBytes(takeFromHost(ptr, len), body)
  let (resultPtr, resultLen) = leakToHost(result)
  return packGuestBuffer(resultPtr, resultLen)
}

/// The msgpack of `Result<ExternIO, WasmError>` for one extern call on `input` (the raw `ExternIO` bytes).
func externResultBytes<Input: MsgPackDecodable, Output: MsgPackEncodable>(
  _ input: [UInt8],
  _ body: (Input) throws(WasmError) -> Output
) -> [UInt8] {
  var writer = MsgPackWriter()
  writer.writeMapHeader(1)
  let externIO: ExternIO
  do {
    externIO = try ExternIO(msgpack: input)
  } catch {
    writer.writeField("Err", WasmError(modulePath: #fileID, line: UInt32(#line), error: .deserialize(input)))
    return writer.bytes
  }
  let value: Input
  do {
    value = try externIO.decode(Input.self)
  } catch {
    writer.writeField("Err", WasmError(modulePath: #fileID, line: UInt32(#line), error: .deserialize(externIO.bytes)))
    return writer.bytes
  }
  do {
    let output = try body(value)
    writer.write("Ok" as StaticString)
    writer.writeBinary(output.msgpackBytes())
  } catch {
    writer.writeField("Err", error)
  }
  return writer.bytes
}
