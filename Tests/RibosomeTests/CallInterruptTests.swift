import Dispatch
import HoloCore
import Ribosome
import Testing

/// A runaway guest stops at its wall-clock deadline, or as soon as nobody waits for it, with its own error —
/// whatever its fuel budget.
@Suite struct CallInterruptTests {
  /// The WAT smoke guest with endless fuel: only an interrupt can end `loop_forever`.
  static func ribosome(deadline: Duration?) throws -> Ribosome {
    try Ribosome(
      zomes: ["smoke": try WatGuests.wasm(WatGuests.smoke)],
      configuration: RibosomeConfiguration(fuelPerCall: .max, memoryLimitBytes: 16 << 20, callDeadline: deadline),
      hostFunctions: WatGuests.hostFunctions)
  }

  @Test func aLoopStopsAtItsDeadline() throws {
    let ribosome = try Self.ribosome(deadline: .milliseconds(200))
    #expect(throws: RibosomeError.deadlineExceeded(zome: "smoke", function: "loop_forever", limit: .milliseconds(200))) {
      try ribosome.smoke("loop_forever")
    }
    // The instance that was stopped is not reused; the next call runs on a fresh one and succeeds.
    let payload = ExternIO(encoding: "still here")
    #expect(try ribosome.smoke("echo", payload) == payload)
  }

  @Test func aTriggeredInterruptStopsTheLoopAndEveryLaterCallUnderIt() throws {
    let ribosome = try Self.ribosome(deadline: nil)
    let interrupt = CallInterrupt()
    let context = bareContext(function: "loop_forever", access: .zomeCall, interrupt: interrupt)
    // Triggered from another thread once the loop runs (or before: then the call never starts).
    DispatchQueue.global().async { interrupt.trigger(.cancelled) }
    #expect(throws: RibosomeError.cancelled(zome: "smoke", function: "loop_forever")) {
      try ribosome.call(zome: "smoke", function: "loop_forever", payload: .unit, context: context)
    }
    #expect(throws: RibosomeError.cancelled(zome: "smoke", function: "echo")) {
      try ribosome.call(zome: "smoke", function: "echo", payload: .unit, context: context)
    }
    #expect(interrupt.reason == .cancelled)
  }

  @Test func theFirstReasonWins() {
    let interrupt = CallInterrupt()
    interrupt.trigger(.deadline(.seconds(1)))
    interrupt.trigger(.cancelled)
    #expect(interrupt.reason == .deadline(.seconds(1)))
  }
}
