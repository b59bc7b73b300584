// The callbacks Holochain calls on a zome, each exported in one line. A zome exports only those it implements.
//
// Integrity zome:
//
// ```swift
// @_expose(wasm, "entry_defs") @_cdecl("entry_defs")
// public func entryDefs(_ ptr: UInt32, _ len: UInt32) -> UInt64 { entryDefsCallback(ptr, len, EntryTypes.self) }
//
// @_expose(wasm, "__num_entry_types") @_cdecl("__num_entry_types")
// public func numEntryTypes() -> UInt8 { EntryTypes.count }
//
// @_expose(wasm, "__num_link_types") @_cdecl("__num_link_types")
// public func numLinkTypes() -> UInt8 { LinkTypes.count }
//
// @_expose(wasm, "validate") @_cdecl("validate")
// public func validate(_ ptr: UInt32, _ len: UInt32) -> UInt64 { validateCallback(ptr, len, validateOp) }
//
// @_expose(wasm, "genesis_self_check_2") @_cdecl("genesis_self_check_2")
// public func genesisSelfCheck(_ ptr: UInt32, _ len: UInt32) -> UInt64 { genesisSelfCheckCallback(ptr, len, check) }
// ```
//
// Coordinator zome:
//
// ```swift
// @_expose(wasm, "init") @_cdecl("init")
// public func initZome(_ ptr: UInt32, _ len: UInt32) -> UInt64 { initCallback(ptr, len, setUp) }
//
// @_expose(wasm, "post_commit") @_cdecl("post_commit")
// public func postCommit(_ ptr: UInt32, _ len: UInt32) -> UInt64 { postCommitCallback(ptr, len, afterCommit) }
// ```

/// `entry_defs`: `()` → ``EntryDefsCallbackResult``, the definitions of `types` in index order.
///
/// ```swift
/// @_expose(wasm, "entry_defs") @_cdecl("entry_defs")
/// public func entryDefs(_ ptr: UInt32, _ len: UInt32) -> UInt64 { entryDefsCallback(ptr, len, EntryTypes.self) }
/// ```
public func entryDefsCallback<ET: ZomeEntryTypes>(_ ptr: UInt32, _ len: UInt32, _: ET.Type) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> EntryDefsCallbackResult in ET.entryDefsCallbackResult }
}

/// `validate`: ``Op`` → ``ValidateCallbackResult``. Throwing fails validation with an error (retried later
/// when it came from a `must_get_*` that could not find its data).
///
/// ```swift
/// @_expose(wasm, "validate") @_cdecl("validate")
/// public func validate(_ ptr: UInt32, _ len: UInt32) -> UInt64 { validateCallback(ptr, len, validateOp) }
///
/// func validateOp(_ op: Op) throws(WasmError) -> ValidateCallbackResult { … }
/// ```
public func validateCallback(
  _ ptr: UInt32, _ len: UInt32, _ body: (Op) throws(WasmError) -> ValidateCallbackResult
) -> UInt64 {
  extern(ptr, len, body)
}

/// `genesis_self_check_2` (or `genesis_self_check`, which receives version 1 data that decodes the same):
/// ``GenesisSelfCheckData`` → ``ValidateCallbackResult``. Runs before the agent joins the network: no DHT.
///
/// ```swift
/// @_expose(wasm, "genesis_self_check_2") @_cdecl("genesis_self_check_2")
/// public func genesisSelfCheck(_ ptr: UInt32, _ len: UInt32) -> UInt64 { genesisSelfCheckCallback(ptr, len, check) }
/// ```
public func genesisSelfCheckCallback(
  _ ptr: UInt32, _ len: UInt32, _ body: (GenesisSelfCheckData) throws(WasmError) -> ValidateCallbackResult
) -> UInt64 {
  extern(ptr, len, body)
}

/// `init`: `()` → ``InitCallbackResult``. Runs once per cell, before its first zome call.
///
/// ```swift
/// @_expose(wasm, "init") @_cdecl("init")
/// public func initZome(_ ptr: UInt32, _ len: UInt32) -> UInt64 { initCallback(ptr, len) { .pass } }
/// ```
public func initCallback(_ ptr: UInt32, _ len: UInt32, _ body: () throws(WasmError) -> InitCallbackResult) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> InitCallbackResult in try body() }
}

/// `post_commit`: `[SignedActionHashed]` (the actions the call committed) → `()`. Runs after a zome call's
/// writes are committed; errors are logged by the host and otherwise ignored.
///
/// ```swift
/// @_expose(wasm, "post_commit") @_cdecl("post_commit")
/// public func postCommit(_ ptr: UInt32, _ len: UInt32) -> UInt64 { postCommitCallback(ptr, len, afterCommit) }
/// ```
public func postCommitCallback(
  _ ptr: UInt32, _ len: UInt32, _ body: ([SignedActionHashed]) throws(WasmError) -> Void
) -> UInt64 {
  extern(ptr, len) { (actions: [SignedActionHashed]) throws(WasmError) -> Unit in
    try body(actions)
    return Unit()
  }
}
