public import HoloCore
import Ribosome
import StateStore

extension Conductor {
  /// Installs `dna` for `agent` as the only role `role` of a new, enabled app `app`: parses its zomes, learns
  /// their entry and link types, runs `genesis_self_check`, writes and validates the genesis records, and
  /// returns the new cell. Nothing is kept if any step fails. (``installApp(_:)`` installs whole apps.)
  public func install(
    _ dna: DnaFile, agent: AgentPubKey, app: String = "app", role: String = "role",
    membraneProof: MembraneProof? = nil
  ) async throws(ConductorError) -> CellId {
    let installation = AppInstallation(
      appId: app, agent: agent,
      roles: [AppInstallation.Role(name: role, dna: dna)],
      membraneProofs: membraneProof.map { [role: $0] } ?? [:])
    _ = try await installApp(installation)
    _ = try await enableApp(app)
    return CellId(dnaHash: dna.hash, agent: agent)
  }

  /// A cell object for `id` running `dna`: its zomes parsed (once per process), their types declared, its
  /// chain and DHT store opened. Nothing is written.
  func makeCell(_ id: CellId, dna: DnaFile, app: String, role: String, cloneId: String? = nil) throws(ConductorError)
    -> Cell
  {
    var parsed: [String: ZomeModule] = [:]
    for zome in dna.def.integrityZomes + dna.def.coordinatorZomes {
      guard let wasm = dna.wasms[zome.wasmHash] else { throw .invalidDna("the wasm of zome \(zome.name) is missing") }
      do {
        parsed[zome.name] = try modules.module(for: zome, wasm: wasm)
      } catch {
        throw .ribosome(error)
      }
    }
    let ribosome = Ribosome(modules: parsed, configuration: configuration, hostFunctions: modules.hostFunctions)
    let layout = try declareTypes(dna.def, ribosome: ribosome, cell: id)
    do {
      return Cell(
        id: id, appId: app, roleName: role, cloneId: cloneId, layout: layout, ribosome: ribosome,
        chain: try store.sourceChain(for: id, signer: KeystoreSigner(keystore: keystore)),
        dht: try store.dht(for: id.dnaHash), cache: try store.cache(for: id.dnaHash))
    } catch {
      throw .state(error)
    }
  }

  /// Genesis of `cell`, unless its chain already has it: `genesis_self_check`, then the three genesis
  /// records, validated and committed. Returns whether it wrote them.
  @discardableResult
  func runGenesis(_ cell: Cell, membraneProof: MembraneProof?) throws(ConductorError) -> Bool {
    let head: ChainHead?
    do {
      head = try cell.chain.head()
    } catch {
      throw .state(error)
    }
    guard head == nil else { return false }
    try genesisSelfCheck(cell.layout, ribosome: cell.ribosome, cell: cell.id, membraneProof: membraneProof)
    try writeGenesis(cell, membraneProof: membraneProof)
    return true
  }

  /// Notes whether `init` already ran on the cell's chain, and lets it take calls.
  func start(_ cell: Cell) throws(ConductorError) {
    var initDone = ChainQueryFilter()
    initDone.actionTypes = [.initZomesComplete]
    do {
      if try !cell.chain.query(initDone).isEmpty { cell.markInitialized() }
    } catch {
      throw .state(error)
    }
    try register(cell)
    armPersistedSchedules(of: cell.id)
  }

  /// Calls each integrity zome's `entry_defs`, `__num_entry_types` and `__num_link_types`.
  func declareTypes(_ def: DnaDef, ribosome: Ribosome, cell: CellId) throws(ConductorError) -> DnaLayout {
    let exports = ribosome.zomes.mapValues { $0.functions.subtracting(["__num_entry_types", "__num_link_types"]) }
    let declaring = DnaLayout(declaring: def, exports: exports)
    var zomes = declaring.zomes
    for position in zomes.indices where zomes[position].kind == .integrity {
      let name = zomes[position].name
      let context = ZomeCallContext(
        cell: cell, dna: declaring, zomeName: name, functionName: "entry_defs", provenance: cell.agent,
        access: .none, kind: .entryDefs)
      do {
        var defs: [EntryDef] = []
        if ribosome.exports(zome: name, function: "entry_defs") {
          let output = try ribosome.call(zome: name, function: "entry_defs", payload: .unit, context: context)
          defs = try output.decode(EntryDefsCallbackResult.self).defs
        }
        let entryTypes = try ribosome.callConstant(zome: name, name: "__num_entry_types", context: context)
        let linkTypes = try ribosome.callConstant(zome: name, name: "__num_link_types", context: context)
        if let entryTypes, Int(entryTypes) != defs.count {
          throw ConductorError.invalidDna(
            "zome \(name) declares \(entryTypes) entry types but entry_defs lists \(defs.count)")
        }
        guard defs.count <= 255, (0...255).contains(linkTypes ?? 0) else {
          throw ConductorError.invalidDna("zome \(name) declares more than 255 entry or link types")
        }
        zomes[position].entryDefs = defs
        zomes[position].linkTypeCount = UInt8(linkTypes ?? 0)
      } catch let error as ConductorError {
        throw error
      } catch let error as RibosomeError {
        throw .ribosome(error)
      } catch {
        throw .invalidDna("zome \(name): entry_defs did not answer EntryDefsCallbackResult: \(error)")
      }
    }
    return DnaLayout(def: def, zomes: zomes)
  }

  /// Runs `genesis_self_check` (all three export names Holochain knows) in every integrity zome.
  func genesisSelfCheck(
    _ layout: DnaLayout, ribosome: Ribosome, cell: CellId, membraneProof: MembraneProof?
  ) throws(ConductorError) {
    let v1 = GenesisSelfCheckDataV1(
      dnaInfo: DnaInfoV1(
        name: layout.def.name, hash: layout.hash, properties: layout.def.modifiers.properties,
        zomeNames: layout.def.integrityZomes.map(\.name)),
      membraneProof: membraneProof, agentKey: cell.agent)
    let v2 = GenesisSelfCheckDataV2(membraneProof: membraneProof, agentKey: cell.agent)
    for zome in layout.zomes where zome.kind == .integrity {
      for (function, payload) in [
        ("genesis_self_check", ExternIO(encoding: v1)), ("genesis_self_check_1", ExternIO(encoding: v1)),
        ("genesis_self_check_2", ExternIO(encoding: v2)),
      ] where ribosome.exports(zome: zome.name, function: function) {
        let context = ZomeCallContext(
          cell: cell, dna: layout, zomeName: zome.name, functionName: function, provenance: cell.agent,
          access: .validation, kind: .genesisSelfCheck)
        switch try validationCallback(ribosome, zome: zome.name, function: function, payload: payload, context: context) {
        case .valid: continue
        case .invalid(let reason): throw .genesisFailed(reason)
        case .unresolvedDependencies(let missing):
          throw .genesisFailed("genesis_self_check needs data that is not available: \(missing)")
        }
      }
    }
  }

  /// Writes the three genesis records, validates them, and integrates them.
  func writeGenesis(_ cell: Cell, membraneProof: MembraneProof?) throws(ConductorError) {
    do {
      let workspace = try cell.chain.workspace()
      try workspace.append(.dna(DnaData(dnaHash: cell.id.dnaHash)))
      try workspace.append(.agentValidationPkg(AgentValidationPkgData(membraneProof: membraneProof)))
      let agentEntry = Entry.agent(cell.id.agent)
      try workspace.append(
        .create(CreateData(entryType: .agentPubKey, entryHash: agentEntry.hash())), entry: agentEntry)
      try commit(workspace, cell: cell, ordering: .strict)
    } catch let error as ConductorError {
      throw error
    } catch let error as StateStoreError {
      throw .state(error)
    } catch {
      throw .invalidDna("\(error)")
    }
  }
}
