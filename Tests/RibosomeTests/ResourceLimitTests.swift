import HoloCore
import Ribosome
import Testing

/// Guests that abuse the host's resources end with an error of their own, and the ribosome goes on serving:
/// endless recursion, a result larger than memory, a memory bomb, a loop.
@Suite struct ResourceLimitTests {
  static let abusive = """
    (module
      \(WatGuests.abi)
      (func $down (param i64) (result i64) (call $down (i64.add (local.get 0) (i64.const 1))))
      (func (export "recurse") (param i32 i32) (result i64) (call $down (i64.const 0)))
      ;; claims a 4 GiB result at address 0
      (func (export "huge_result") (param i32 i32) (result i64) (i64.const 0x00000000ffffffff))
      ;; claims a result that starts beyond memory
      (func (export "far_result") (param i32 i32) (result i64) (i64.const 0xfffffff000000010))
      (func (export "memory_bomb") (param i32 i32) (result i64)
        (loop $again (br_if $again (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))
        unreachable)
      (func (export "loop_forever") (param i32 i32) (result i64)
        (loop $again (br $again))
        (i64.const 0))
    )
    """

  let ribosome: Ribosome

  init() throws {
    ribosome = try Ribosome(
      zomes: ["smoke": try WatGuests.wasm(Self.abusive)],
      configuration: RibosomeConfiguration(fuelPerCall: 50_000_000, memoryLimitBytes: 8 << 20, callDeadline: nil),
      hostFunctions: WatGuests.hostFunctions)
  }

  @Test func endlessRecursionTrapsWithoutTouchingTheNativeStack() {
    #expect(throws: RibosomeError.trap(zome: "smoke", function: "recurse", reason: "call stack exhausted")) {
      try ribosome.smoke("recurse")
    }
  }

  @Test(arguments: ["huge_result", "far_result"])
  func aResultOutsideMemoryIsAnABIViolation(function: String) {
    #expect {
      try ribosome.smoke(function)
    } throws: { error in
      guard case RibosomeError.abiViolation(let zome, let failed, _) = error else { return false }
      return zome == "smoke" && failed == function
    }
  }

  @Test func bombsAndLoopsEndAndTheNextCallRuns() {
    #expect(throws: RibosomeError.memoryLimit(zome: "smoke", function: "memory_bomb", limitBytes: 8 << 20)) {
      try ribosome.smoke("memory_bomb")
    }
    #expect(throws: RibosomeError.outOfFuel(zome: "smoke", function: "loop_forever", budget: 50_000_000)) {
      try ribosome.smoke("loop_forever")
    }
    #expect(throws: RibosomeError.trap(zome: "smoke", function: "recurse", reason: "call stack exhausted")) {
      try ribosome.smoke("recurse")
    }
  }
}
