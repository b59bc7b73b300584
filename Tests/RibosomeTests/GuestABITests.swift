import Foundation
import HoloCore
import Ribosome
import Synchronization
import Testing

@Suite struct GuestABITests {
  let ribosome: Ribosome

  init() throws {
    ribosome = try Ribosome(
      zomes: ["smoke": try WatGuests.wasm(WatGuests.smoke)],
      configuration: RibosomeConfiguration(fuelPerCall: 1_000_000, memoryLimitBytes: 16 << 20),
      hostFunctions: WatGuests.hostFunctions)
  }

  @Test func anExternReceivesItsExternIOAndReturnsOk() throws {
    let payload = ExternIO(encoding: "hello, zome")
    #expect(try ribosome.smoke("echo", payload) == payload)
    #expect(try ribosome.smoke("echo", payload).decode(String.self) == "hello, zome")
  }

  @Test func hostFunctionsReadTheirInputAndWriteResultOk() throws {
    let first = try ribosome.smoke("random4")
    let second = try ribosome.smoke("random4")
    #expect(first.bytes.count == 4)
    #expect(first != second)
  }

  @Test func aHostFunctionsErrorReachesTheGuestAsIs() {
    // The WAT guest sends get_links a msgpack nil, which is no Vec<GetLinksInput>: the host answers
    // Err(Deserialize(bytes)), and the guest passes it on.
    #expect {
      try ribosome.smoke("get_links")
    } throws: { error in
      guard case RibosomeError.guest(let wasmError) = error, case .deserialize(let bytes) = wasmError.error else {
        return false
      }
      return bytes == [0xC0]
    }
  }

  @Test func hostAccessIsEnforced() {
    #expect {
      try ribosome.smoke("random4", access: .validation)
    } throws: { error in
      guard case RibosomeError.guest(let wasmError) = error, case .host(let message) = wasmError.error else { return false }
      return message.contains("random_bytes is not allowed")
    }
  }

  @Test func aShortCircuitEndsTheCallWithTheHostsBytes() {
    #expect(throws: RibosomeError.hostShortCircuit([0xc3])) { try ribosome.smoke("short_circuit") }
  }

  @Test func anEndlessLoopRunsOutOfFuelQuickly() {
    let start = ContinuousClock.now
    #expect(throws: RibosomeError.outOfFuel(zome: "smoke", function: "loop_forever", budget: 1_000_000)) {
      try ribosome.smoke("loop_forever")
    }
    #expect(ContinuousClock.now - start < .seconds(5))
  }

  @Test func aMemoryBombHitsTheCap() {
    #expect(throws: RibosomeError.memoryLimit(zome: "smoke", function: "memory_bomb", limitBytes: 16 << 20)) {
      try ribosome.smoke("memory_bomb")
    }
  }

  @Test func trapsAndBrokenOutputAreErrorsNotCrashes() {
    #expect(throws: RibosomeError.trap(zome: "smoke", function: "trap", reason: "unreachable")) {
      try ribosome.smoke("trap")
    }
    #expect { try ribosome.smoke("bad_pointer") } throws: { error in
      if case RibosomeError.abiViolation(_, "bad_pointer", _) = error { true } else { false }
    }
    #expect { try ribosome.smoke("not_a_result") } throws: { error in
      if case RibosomeError.abiViolation(_, "not_a_result", _) = error { true } else { false }
    }
    #expect(throws: RibosomeError.noSuchFunction(zome: "smoke", function: "nope")) { try ribosome.smoke("nope") }
  }

  @Test func anEndlessLoopDoesNotStopOtherCalls() async throws {
    let ribosome = self.ribosome
    async let looping: Result<ExternIO, RibosomeError> = ZomeCallThreads.run {
      Result { () throws(RibosomeError) in try ribosome.smoke("loop_forever") }
    }
    let echoed = try await ZomeCallThreads.run { () throws(RibosomeError) in
      try ribosome.smoke("echo", ExternIO(encoding: 42))
    }
    #expect(try echoed.decode(Int.self) == 42)
    guard case .failure(.outOfFuel) = await looping else {
      Issue.record("the loop should run out of fuel")
      return
    }
  }
}

@Suite struct ModuleLoadingTests {
  @Test func malformedWasmIsRefusedAtLoad() {
    #expect { try Ribosome(zomes: ["bad": [0x00, 0x61, 0x73, 0x6d, 0x01]]) } throws: { error in
      if case RibosomeError.invalidModule(zome: "bad", _) = error { true } else { false }
    }
  }

  @Test func anImportTheHostLacksIsRefusedAtLoad() throws {
    let wasm = try WatGuests.wasm(
      "(module (import \"env\" \"__hc__teleport_1\" (func (param i32 i32) (result i64))) \(WatGuests.abi))")
    #expect(throws: RibosomeError.unknownImport(zome: "z", module: "env", name: "__hc__teleport_1")) {
      try Ribosome(zomes: ["z": wasm])
    }
  }

  @Test func theABIExportsAreRequired() throws {
    let wasm = try WatGuests.wasm("(module (memory (export \"memory\") 1))")
    #expect(throws: RibosomeError.missingABIExport(zome: "z", name: "__hc__allocate_1")) {
      try Ribosome(zomes: ["z": wasm])
    }
  }

  @Test func everyHolochainHostFunctionIsOffered() {
    let names = Set(HostFunctionTable.holochain.importNames)
    for name in ["agent_info", "create", "get", "query", "call", "sys_time", "random_bytes", "must_get_entry", "sleep"] {
      #expect(names.contains("__hc__\(name)_1"))
    }
    #expect(names.contains("__hc__dna_info_2"))
  }
}
