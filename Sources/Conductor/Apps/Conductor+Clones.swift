import ConductorAPI
public import HoloCore
import Synchronization

/// Clone cells: more cells of a role's DNA with other modifiers (Holochain's clone cells), each with a clone
/// id `role.N`. Only a disabled clone can be deleted.
extension Conductor {
  /// Creates a clone of `role` in `appId` with `modifiers` (at least one set), runs its genesis, and starts it
  /// if the app is enabled.
  public func createCloneCell(
    _ appId: String, role: String, modifiers: DnaModifiersOpt, membraneProof: MembraneProof? = nil,
    name: String? = nil
  ) async throws(ConductorError) -> ClonedCell {
    try await onZomeCallThread { () throws(ConductorError) in
      try self.withAppLock { () throws(ConductorError) in
        try self.createCloneCellLocked(appId, role: role, modifiers: modifiers, membraneProof: membraneProof, name: name)
      }
    }
  }

  /// Disables a clone: it stops taking calls, and may then be deleted or enabled again.
  public func disableCloneCell(_ appId: String, clone: CloneCellId) async throws(ConductorError) {
    try await onZomeCallThread { () throws(ConductorError) in
      try self.withAppLock { () throws(ConductorError) in try self.disableCloneCellLocked(appId, clone: clone) }
    }
  }

  /// Enables a disabled clone (it runs when the app is enabled).
  public func enableCloneCell(_ appId: String, clone: CloneCellId) async throws(ConductorError) -> ClonedCell {
    try await onZomeCallThread { () throws(ConductorError) in
      try self.withAppLock { () throws(ConductorError) in try self.enableCloneCellLocked(appId, clone: clone) }
    }
  }

  /// Deletes a disabled clone from its app for good.
  public func deleteCloneCell(_ appId: String, clone: CloneCellId) async throws(ConductorError) {
    try await onZomeCallThread { () throws(ConductorError) in
      try self.withAppLock { () throws(ConductorError) in try self.deleteCloneCellLocked(appId, clone: clone) }
    }
  }

  /// The clone `cloneId` of `app` as Holochain reports it.
  public func clonedCell(_ app: InstalledApp, role: String, cloneId: String) -> ClonedCell? {
    guard let assignment = app.roles[role],
      let hash = assignment.clones[cloneId] ?? assignment.disabledClones[cloneId], let dna = dna(hash)
    else { return nil }
    return ClonedCell(
      cellId: CellId(dnaHash: hash, agent: app.agent), cloneId: cloneId, originalDnaHash: assignment.dnaHash,
      dnaModifiers: dna.def.modifiers, name: dna.def.name, enabled: assignment.clones[cloneId] != nil)
  }

  func createCloneCellLocked(
    _ appId: String, role roleName: String, modifiers: DnaModifiersOpt, membraneProof: MembraneProof?, name: String?
  ) throws(ConductorError) -> ClonedCell {
    var app = try app(appId)
    guard var role = app.roles[roleName] else { throw .noSuchRole(app: appId, role: roleName) }
    guard modifiers.hasSomeOptionSet else {
      throw .invalidAppState("a clone needs a network seed or properties of its own")
    }
    guard role.clones.count + role.disabledClones.count < role.cloneLimit else {
      throw .cloneLimitReached(role: roleName, limit: role.cloneLimit)
    }
    guard let original = dna(role.dnaHash) else { throw .invalidDna("DNA \(role.dnaHash) is not registered") }
    var cloneModifiers = original.def.modifiers
    if let seed = modifiers.networkSeed { cloneModifiers.networkSeed = seed }
    if let properties = modifiers.properties { cloneModifiers.properties = SerializedBytes(encoding: properties) }
    var clone = original.with(modifiers: cloneModifiers)
    if let name {
      var def = clone.def
      def.name = name
      clone = DnaFile(def: def, wasms: clone.wasms)
    }
    let cellId = CellId(dnaHash: clone.hash, agent: app.agent)
    if state.withLock({ $0.apps.values.contains { $0.allCells.contains(cellId) } }) { throw .cellExists(cellId) }
    let cloneId = "\(roleName).\(role.nextCloneIndex)"
    try register(clone)
    let cell = try makeCell(cellId, dna: clone, app: appId, role: roleName, cloneId: cloneId)
    try runGenesis(cell, membraneProof: membraneProof)
    if app.status == .enabled { try start(cell) }
    role.nextCloneIndex += 1
    role.clones[cloneId] = clone.hash
    app.roles[roleName] = role
    try save(app)
    return ClonedCell(
      cellId: cellId, cloneId: cloneId, originalDnaHash: role.dnaHash, dnaModifiers: clone.def.modifiers,
      name: clone.def.name, enabled: true)
  }

  func disableCloneCellLocked(_ appId: String, clone: CloneCellId) throws(ConductorError) {
    var app = try app(appId)
    let (roleName, cloneId, enabled) = try find(clone, in: app)
    guard enabled, var role = app.roles[roleName], let hash = role.clones.removeValue(forKey: cloneId) else { return }
    role.disabledClones[cloneId] = hash
    app.roles[roleName] = role
    unregister(CellId(dnaHash: hash, agent: app.agent))
    try save(app)
  }

  func enableCloneCellLocked(_ appId: String, clone: CloneCellId) throws(ConductorError) -> ClonedCell {
    var app = try app(appId)
    let (roleName, cloneId, enabled) = try find(clone, in: app)
    if !enabled, var role = app.roles[roleName], let hash = role.disabledClones.removeValue(forKey: cloneId) {
      role.clones[cloneId] = hash
      app.roles[roleName] = role
      if app.status == .enabled {
        guard let dna = dna(hash) else { throw .invalidDna("DNA \(hash) is not registered") }
        try start(try makeCell(CellId(dnaHash: hash, agent: app.agent), dna: dna, app: appId, role: roleName, cloneId: cloneId))
      }
      try save(app)
    }
    guard let cell = clonedCell(app, role: roleName, cloneId: cloneId) else { throw .noSuchClone(cloneId) }
    return cell
  }

  func deleteCloneCellLocked(_ appId: String, clone: CloneCellId) throws(ConductorError) {
    var app = try app(appId)
    let (roleName, cloneId, enabled) = try find(clone, in: app)
    guard !enabled else { throw .invalidAppState("clone \(cloneId) is enabled: disable it before deleting it") }
    app.roles[roleName]?.disabledClones.removeValue(forKey: cloneId)
    try save(app)
  }

  /// The role, clone id and enabled state of a clone named by id or DNA hash.
  private func find(_ clone: CloneCellId, in app: InstalledApp) throws(ConductorError) -> (String, String, Bool) {
    for roleName in app.roleOrder {
      guard let role = app.roles[roleName] else { continue }
      for (enabled, clones) in [(true, role.clones), (false, role.disabledClones)] {
        for (cloneId, hash) in clones {
          switch clone {
          case .cloneId(let id) where id == cloneId: return (roleName, cloneId, enabled)
          case .dnaHash(let wanted) where wanted == hash: return (roleName, cloneId, enabled)
          default: continue
          }
        }
      }
    }
    switch clone {
    case .cloneId(let id): throw .noSuchClone(id)
    case .dnaHash(let hash): throw .noSuchClone("\(hash)")
    }
  }
}
