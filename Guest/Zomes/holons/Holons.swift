// The holons coordinator zome: one extern, `dance` (a DanceRequestEnvelope in, a DanceResponseEnvelope out),
// behind which run the standard dances (commit, stage_new_holon, get_all_holons, get_holon_by_id, delete_holon,
// fetch_all_related_holons, query_relationships, relay). See Guest/HolonsGuest.
//
// Exports: `init`, `dance`, and `ping` / `call_ping` (the floor of the dance benchmarks).
import HDK
import HolonsGuest

/// `init`: `()` → `InitCallbackResult`: saves the all-holons anchor and the local holon space, then `Pass`.
@_expose(wasm, "init") @_cdecl("init")
public func initZome(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  initCallback(ptr, len) { () throws(WasmError) -> InitCallbackResult in
    try HolonsStore.prepare()
    return .pass
  }
}

/// `dance`: `DanceRequestEnvelope` → `DanceResponseEnvelope`.
@_expose(wasm, "dance") @_cdecl("dance")
public func dance(_ ptr: UInt32, _ len: UInt32) -> UInt64 { danceExtern(ptr, len, zome: "holons") }

/// `ping`: `()` → `()`. The cheapest call there is: the floor the dance benchmarks are measured against.
@_expose(wasm, "ping") @_cdecl("ping")
public func ping(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> Unit in Unit() }
}

/// `call_ping`: role name → `()`: a plain HDK `call` of `ping` in that role's cell (`.` is this cell) — the
/// zome call between two cells that a guest→guest dance adds its envelope and session to.
@_expose(wasm, "call_ping") @_cdecl("call_ping")
public func callPing(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (role: String) throws(WasmError) -> Unit in
    try call(role == "." ? .local : .otherRole(role), zome: "holons", function: "ping", payload: Unit()).decode(Unit.self)
  }
}
