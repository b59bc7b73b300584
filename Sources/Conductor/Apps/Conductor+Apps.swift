public import ConductorAPI
import Foundation
public import HoloCore
import Keystore
import Ribosome
import StateStore
import Synchronization

extension Conductor {
  /// Installs an app, disabled (`neverStarted`): registers its DNAs, and runs genesis for every provisioned
  /// cell — unless membrane proofs are deferred, when the app waits in `awaitingMemproofs`. A failure keeps
  /// nothing of the app: the chains its genesis wrote are deleted — except that with
  /// ``AppInstallation/keepsAppOnGenesisFailure`` a failed genesis leaves the app installed (disabled, its other
  /// cells' genesis kept), and the install still throws that failure.
  public func installApp(_ installation: AppInstallation) async throws(ConductorError) -> InstalledApp {
    try await onZomeCallThread { () throws(ConductorError) in
      try self.withAppLock { () throws(ConductorError) in try self.installAppLocked(installation) }
    }
  }

  /// Enables an installed app: starts its cells, which then take calls. Enabling an enabled app is harmless.
  public func enableApp(_ id: String) async throws(ConductorError) -> InstalledApp {
    try await onZomeCallThread { () throws(ConductorError) in
      try self.withAppLock { () throws(ConductorError) in
        var app = try self.app(id)
        if app.status == .enabled { return app }
        if app.status == .awaitingMemproofs {
          throw .invalidAppState("app \(id) is awaiting membrane proofs: provide them before enabling it")
        }
        try self.startCells(of: app)
        app.status = .enabled
        try self.save(app)
        return app
      }
    }
  }

  /// Disables an app: its cells stop taking calls; their data stays.
  public func disableApp(_ id: String, reason: DisabledAppReason = .user) async throws(ConductorError) -> InstalledApp {
    try await onZomeCallThread { () throws(ConductorError) in
      try self.withAppLock { () throws(ConductorError) in
        var app = try self.app(id)
        for (_, _, cell) in app.runningCells { self.unregister(cell) }
        if app.status != .awaitingMemproofs { app.status = .disabled(reason) }
        try self.save(app)
        return app
      }
    }
  }

  /// Uninstalls an app: stops its cells, forgets it, and deletes its cells' source chains, and the DHT data of
  /// DNAs no other app uses (as Holochain does).
  public func uninstallApp(_ id: String) async throws(ConductorError) {
    try await onZomeCallThread { () throws(ConductorError) in
      try self.withAppLock { () throws(ConductorError) in
        let app = try self.app(id)
        for (_, _, cell) in app.runningCells { self.unregister(cell) }
        let stillUsed = self.state.withLock { state in
          state.apps.removeValue(forKey: id)
          for cell in app.allCells { state.prepared.removeValue(forKey: cell) }
          return Set(state.apps.values.flatMap(\.allCells))
        }
        for cell in app.allCells where !stillUsed.contains(cell) { self.store.deleteSourceChain(of: cell) }
        let usedDnas = Set(stillUsed.map(\.dnaHash))
        for dna in Set(app.allCells.map(\.dnaHash)) where !usedDnas.contains(dna) { self.store.deleteDhtAndCache(of: dna) }
        do throws(StateStoreError) {
          try self.store.conductor.remove(Self.appKey(id))
        } catch {
          throw .state(error)
        }
      }
    }
  }

  /// Gives an app awaiting membrane proofs its proofs: runs genesis for its cells, and leaves it disabled
  /// (`notStartedAfterProvidingMemproofs`), ready to be enabled.
  public func provideMemproofs(_ id: String, proofs: [String: MembraneProof]) async throws(ConductorError)
    -> InstalledApp
  {
    try await onZomeCallThread { () throws(ConductorError) in
      try self.withAppLock { () throws(ConductorError) in
        var app = try self.app(id)
        guard app.status == .awaitingMemproofs else {
          throw .invalidAppState("app \(id) is not awaiting membrane proofs")
        }
        for name in app.roleOrder {
          guard let cellId = app.cell(role: name), let dna = self.dna(cellId.dnaHash) else { continue }
          let cell = try self.makeCell(cellId, dna: dna, app: id, role: name)
          try self.runGenesis(cell, membraneProof: proofs[name])
        }
        app.status = .disabled(.notStartedAfterProvidingMemproofs)
        try self.save(app)
        return app
      }
    }
  }

  /// A new agent key in the conductor's keystore.
  public func generateAgentPubKey() throws(ConductorError) -> AgentPubKey {
    do {
      return AgentPubKey(core: try keystore.newSeed(tag: "agent-\(UUID().uuidString)", exportable: false).ed25519PublicKey)
    } catch {
      throw .keystore("\(error)")
    }
  }

  func installAppLocked(_ installation: AppInstallation) throws(ConductorError) -> InstalledApp {
    let id = installation.appId
    try InstalledAppIdRules.check(id)
    if state.withLock({ $0.apps[id] }) != nil { throw .appExists(id) }
    let agent: AgentPubKey
    if let given = installation.agent { agent = given } else { agent = try generateAgentPubKey() }
    let existing = Set(state.withLock { $0.apps.values.flatMap(\.allCells) })
    var roles: [String: AppRole] = [:]
    for role in installation.roles {
      guard roles[role.name] == nil else { throw .invalidDna("role \(role.name) appears twice") }
      guard role.dna.isComplete else { throw .invalidDna("a zome's wasm of role \(role.name) is missing") }
      let hash = role.dna.hash
      if role.createsCell, existing.contains(CellId(dnaHash: hash, agent: agent)) {
        throw .cellExists(CellId(dnaHash: hash, agent: agent))
      }
      roles[role.name] = AppRole(dnaHash: hash, isProvisioned: role.createsCell, cloneLimit: role.cloneLimit)
    }
    let app = InstalledApp(
      id: id, agent: agent, roles: roles, roleOrder: installation.roles.map(\.name),
      status: installation.defersMemproofs ? .awaitingMemproofs : .disabled(.neverStarted),
      manifest: installation.manifest, installedAt: .now())
    for role in installation.roles { try register(role.dna) }
    var cells: [Cell] = []
    var written: [CellId] = []
    var genesisFailure: ConductorError?
    do throws(ConductorError) {
      if !installation.defersMemproofs {
        for role in installation.roles where role.createsCell {
          let cell = try makeCell(
            CellId(dnaHash: role.dna.hash, agent: agent), dna: role.dna, app: id, role: role.name)
          switch Result(catching: { () throws(ConductorError) in
            try runGenesis(cell, membraneProof: installation.membraneProofs[role.name])
          }) {
          case .success(let wrote):
            if wrote { written.append(cell.id) }
            cells.append(cell)
          case .failure(let error):
            guard installation.keepsAppOnGenesisFailure else { throw error }
            if genesisFailure == nil { genesisFailure = error }
          }
        }
      }
      try save(app)
    } catch {
      // Nothing of a failed install stays: not even the genesis of the roles that passed.
      for cell in written { store.deleteSourceChain(of: cell) }
      throw error
    }
    state.withLock { state in
      for cell in cells { state.prepared[cell.id] = cell }
    }
    // `ignore_genesis_failure`: the app stays, disabled, and the install still reports the failure.
    if let genesisFailure { throw genesisFailure }
    return app
  }

  /// Starts every cell an app runs while enabled (none is running yet).
  func startCells(of app: InstalledApp) throws(ConductorError) {
    var started: [CellId] = []
    do throws(ConductorError) {
      for (role, cloneId, cellId) in app.runningCells where state.withLock({ $0.cells[cellId] }) == nil {
        if let prepared = state.withLock({ $0.prepared.removeValue(forKey: cellId) }) {
          try start(prepared)
        } else {
          guard let dna = dna(cellId.dnaHash) else { throw .invalidDna("DNA \(cellId.dnaHash) is not registered") }
          try start(try makeCell(cellId, dna: dna, app: app.id, role: role, cloneId: cloneId))
        }
        started.append(cellId)
      }
    } catch {
      for cell in started { unregister(cell) }
      throw error
    }
  }

  /// Runs `body` holding the app lock.
  func withAppLock<T>(_ body: () throws(ConductorError) -> T) throws(ConductorError) -> T {
    appLock.lock()
    defer { appLock.unlock() }
    return try body()
  }

  /// Runs blocking work (wasm, SQLite, the app lock) on a zome-call thread.
  func onZomeCallThread<T: Sendable>(_ body: @escaping @Sendable () throws(ConductorError) -> T) async throws(ConductorError)
    -> T
  {
    try await ZomeCallThreads.run(stackBytes: configuration.threadStackBytes, body)
  }
}
