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
      configuration: RibosomeConfiguration(fuelPerCall: 1_000_000, memoryLimitBytes: 16 << 20, callDeadline: nil),
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

  /// Every import Holochain 0.7's ribosome registers (its `real_ribosome.rs`, but the ABI's own allocate and
  /// deallocate, which guests export).
  @Test func everyHolochainHostFunctionIsOffered() {
    let holochain = [
      "accept_countersigning_preflight_request_1", "agent_info_1", "call_1", "call_info_1", "capability_claims_1",
      "capability_grants_1", "capability_info_1", "close_chain_1", "count_links_1", "create_1", "create_clone_cell_1",
      "create_link_1", "create_x25519_keypair_1", "delete_1", "delete_clone_cell_1", "delete_link_1",
      "disable_clone_cell_1", "dna_info_1", "dna_info_2", "ed_25519_x_salsa20_poly1305_decrypt_1",
      "ed_25519_x_salsa20_poly1305_encrypt_1", "emit_signal_1", "enable_clone_cell_1", "get_1",
      "get_agent_activity_1", "get_details_1", "get_init_properties_1", "get_links_1", "get_links_details_1",
      "get_validation_receipts_1", "must_get_action_1", "must_get_agent_activity_1", "must_get_entry_1",
      "must_get_valid_record_1", "open_chain_1", "query_1", "random_bytes_1", "schedule_1", "send_remote_signal_1",
      "sign_1", "sign_ephemeral_1", "sleep_1", "sys_time_1", "trace_1", "update_1", "verify_signature_1",
      "x_25519_x_salsa20_poly1305_decrypt_1", "x_25519_x_salsa20_poly1305_encrypt_1", "x_salsa20_poly1305_decrypt_1",
      "x_salsa20_poly1305_encrypt_1", "x_salsa20_poly1305_shared_secret_create_random_1",
      "x_salsa20_poly1305_shared_secret_export_1", "x_salsa20_poly1305_shared_secret_ingest_1", "zome_info_1",
    ].map { "__hc__" + $0 }
    #expect(Set(HostFunctionTable.holochain.importNames) == Set(holochain))
  }
}
