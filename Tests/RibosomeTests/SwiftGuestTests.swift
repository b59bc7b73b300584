import Foundation
import HoloCore
import Ribosome
import StateStore
import Testing

/// The smoke zome written in Embedded Swift with our HDK (`Guest/Zomes/smoke`, built by `make zomes`),
/// running in the Ribosome: the whole guest ABI, both directions, end to end.
@Suite struct SwiftGuestTests {
  let ribosome: Ribosome

  init() throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "../../.build-guests/smoke.wasm"
    ).standardized.path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GuestMissing(path: path)
    }
    ribosome = try Ribosome(
      zomes: ["smoke": [UInt8](data)],
      configuration: RibosomeConfiguration(fuelPerCall: 20_000_000, memoryLimitBytes: 32 << 20, callDeadline: nil))
  }

  struct GuestMissing: Error, CustomStringConvertible {
    let path: String
    var description: String { "\(path) is missing: run `make zomes` (make test does)" }
  }

  @Test func aSwiftZomesInstanceIsReusedAndAnswersTheSame() throws {
    let payload = ExternIO(encoding: "again and again")
    for _ in 0..<3 { #expect(try ribosome.smoke("echo", payload) == payload) }
    #expect(ribosome.idleInstances(zome: "smoke") == 1)
  }

  @Test func typedValuesRoundTrip() throws {
    #expect(try ribosome.smoke("echo", ExternIO(encoding: "héllo 🌍")).decode(String.self) == "héllo 🌍")
    #expect(try ribosome.smoke("add", ExternIO(encoding: [Int64(40), 2])).decode(Int64.self) == 42)
  }

  @Test func guestErrorsArriveAsWasmErrors() {
    #expect(throws: RibosomeError.self) { try ribosome.smoke("add", ExternIO(encoding: [Int64(1)])) }
    #expect {
      try ribosome.smoke("fail", ExternIO(encoding: Unit()))
    } throws: { error in
      guard case RibosomeError.guest(let wasmError) = error else { return false }
      return wasmError.error == .guest("smoke failure")
    }
    #expect {
      try ribosome.smoke("echo", ExternIO(encoding: 12))
    } throws: { error in
      guard case RibosomeError.guest(let wasmError) = error, case .deserialize = wasmError.error else { return false }
      return true
    }
  }

  @Test func hostFunctionsAnswerSwiftGuests() throws {
    let before = Timestamp.now()
    let time = try ribosome.smoke("sys_time", ExternIO(encoding: Unit())).decode(Timestamp.self)
    #expect(time >= before)
    let bytes = try ribosome.smoke("random_bytes", ExternIO(encoding: UInt32(32))).decode(SerializedBytes.self)
    #expect(bytes.bytes.count == 32)
  }

  @Test func trapsLoopsAndBombsEndInErrors() {
    #expect { try ribosome.smoke("trap", ExternIO(encoding: Unit())) } throws: { error in
      if case RibosomeError.trap(_, "trap", _) = error { true } else { false }
    }
    #expect { try ribosome.smoke("loop_forever", ExternIO(encoding: Unit())) } throws: { error in
      if case RibosomeError.outOfFuel = error { true } else { false }
    }
    #expect { try ribosome.smoke("memory_bomb", ExternIO(encoding: Unit())) } throws: { error in
      if case RibosomeError.memoryLimit = error { true } else { false }
    }
  }

  @Test func theGuestHeapIsReused() throws {
    let first = try ribosome.smoke("allocations", ExternIO(encoding: Unit())).decode(UInt32.self)
    #expect(first < 4 << 20)
  }
}
