public import HoloCore
import Synchronization

extension Conductor {
  /// Replaces coordinator zomes of an installed DNA by name, or adds them (Holochain's `update_coordinators`).
  /// Coordinators are not part of the DNA hash, so every cell keeps its id and chain; running cells of the DNA
  /// restart on the new zomes.
  public func updateCoordinators(
    of dnaHash: DnaHash, zomes: [ZomeDef], wasms: [WasmHash: [UInt8]]
  ) async throws(ConductorError) {
    try await onZomeCallThread { () throws(ConductorError) in
      try self.withAppLock { () throws(ConductorError) in
        guard let dna = self.dna(dnaHash) else { throw .invalidDna("DNA \(dnaHash) is not installed") }
        var def = dna.def
        var allWasms = dna.wasms
        for zome in zomes {
          guard let wasm = wasms[zome.wasmHash] else { throw .invalidDna("the wasm of zome \(zome.name) is missing") }
          allWasms[zome.wasmHash] = wasm
          if def.integrityZomes.contains(where: { $0.name == zome.name }) {
            throw .invalidDna("\(zome.name) is an integrity zome: only coordinators can be updated")
          }
          if let index = def.coordinatorZomes.firstIndex(where: { $0.name == zome.name }) {
            def.coordinatorZomes[index] = zome
          } else {
            def.coordinatorZomes.append(zome)
          }
        }
        let updated = DnaFile(def: def, wasms: allWasms)
        // Build the new cells first: a zome that does not load leaves the running ones untouched.
        let running = self.state.withLock { state in state.cells.values.filter { $0.id.dnaHash == dnaHash } }
        var replacements: [Cell] = []
        for cell in running {
          replacements.append(
            try self.makeCell(cell.id, dna: updated, app: cell.appId, role: cell.roleName, cloneId: cell.cloneId))
        }
        try self.replace(updated)
        for (old, new) in zip(running, replacements) {
          self.unregister(old.id)
          try self.start(new)
        }
      }
    }
  }
}
