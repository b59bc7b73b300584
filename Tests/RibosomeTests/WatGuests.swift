import HoloCore
import Ribosome
import WAT

/// Hand-written guests speaking Holochain's ABI: a bump allocator and externs that test one thing each.
enum WatGuests {
  static let abi = """
      (memory (export "memory") 2)
      (global $heap (mut i32) (i32.const 1024))
      (func $alloc (export "__hc__allocate_1") (param $len i32) (result i32)
        (local $ptr i32)
        (local.set $ptr (global.get $heap))
        (global.set $heap (i32.add (global.get $heap) (local.get $len)))
        (local.get $ptr))
      (func (export "__hc__deallocate_1") (param i32 i32))
    """

  static let smoke = """
    (module
      (import "env" "__hc__random_bytes_1" (func $random (param i32 i32) (result i64)))
      (import "env" "__hc__get_links_1" (func $get_links (param i32 i32) (result i64)))
      (import "env" "__hc__stop_1" (func $stop (param i32 i32) (result i64)))
      \(abi)
      ;; echo: returns {"Ok": <its own ExternIO input>}
      (func (export "echo") (param $ptr i32) (param $len i32) (result i64)
        (local $out i32)
        (local.set $out (call $alloc (i32.add (local.get $len) (i32.const 4))))
        (i32.store8 (local.get $out) (i32.const 0x81))
        (i32.store8 offset=1 (local.get $out) (i32.const 0xa2))
        (i32.store8 offset=2 (local.get $out) (i32.const 0x4f))
        (i32.store8 offset=3 (local.get $out) (i32.const 0x6b))
        (memory.copy (i32.add (local.get $out) (i32.const 4)) (local.get $ptr) (local.get $len))
        (i64.or (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32))
                (i64.extend_i32_u (i32.add (local.get $len) (i32.const 4)))))
      ;; random4: random_bytes(4); the host's {"Ok": bin} is itself a valid Result<ExternIO>
      (func (export "random4") (param i32 i32) (result i64)
        (local $in i32)
        (local.set $in (call $alloc (i32.const 1)))
        (i32.store8 (local.get $in) (i32.const 4))
        (call $random (local.get $in) (i32.const 1)))
      ;; get_links with a nil input: the host answers {"Err": WasmError}, passed on as is
      (func (export "get_links") (param i32 i32) (result i64)
        (local $in i32)
        (local.set $in (call $alloc (i32.const 1)))
        (i32.store8 (local.get $in) (i32.const 0xc0))
        (call $get_links (local.get $in) (i32.const 1)))
      (func (export "short_circuit") (param i32 i32) (result i64)
        (local $in i32)
        (local.set $in (call $alloc (i32.const 1)))
        (i32.store8 (local.get $in) (i32.const 0xc0))
        (call $stop (local.get $in) (i32.const 1)))
      (func (export "loop_forever") (param i32 i32) (result i64)
        (loop $again (br $again))
        (i64.const 0))
      (func (export "memory_bomb") (param i32 i32) (result i64)
        (loop $again (br_if $again (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))
        unreachable)
      (func (export "trap") (param i32 i32) (result i64) unreachable)
      (func (export "bad_pointer") (param i32 i32) (result i64) (i64.const 0x7fffff0000000010))
      (func (export "not_a_result") (param i32 i32) (result i64)
        (local $out i32)
        (local.set $out (call $alloc (i32.const 1)))
        (i32.store8 (local.get $out) (i32.const 0x2a))
        (i64.or (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32)) (i64.const 1)))
    )
    """

  static func wasm(_ text: String) throws -> [UInt8] { try wat2wasm(text) }

  /// The smoke guest's host functions: Holochain's, plus a `stop` that short-circuits with `[0xc3]` (true).
  static var hostFunctions: HostFunctionTable {
    var table = HostFunctionTable.holochain
    table.merge([
      HostFunction.typed("stop") { (_, _: Unit) throws(HostFunctionFailure) -> Unit in throw .shortCircuit([0xc3]) }
    ])
    return table
  }
}
