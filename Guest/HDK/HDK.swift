// HDK: the guest side of the Holochain zome ABI, in Embedded Swift for wasm32.
//
// A zome imports this module only: it re-exports HoloCore, whose types (`Timestamp`, `WasmError`,
// `ExternIO`, `AgentPubKey`, …) cross the boundary as msgpack exactly as Holochain's Rust HDK writes them.
//
// Layers (see Guest/README.md):
// - ABI/, Runtime/: `extern`, `hostCall`, the heap, `print`.
// - HostFunctions/: `HostFn.<name>(input)`, one typed function per Holochain 0.7 host import.
// - API/, Validation/, HashPath/: the hdk/hdi-style layer: entry and link type declarations, entries, links,
//   calls, signals, capabilities, crypto, callbacks, `FlatOp`, paths and anchors.
//
// ```swift
// import HDK
//
// @_expose(wasm, "echo") @_cdecl("echo")
// public func echo(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
//   extern(ptr, len) { (text: String) throws(WasmError) -> String in text }
// }
// ```
@_exported public import HoloCore
