import HoloCore
import Ribosome
import Testing

/// Instances are reused across calls only in a state the guest cannot tell from a brand-new instance.
@Suite struct InstancePoolTests {
  /// A guest with state in every place wasm has it: a hidden mutable global, linear memory, a table entry.
  /// `count` bumps all three and reports them (`[calls, memory cell, table[0]()]`), so a fresh instance always
  /// answers `[1, 1, 1]` and a reused instance that was not reset answers more.
  static let stateful = """
    (module
      (memory (export "memory") 1)
      (global $heap (mut i32) (i32.const 1024))
      (global $calls (mut i32) (i32.const 0))
      (type $answer (func (result i32)))
      (table 1 funcref)
      (elem (i32.const 0) $one)
      (elem declare func $two)
      (func $one (result i32) (i32.const 1))
      (func $two (result i32) (i32.const 2))
      (func $alloc (export "__hc__allocate_1") (param $len i32) (result i32)
        (local $ptr i32)
        (local.set $ptr (global.get $heap))
        (global.set $heap (i32.add (global.get $heap) (local.get $len)))
        (local.get $ptr))
      (func (export "__hc__deallocate_1") (param i32 i32))
      ;; {"Ok": bin(msgpack [a, b, c])} for three small numbers
      (func $answer3 (param $a i32) (param $b i32) (param $c i32) (result i64)
        (local $out i32)
        (local.set $out (call $alloc (i32.const 10)))
        (i32.store8 (local.get $out) (i32.const 0x81))
        (i32.store8 offset=1 (local.get $out) (i32.const 0xa2))
        (i32.store8 offset=2 (local.get $out) (i32.const 0x4f))
        (i32.store8 offset=3 (local.get $out) (i32.const 0x6b))
        (i32.store8 offset=4 (local.get $out) (i32.const 0xc4))
        (i32.store8 offset=5 (local.get $out) (i32.const 4))
        (i32.store8 offset=6 (local.get $out) (i32.const 0x93))
        (i32.store8 offset=7 (local.get $out) (local.get $a))
        (i32.store8 offset=8 (local.get $out) (local.get $b))
        (i32.store8 offset=9 (local.get $out) (local.get $c))
        (i64.or (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32)) (i64.const 10)))
      (func (export "count") (param i32 i32) (result i64)
        (local $seen i32)
        (global.set $calls (i32.add (global.get $calls) (i32.const 1)))
        (i32.store (i32.const 16) (i32.add (i32.load (i32.const 16)) (i32.const 1)))
        (local.set $seen (call_indirect (type $answer) (i32.const 0)))
        (table.set (i32.const 0) (ref.func $two))
        (call $answer3 (global.get $calls) (i32.load (i32.const 16)) (local.get $seen)))
      (func (export "grow_then_size") (param i32 i32) (result i64)
        (drop (memory.grow (i32.const 1)))
        (call $answer3 (memory.size) (i32.const 0) (i32.const 0)))
      (func (export "trap_after_bump") (param i32 i32) (result i64)
        (global.set $calls (i32.add (global.get $calls) (i32.const 5)))
        unreachable)
    )
    """

  static func ribosome(idle: Int = 4) throws -> Ribosome {
    try Ribosome(
      zomes: ["smoke": try WatGuests.wasm(stateful)],
      configuration: RibosomeConfiguration(
        fuelPerCall: 1_000_000, memoryLimitBytes: 16 << 20, idleInstancesPerZome: idle, callDeadline: nil))
  }

  @Test func aReusedInstanceLooksBrandNewToTheGuest() throws {
    let ribosome = try Self.ribosome()
    for _ in 0..<3 {
      #expect(try ribosome.smoke("count").decode([Int].self) == [1, 1, 1])
      #expect(ribosome.idleInstances(zome: "smoke") == 1)
    }
  }

  @Test func anInstanceWhoseMemoryGrewIsDiscarded() throws {
    let ribosome = try Self.ribosome()
    _ = try ribosome.smoke("count")
    #expect(try ribosome.smoke("grow_then_size").decode([Int].self) == [2, 0, 0])
    #expect(ribosome.idleInstances(zome: "smoke") == 0)
    #expect(try ribosome.smoke("grow_then_size").decode([Int].self) == [2, 0, 0])
  }

  @Test func aFailedCallsInstanceIsDiscarded() throws {
    let ribosome = try Self.ribosome()
    _ = try ribosome.smoke("count")
    #expect(ribosome.idleInstances(zome: "smoke") == 1)
    #expect(throws: RibosomeError.self) { try ribosome.smoke("trap_after_bump") }
    #expect(ribosome.idleInstances(zome: "smoke") == 0)
    #expect(try ribosome.smoke("count").decode([Int].self) == [1, 1, 1])
  }

  @Test func withoutIdleInstancesEveryCallGetsANewOne() throws {
    let ribosome = try Self.ribosome(idle: 0)
    #expect(try ribosome.smoke("count").decode([Int].self) == [1, 1, 1])
    #expect(try ribosome.smoke("count").decode([Int].self) == [1, 1, 1])
    #expect(ribosome.idleInstances(zome: "smoke") == 0)
  }
}
