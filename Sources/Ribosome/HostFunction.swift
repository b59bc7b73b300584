public import HoloCore

/// How a host function ends other than with a value.
public enum HostFunctionFailure: Error {
  /// An error returned to the guest as `{"Err": WasmError}`; the guest decides what to do with it.
  case error(WasmError)
  /// Ends the whole zome call at once with these msgpack bytes as its result (Holochain's `HostShortCircuit`).
  case shortCircuit([UInt8])
}

/// A function the host offers guests as `env.__hc__<name>_1`: msgpack input bytes in, the msgpack of its
/// `Ok` value out.
public struct HostFunction: Sendable {
  /// The Holochain name without prefix and version (`agent_info`, `create`).
  public let name: String
  /// The ABI version in the import name (`dna_info` has 1 and 2; every other function 1).
  public let version: Int
  let body: @Sendable (ZomeCallContext, [UInt8]) throws(HostFunctionFailure) -> [UInt8]

  /// A host function over typed input and output.
  ///
  /// ```swift
  /// HostFunction.typed("sys_time") { (context, _: Unit) throws(HostFunctionFailure) in Timestamp.now() }
  /// ```
  public static func typed<Input: MsgPackDecodable & SendableMetatype, Output: MsgPackEncodable & SendableMetatype>(
    _ name: String, version: Int = 1,
    _ body: @escaping @Sendable (ZomeCallContext, Input) throws(HostFunctionFailure) -> Output
  ) -> HostFunction {
    HostFunction(name: name, version: version) { (context, bytes) throws(HostFunctionFailure) in
      let input: Input
      do {
        input = try Input(msgpack: bytes)
      } catch {
        throw .error(WasmError(modulePath: "holoswift::ribosome::\(name)", line: 0, error: .deserialize(bytes)))
      }
      return try body(context, input).msgpackBytes()
    }
  }

  /// The import name guests use.
  public var importName: String { "__hc__\(name)_\(version)" }
}

extension HostFunctionFailure {
  /// A host error with a message, located at the caller's file and line.
  public static func host(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> HostFunctionFailure {
    .error(WasmError.host(message, file: file, line: line))
  }
}
