import Conductor
import Foundation
import HoloCore
import HoloswiftTesting
import Testing

/// A zome built by Holochain with its own Rust HDK (`test_wasm_foo`, from Holochain's test fixtures) runs here
/// unmodified: its `init` commits an unrestricted capability grant for `foo` (create with a CapGrant entry),
/// another agent then calls `foo` through it, and `get_dna_hash` reads `dna_info`. The wasm is Holochain's, so
/// it is not in this repository: the test reads it from a Holochain checkout (`HOLOSWIFT_RUST_FOO_WASM`, or the
/// reference checkout at /work/ref) and is skipped where there is none.
@Suite struct RustHdkZomeTests {
  static let wasmPath =
    ProcessInfo.processInfo.environment["HOLOSWIFT_RUST_FOO_WASM"]
    ?? "/work/ref/holochain/crates/hc_sandbox/tests/fixtures/my-app/dna/zomes/test_wasm_foo.wasm"

  static var available: Bool { FileManager.default.fileExists(atPath: wasmPath) }

  @Test(.enabled(if: available, "needs Holochain's test_wasm_foo.wasm (a Holochain checkout)"))
  func aZomeBuiltWithHolochainsRustHdkRunsUnmodified() async throws {
    let wasm = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.wasmPath)))
    let dna = DnaFile(
      name: "a dna", modifiers: DnaModifiers(networkSeed: "00000000-0000-0000-0000-000000000000"),
      integrity: [], coordinators: [.init(name: "foo", wasm: wasm)])
    let conductor = try SweetConductor()
    let alice = try await conductor.install(dna)
    let bob = try await conductor.install(dna)

    #expect(try await alice.call("foo", "foo", as: String.self) == "foo")
    #expect(try await alice.call("foo", "get_dna_hash", as: DnaHash.self) == dna.hash)
    // init ran first and committed the grant: Bob calls Alice's `foo` with no secret.
    let grants = try alice.chain().filter { $0.action.entryType == .capGrant }
    #expect(grants.count == 1)
    #expect(try await alice.call("foo", "foo", as: String.self, provenance: bob.agent) == "foo")
    // `get_dna_hash` is not in the grant.
    let refused = await alice.callFallible("foo", "get_dna_hash", as: DnaHash.self, provenance: bob.agent)
    guard case .failure(.unauthorized) = refused else { Issue.record("expected unauthorized, got \(refused)"); return }
  }
}
