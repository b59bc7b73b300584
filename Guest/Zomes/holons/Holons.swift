// The holons coordinator zome: one extern, `dance` (a DanceRequestEnvelope in, a DanceResponseEnvelope out),
// behind which run the standard dances (commit, stage_new_holon, get_all_holons, get_holon_by_id, delete_holon,
// fetch_all_related_holons, query_relationships, relay). See Guest/HolonsGuest.
//
// Exports: `init`, `dance`.
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
