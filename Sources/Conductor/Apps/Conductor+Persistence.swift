import ConductorAPI
import HoloCore
import Ribosome
import StateStore
import Synchronization

/// The conductor's state in its database: apps under `app/<id>`, DNA definitions under `dna/<hash>`, and
/// wasms under `wasm/<hash>` (shared by every DNA that uses them).
extension Conductor {
  static func appKey(_ id: String) -> String { "app/\(id)" }
  static func dnaKey(_ hash: DnaHash) -> String { "dna/\(hash)" }
  static func wasmKey(_ hash: WasmHash) -> String { "wasm/\(hash)" }

  /// Writes `app` to the database and to the conductor's state.
  func save(_ app: InstalledApp) throws(ConductorError) {
    do {
      try store.conductor.put(Self.appKey(app.id), app.msgpackBytes())
    } catch {
      throw .state(error)
    }
    state.withLock { $0.apps[app.id] = app }
  }

  /// Keeps `dna` (its definition and wasms), so that its cells can start again after a restart.
  func register(_ dna: DnaFile) throws(ConductorError) {
    let hash = dna.hash
    if state.withLock({ $0.dnas[hash] }) != nil { return }
    do {
      for (wasmHash, bytes) in dna.wasms where try store.conductor.get(Self.wasmKey(wasmHash)) == nil {
        try store.conductor.put(Self.wasmKey(wasmHash), bytes)
      }
      try store.conductor.put(Self.dnaKey(hash), dna.def.msgpackBytes())
    } catch {
      throw .state(error)
    }
    state.withLock { $0.dnas[hash] = dna }
  }

  /// Replaces a registered DNA's definition (coordinator updates keep its hash).
  func replace(_ dna: DnaFile) throws(ConductorError) {
    state.withLock { _ = $0.dnas.removeValue(forKey: dna.hash) }
    try register(dna)
  }

  /// Loads the apps and DNAs the database holds, and starts the cells of the enabled apps.
  public func restore() async throws(ConductorError) {
    try await onZomeCallThread { () throws(ConductorError) in
      try self.withAppLock { () throws(ConductorError) in try self.restoreLocked() }
    }
  }

  private func restoreLocked() throws(ConductorError) {
    var apps: [InstalledApp] = []
    var dnas: [DnaHash: DnaFile] = [:]
    do {
      for key in try store.conductor.keys() {
        guard let bytes = try store.conductor.get(key) else { continue }
        if key.hasPrefix("app/") {
          apps.append(try InstalledApp(msgpack: bytes))
        } else if key.hasPrefix("dna/") {
          let def = try DnaDef(msgpack: bytes)
          var wasms: [WasmHash: [UInt8]] = [:]
          for zome in def.integrityZomes + def.coordinatorZomes {
            guard let wasm = try store.conductor.get(Self.wasmKey(zome.wasmHash)) else {
              throw ConductorError.invalidDna("the stored wasm of zome \(zome.name) is missing")
            }
            wasms[zome.wasmHash] = wasm
          }
          let dna = DnaFile(def: def, wasms: wasms)
          dnas[dna.hash] = dna
        }
      }
    } catch let error as ConductorError {
      throw error
    } catch let error as StateStoreError {
      throw .state(error)
    } catch {
      throw .invalidAppState("the conductor database holds a malformed app or DNA: \(error)")
    }
    state.withLock { state in
      state.dnas.merge(dnas) { current, _ in current }
      for app in apps { state.apps[app.id] = app }
    }
    for app in apps where app.status == .enabled {
      do {
        try startCells(of: app)
      } catch {
        var disabled = app
        disabled.status = .disabled(.error("could not start after a restart: \(error)"))
        try save(disabled)
      }
    }
  }
}
