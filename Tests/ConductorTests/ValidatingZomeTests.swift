import Conductor
import ConductorAPI
import HoloCore
import HoloswiftTesting
import Keystore
import StateStore
import Testing

/// The `validating` integrity zome (Guest/Zomes/validating), driven through `hostfn`'s pass-through externs:
/// notes of 1…140 Unicode scalars and `related` link tags of at most 64 bytes, everything else refused.
@Suite struct ValidatingZomeTests {
  /// A DNA whose only integrity zome is `validating` (zome 0), with `hostfn` to create and link.
  static func dna() throws -> DnaFile {
    DnaFile(
      name: "validating", modifiers: DnaModifiers(networkSeed: "validating-tests"),
      integrity: [.init(name: "validating", wasm: try GuestWasm.load("validating"))],
      coordinators: [.init(name: "hostfn", wasm: try GuestWasm.load("hostfn"), dependencies: ["validating"])])
  }

  /// A `Note {text}` entry, as the zome's msgpack struct.
  static func note(_ text: String) -> Entry {
    var writer = MsgPackWriter()
    writer.writeMapHeader(1)
    writer.write("text")
    writer.write(text)
    return .app(AppEntryBytes(bytes: writer.bytes))
  }

  static func create(_ text: String) -> CreateInput {
    CreateInput(
      entryLocation: .app(AppEntryDefLocation(zomeIndex: ZomeIndex(0), entryDefIndex: EntryDefIndex(0))),
      entryVisibility: .public, entry: note(text))
  }

  @Test func validNotesAndLinksAreCommitted() async throws {
    let conductor = try SweetConductor()
    let alice = try await conductor.install(try Self.dna())
    let short: ActionHash = try await alice.call("hostfn", "create_entry", Self.create("hello"))
    // 140 scalars of two UTF-8 bytes each: the limit counts characters, not bytes.
    let longest: ActionHash = try await alice.call("hostfn", "create_entry", Self.create(String(repeating: "é", count: 140)))
    let link = CreateLinkInput(
      baseAddress: AnyLinkableHash(short)!, targetAddress: AnyLinkableHash(longest)!, zomeIndex: ZomeIndex(0),
      linkType: LinkType(0), tag: LinkTag(bytes: [UInt8](repeating: 7, count: 64)))
    let linked: ActionHash = try await alice.call("hostfn", "create_link", link)
    let records: [Record?] = try await alice.call(
      "hostfn", "get_records", [GetInput(anyDhtHash: AnyDhtHash(short)!), GetInput(anyDhtHash: AnyDhtHash(linked)!)])
    #expect(records[0]?.entry.entry == Self.note("hello"))
    #expect(records[1]?.actionHash == linked)
  }

  @Test func badNotesUpdatesAndTagsFailWithTheZomesMessageAndWriteNothing() async throws {
    let conductor = try SweetConductor()
    let alice = try await conductor.install(try Self.dna())
    let kept: ActionHash = try await alice.call("hostfn", "create_entry", Self.create("kept"))
    let head = try await alice.call("hostfn", "agent_info", as: AgentInfo.self).chainHead

    let empty = await alice.callFallible("hostfn", "create_entry", Self.create(""), as: ActionHash.self)
    guard case .failure(.invalidCommit(let emptyReason)) = empty else { Issue.record("expected invalidCommit, got \(empty)"); return }
    #expect(emptyReason == "a note's text must not be empty")

    let long = await alice.callFallible(
      "hostfn", "create_entry", Self.create(String(repeating: "é", count: 141)), as: ActionHash.self)
    guard case .failure(.invalidCommit(let longReason)) = long else { Issue.record("expected invalidCommit, got \(long)"); return }
    #expect(longReason == "a note's text must be at most 140 characters, this one has 141")

    let update = await alice.callFallible(
      "hostfn", "update_entry", UpdateInput(originalActionAddress: kept, entry: Self.note("")), as: ActionHash.self)
    guard case .failure(.invalidCommit) = update else { Issue.record("expected invalidCommit, got \(update)"); return }

    let tag = CreateLinkInput(
      baseAddress: AnyLinkableHash(kept)!, targetAddress: AnyLinkableHash(kept)!, zomeIndex: ZomeIndex(0),
      linkType: LinkType(0), tag: LinkTag(bytes: [UInt8](repeating: 7, count: 65)))
    let link = await alice.callFallible("hostfn", "create_link", tag, as: ActionHash.self)
    guard case .failure(.invalidCommit(let tagReason)) = link else { Issue.record("expected invalidCommit, got \(link)"); return }
    #expect(tagReason == "a link tag must be at most 64 bytes, this one has 65")

    let after = try await alice.call("hostfn", "agent_info", as: AgentInfo.self).chainHead
    #expect(after == head)
  }

  @Test func genesisSelfCheckRefusesABadMembraneProofAndNothingOfTheAppStays() async throws {
    let sweet = try SweetConductor()
    let conductor = sweet.conductor
    let agent = try sweet.newAgent()
    let refused = await #expect(throws: ConductorError.self) {
      _ = try await conductor.install(try Self.dna(), agent: agent, app: "proofs", membraneProof: MembraneProof(encoding: "bad proof"))
    }
    guard case .genesisFailed(let reason)? = refused else { Issue.record("expected genesisFailed, got \(String(describing: refused))"); return }
    #expect(reason == "this membrane proof is refused")
    #expect(conductor.apps.isEmpty && conductor.cellIds.isEmpty)

    // Two roles, the second refused: the first role's genesis is undone too, and a later install starts afresh.
    let forum = AppInstallation.Role(name: "forum", dna: try ForumTests.dna(seed: "proofs"))
    let notes = AppInstallation.Role(name: "notes", dna: try Self.dna())
    await #expect(throws: ConductorError.self) {
      _ = try await conductor.installApp(
        AppInstallation(
          appId: "two", agent: agent, roles: [forum, notes], membraneProofs: ["notes": MembraneProof(encoding: "bad proof")]))
    }
    let forumCell = CellId(dnaHash: forum.dna.hash, agent: agent)
    let leftover = try conductor.store.sourceChain(for: forumCell, signer: KeystoreSigner(keystore: conductor.keystore))
    #expect(try leftover.head() == nil)
    let app = try await conductor.installApp(
      AppInstallation(appId: "two", agent: agent, roles: [forum, notes], membraneProofs: ["notes": MembraneProof(encoding: "fine")]))
    #expect(app.status == .disabled(.neverStarted))
  }

  /// Holochain's `ignore_genesis_failure`: the install still fails, but the app stays, disabled.
  @Test func ignoringGenesisFailureKeepsTheAppDisabled() async throws {
    let sweet = try SweetConductor()
    let conductor = sweet.conductor
    let agent = try sweet.newAgent()
    let forum = AppInstallation.Role(name: "forum", dna: try ForumTests.dna(seed: "kept"))
    let notes = AppInstallation.Role(name: "notes", dna: try Self.dna())
    var installation = AppInstallation(
      appId: "kept", agent: agent, roles: [forum, notes], membraneProofs: ["notes": MembraneProof(encoding: "bad proof")])
    installation.keepsAppOnGenesisFailure = true
    let refused = await #expect(throws: ConductorError.self) { _ = try await conductor.installApp(installation) }
    guard case .genesisFailed? = refused else { Issue.record("expected genesisFailed, got \(String(describing: refused))"); return }
    let kept = try #require(conductor.apps.first { $0.id == "kept" })
    #expect(kept.status == .disabled(.neverStarted))
    let forumCell = CellId(dnaHash: forum.dna.hash, agent: agent)
    let chain = try conductor.store.sourceChain(for: forumCell, signer: KeystoreSigner(keystore: conductor.keystore))
    #expect(try chain.head() != nil, "the genesis that passed is kept")
  }
}
