// Time, randomness, logging and scheduling.

@_extern(wasm, module: "env", name: "__hc__sys_time_1") @_extern(c)
func __hc__sys_time_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__random_bytes_1") @_extern(c)
func __hc__random_bytes_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__trace_1") @_extern(c)
func __hc__trace_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__schedule_1") @_extern(c)
func __hc__schedule_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__sleep_1") @_extern(c)
func __hc__sleep_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

extension HostFn {
  /// `sys_time`: `()` → ``Timestamp`` (the host's clock, microseconds since the UNIX epoch).
  ///
  /// ```swift
  /// let now = try HostFn.sysTime()
  /// ```
  public static func sysTime() throws(WasmError) -> Timestamp {
    try hostCall(__hc__sys_time_1, Unit())
  }

  /// `random_bytes`: `u32` → ``Bytes`` (that many cryptographically random bytes).
  ///
  /// ```swift
  /// let nonce = try HostFn.randomBytes(32).bytes
  /// ```
  public static func randomBytes(_ count: UInt32) throws(WasmError) -> Bytes {
    try hostCall(__hc__random_bytes_1, count)
  }

  /// `trace`: ``TraceMsg`` → `()` (a line in the conductor's log).
  ///
  /// ```swift
  /// try HostFn.trace(TraceMsg(msg: "hello", level: .info))
  /// ```
  public static func trace(_ message: TraceMsg) throws(WasmError) {
    let _: Unit = try hostCall(__hc__trace_1, message)
  }

  /// `schedule`: the name of a scheduled function of this zome (`String`) → `()`. The function runs after the
  /// call commits, then as its own returned ``Schedule`` says.
  ///
  /// ```swift
  /// try HostFn.schedule("sweep")
  /// ```
  public static func schedule(_ functionName: String) throws(WasmError) {
    let _: Unit = try hostCall(__hc__schedule_1, functionName)
  }

  /// `sleep`: a `std::time::Duration` (`{secs, nanos}`) → `()`. Registered only by Holochain builds with the
  /// `unstable-functions` feature.
  ///
  /// ```swift
  /// try HostFn.sleep(seconds: 1, nanoseconds: 0)
  /// ```
  public static func sleep(seconds: UInt64, nanoseconds: UInt32) throws(WasmError) {
    let _: Unit = try hostCall(__hc__sleep_1, RustDuration(secs: seconds, nanos: nanoseconds))
  }
}

/// A `std::time::Duration` as serde writes it: `{"secs": u64, "nanos": u32}`.
struct RustDuration: MsgPackEncodable {
  var secs: UInt64
  var nanos: UInt32

  func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(2)
    writer.writeField("secs", secs)
    writer.writeField("nanos", nanos)
  }
}
