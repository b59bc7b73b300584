import ConductorAPI
import Conductor
import HoloCore
import HoloswiftTesting
import Testing

/// Clone cells through the conductor and through the clone-cell host functions.
@Suite struct CloneCellTests {
  static func installed(_ sweet: SweetConductor, cloneLimit: Int = 1) async throws -> InstalledApp {
    let app = try await sweet.conductor.installApp(
      AppInstallation(appId: "cloning", roles: [.init(name: "things", dna: try HostFnFixture.dna(), cloneLimit: cloneLimit)]))
    return try await sweet.conductor.enableApp(app.id)
  }

  @Test func clonesAreCreatedDisabledEnabledAndDeletedWithinTheirLimit() async throws {
    let sweet = try SweetConductor()
    let conductor = sweet.conductor
    let app = try await Self.installed(sweet)
    let clone = try await conductor.createCloneCell(
      "cloning", role: "things", modifiers: DnaModifiersOpt(networkSeed: "clone one"), name: "first clone")
    #expect(clone.cloneId == "things.0" && clone.enabled && clone.name == "first clone")
    #expect(clone.originalDnaHash == app.cell(role: "things")?.dnaHash && clone.cellId.dnaHash != clone.originalDnaHash)
    #expect(clone.dnaModifiers.networkSeed == "clone one")
    let info: AgentInfo = try await conductor.callZome(clone.cellId, zome: "hostfn", function: "agent_info", payload: .unit).decode()
    #expect(info.agentInitialPubkey == app.agent)

    await #expect(throws: ConductorError.self) {
      _ = try await conductor.createCloneCell("cloning", role: "things", modifiers: DnaModifiersOpt(networkSeed: "two"))
    }
    await #expect(throws: ConductorError.self) {
      _ = try await conductor.createCloneCell("cloning", role: "things", modifiers: DnaModifiersOpt())
    }
    await #expect(throws: ConductorError.self) { try await conductor.deleteCloneCell("cloning", clone: .cloneId("things.0")) }

    try await conductor.disableCloneCell("cloning", clone: .dnaHash(clone.cellId.dnaHash))
    await #expect(throws: ConductorError.self) {
      _ = try await conductor.callZome(clone.cellId, zome: "hostfn", function: "agent_info", payload: .unit)
    }
    #expect(try await conductor.enableCloneCell("cloning", clone: .cloneId("things.0")).enabled)
    _ = try await conductor.callZome(clone.cellId, zome: "hostfn", function: "agent_info", payload: .unit)

    try await conductor.disableCloneCell("cloning", clone: .cloneId("things.0"))
    try await conductor.deleteCloneCell("cloning", clone: .cloneId("things.0"))
    await #expect(throws: ConductorError.self) {
      _ = try await conductor.enableCloneCell("cloning", clone: .cloneId("things.0"))
    }
    // A deleted clone frees its place; clone ids are never reused.
    let next = try await conductor.createCloneCell("cloning", role: "things", modifiers: DnaModifiersOpt(networkSeed: "again"))
    #expect(next.cloneId == "things.1")
  }

  @Test func aZomeManagesClonesOfItsOwnApp() async throws {
    let sweet = try SweetConductor()
    let app = try await Self.installed(sweet)
    let base = try #require(app.cell(role: "things"))
    let cell = SweetCell(conductor: sweet.conductor, id: base)
    let clone: ClonedCell = try await cell.call(
      "hostfn", "create_clone_cell",
      CreateCloneCellInput(cellId: base, modifiers: DnaModifiersOpt(networkSeed: "from a zome"), membraneProof: nil, name: nil))
    #expect(clone.cloneId == "things.0" && clone.name == "hostfn")
    let cloned = SweetCell(conductor: sweet.conductor, id: clone.cellId)
    let info: AgentInfo = try await cloned.call("hostfn", "agent_info", HoloCore.Unit())
    #expect(info.agentInitialPubkey == app.agent)

    let _: HoloCore.Unit = try await cell.call("hostfn", "disable_clone_cell", DisableCloneCellInput(cloneCellId: .cloneId("things.0")))
    #expect(try sweet.conductor.app("cloning").roles["things"]?.disabledClones.keys.sorted() == ["things.0"])
    let again: ClonedCell = try await cell.call("hostfn", "enable_clone_cell", EnableCloneCellInput(cloneCellId: .cloneId("things.0")))
    #expect(again.enabled)
    let refused = await cell.callFallible(
      "hostfn", "delete_clone_cell", DeleteCloneCellInput(cloneCellId: .cloneId("things.0")), as: HoloCore.Unit.self)
    guard case .failure = refused else { Issue.record("deleting an enabled clone must fail"); return }
  }
}
