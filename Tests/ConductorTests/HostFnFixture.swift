import Conductor
import HoloCore
import HoloswiftTesting
import Ribosome

/// The host-function test DNA (`Guest/Zomes/hostfn_integrity` + `hostfn`, and `smoke` as a second
/// coordinator) on a fresh in-process conductor.
struct HostFnFixture {
  let conductor: SweetConductor
  let alice: SweetCell

  init(
    configuration: RibosomeConfiguration = RibosomeConfiguration(
      fuelPerCall: 200_000_000, memoryLimitBytes: 64 << 20, callDeadline: nil),
    hostFunctions: HostFunctionTable = .holochain
  ) async throws {
    conductor = try SweetConductor(configuration: configuration, hostFunctions: hostFunctions)
    alice = try await conductor.install(try Self.dna())
  }

  static func dna(seed: String = "hostfn-tests") throws -> DnaFile {
    DnaFile(
      name: "hostfn", modifiers: DnaModifiers(networkSeed: seed),
      integrity: [.init(name: "hostfn_integrity", wasm: try GuestWasm.load("hostfn_integrity"))],
      coordinators: [
        .init(name: "hostfn", wasm: try GuestWasm.load("hostfn")),
        .init(name: "smoke", wasm: try GuestWasm.load("smoke")),
      ])
  }
}

/// Inputs for the entry and link types of `hostfn_integrity` (zome 0).
enum Things {
  static func thing(_ text: String, ordering: ChainTopOrdering = .strict) -> CreateInput {
    create(0, .public, ExternIO(encoding: text).bytes, ordering: ordering)
  }

  static func secret(_ text: String) -> CreateInput { create(1, .private, ExternIO(encoding: text).bytes) }

  static func reply(to hash: ActionHash) -> CreateInput { create(2, .public, hash.msgpackBytes()) }

  static func entry(_ text: String) -> Entry { .app(AppEntryBytes(bytes: ExternIO(encoding: text).bytes)) }

  static func create(_ index: UInt8, _ visibility: EntryVisibility, _ bytes: [UInt8], ordering: ChainTopOrdering = .strict)
    -> CreateInput
  {
    CreateInput(
      entryLocation: .app(AppEntryDefLocation(zomeIndex: ZomeIndex(0), entryDefIndex: EntryDefIndex(index))),
      entryVisibility: visibility, entry: .app(AppEntryBytes(bytes: bytes)), chainTopOrdering: ordering)
  }

  static func link(_ base: ActionHash, _ target: ActionHash, type: UInt8 = 0, tag: String = "") -> CreateLinkInput {
    CreateLinkInput(
      baseAddress: AnyLinkableHash(base)!, targetAddress: AnyLinkableHash(target)!, zomeIndex: ZomeIndex(0),
      linkType: LinkType(type), tag: LinkTag(bytes: Array(tag.utf8)))
  }

  static func links(_ base: ActionHash, tagPrefix: String? = nil) -> GetLinksInput {
    GetLinksInput(
      baseAddress: AnyLinkableHash(base)!, linkType: .dependencies([ZomeIndex(0)]),
      tagPrefix: tagPrefix.map { LinkTag(bytes: Array($0.utf8)) })
  }
}
