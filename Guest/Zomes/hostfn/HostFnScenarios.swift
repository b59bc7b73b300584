// Externs and callbacks that do more than one thing: for atomicity, init, post_commit and scheduling tests.
import HDK

/// Creates the entry twice, then fails: the host must keep neither create.
@_expose(wasm, "create_twice_then_fail") @_cdecl("create_twice_then_fail")
public func createTwiceThenFail(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: CreateInput) throws(WasmError) -> Unit in
    _ = try HostFn.create(input)
    _ = try HostFn.create(input)
    throw .guest("failing after two creates")
  }
}

/// Creates the entry twice, then traps.
@_expose(wasm, "create_twice_then_trap") @_cdecl("create_twice_then_trap")
public func createTwiceThenTrap(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: CreateInput) throws(WasmError) -> Unit in
    _ = try HostFn.create(input)
    _ = try HostFn.create(input)
    fatalError("trap after two creates")
  }
}

/// `init`: emits a signal "init" so tests see it ran (and how often).
@_expose(wasm, "init") @_cdecl("init")
public func initCallback(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> InitCallbackResult in
    try HostFn.emitSignal(AppSignal(ExternIO(encoding: "init")))
    return .pass
  }
}

/// `post_commit`: emits a signal with how many actions the call committed.
@_expose(wasm, "post_commit") @_cdecl("post_commit")
public func postCommit(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (actions: [SignedActionHashed]) throws(WasmError) -> Unit in
    try HostFn.emitSignal(AppSignal(ExternIO(encoding: Int64(actions.count))))
    return Unit()
  }
}

/// A scheduled function: signals "tick" and does not ask to run again.
@_expose(wasm, "tick") @_cdecl("tick")
public func tick(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Schedule?) throws(WasmError) -> Schedule? in
    try HostFn.emitSignal(AppSignal(ExternIO(encoding: "tick")))
    return nil
  }
}

/// `recv_remote_signal`: a signal from another agent, emitted to this agent's clients as it came.
@_expose(wasm, "recv_remote_signal") @_cdecl("recv_remote_signal")
public func recvRemoteSignal(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (signal: ExternIO) throws(WasmError) -> Unit in
    try HostFn.emitSignal(AppSignal(signal))
    return Unit()
  }
}

/// A persisted scheduled function: signals "cron" and asks to run again every second.
@_expose(wasm, "cron_tick") @_cdecl("cron_tick")
public func cronTick(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Schedule?) throws(WasmError) -> Schedule? in
    try HostFn.emitSignal(AppSignal(ExternIO(encoding: "cron")))
    return .persisted("* * * * * * *")
  }
}

/// Never returns: fuel stops it.
@_expose(wasm, "spin") @_cdecl("spin")
public func spin(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> Unit in
    var counter: UInt64 = 0
    while true { counter &+= 1; if counter == 0 { break } }
    return Unit()
  }
}

/// Creates the entry, then reads the clock: a host test can hold the call there while another call commits.
@_expose(wasm, "create_then_time") @_cdecl("create_then_time")
public func createThenTime(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: CreateInput) throws(WasmError) -> Timestamp in
    _ = try HostFn.create(input)
    return try HostFn.sysTime()
  }
}
