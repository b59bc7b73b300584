// Calls to other zomes, cells and agents, and signals.

@_extern(wasm, module: "env", name: "__hc__call_1") @_extern(c)
func __hc__call_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__emit_signal_1") @_extern(c)
func __hc__emit_signal_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__send_remote_signal_1") @_extern(c)
func __hc__send_remote_signal_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

extension HostFn {
  /// `call`: `[Call]` → `[ZomeCallResponse]`, one response per call, in order.
  ///
  /// ```swift
  /// let responses = try HostFn.call([Call(target: .conductorCell(.local), zomeName: "forum", fnName: "list_posts",
  ///                                       capSecret: nil, payload: ExternIO(encoding: Unit()))])
  /// ```
  public static func call(_ calls: [Call]) throws(WasmError) -> [ZomeCallResponse] {
    try hostCall(__hc__call_1, calls)
  }

  /// `emit_signal`: ``AppSignal`` → `()` (to the app's clients).
  ///
  /// ```swift
  /// try HostFn.emitSignal(AppSignal(ExternIO(encoding: "hello")))
  /// ```
  public static func emitSignal(_ signal: AppSignal) throws(WasmError) {
    let _: Unit = try hostCall(__hc__emit_signal_1, signal)
  }

  /// `send_remote_signal`: ``RemoteSignal`` → `()` (fire and forget, to the same zome's `recv_remote_signal`
  /// on each agent).
  ///
  /// ```swift
  /// try HostFn.sendRemoteSignal(RemoteSignal(agents: [bob], signal: ExternIO(encoding: "ping")))
  /// ```
  public static func sendRemoteSignal(_ signal: RemoteSignal) throws(WasmError) {
    let _: Unit = try hostCall(__hc__send_remote_signal_1, signal)
  }
}
