@_extern(wasm, module: "env", name: "__hc__trace_1") @_extern(c)
func __hc__trace_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

/// Sends a message to the conductor's log (`trace`, input ``TraceMsg``). Failures are ignored, as in
/// Holochain's `trace!`.
///
/// ```swift
/// trace("created \(count) entries", level: .debug)
/// ```
public func trace(_ message: String, level: TraceMsg.Level = .trace) {
  let _: Unit? = try? hostCall(__hc__trace_1, TraceMsg(msg: message, level: level))
}
