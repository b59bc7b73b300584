public import HoloCore
import Foundation
import GRDB
import Synchronization

/// All of a conductor's databases under one root directory, each a WAL-mode SQLite file:
/// `authored/<dna>-<agent>.sqlite3` per cell, `dht/<dna>.sqlite3` and `cache/<dna>.sqlite3` per DNA, and
/// `conductor.sqlite3`. Databases open on first use and stay open.
///
/// ```swift
/// let store = try StateStore(root: "/var/lib/holoswift")
/// let chain = try store.sourceChain(for: cellId, signer: KeystoreSigner(keystore: keystore))
/// ```
public final class StateStore: Sendable {
  /// The root directory.
  public let root: String
  /// The conductor's own database.
  public let conductor: ConductorDatabase
  private let open = Mutex<[String: DatabasePool]>([:])

  /// Opens (creating if needed) the store under `root`.
  public init(root: String) throws(StateStoreError) {
    self.root = root
    conductor = ConductorDatabase(database: try openDatabase(at: root + "/conductor.sqlite3", migrator: ConductorSchema.migrator))
  }

  /// The source chain of `cell`, signing with `signer`.
  public func sourceChain(for cell: CellId, signer: any ActionSigner) throws(StateStoreError) -> SourceChain {
    let pool = try database("authored/\(cell.dnaHash)-\(cell.agent).sqlite3", authored: true)
    return SourceChain(cellId: cell, database: pool, signer: signer)
  }

  /// The DHT database of a DNA: the ops this node holds as an authority.
  public func dht(for dna: DnaHash) throws(StateStoreError) -> DhtStore {
    DhtStore(dnaHash: dna, database: try database("dht/\(dna).sqlite3", authored: false))
  }

  /// The cache database of a DNA: data fetched from other nodes.
  public func cache(for dna: DnaHash) throws(StateStoreError) -> DhtStore {
    DhtStore(dnaHash: dna, database: try database("cache/\(dna).sqlite3", authored: false))
  }

  /// Deletes a cell's source chain (its authored database), as uninstalling its app does.
  public func deleteSourceChain(of cell: CellId) {
    delete("authored/\(cell.dnaHash)-\(cell.agent).sqlite3")
  }

  /// Deletes a DNA's DHT and cache databases, once no cell of this conductor runs the DNA.
  public func deleteDhtAndCache(of dna: DnaHash) {
    delete("dht/\(dna).sqlite3")
    delete("cache/\(dna).sqlite3")
  }

  /// Closes a database (if open) and removes its files. Holders of the old pool keep a handle on the removed
  /// file; the next open creates a new, empty database.
  private func delete(_ relativePath: String) {
    // A pool with statements still alive cannot close (GRDB leaves it open): as documented above, its holders keep
    // the removed file and the next open starts afresh either way, so the failure changes nothing here.
    if let pool = open.withLock({ $0.removeValue(forKey: relativePath) }) { try? pool.close() }
    for suffix in ["", "-wal", "-shm"] {
      // A missing file (a database never opened, no WAL yet) is what deleting wants. Any other failure leaves the
      // old data on disk — nothing is lost; it is found again by the next open — and this store has no logger to
      // report it with.
      try? FileManager.default.removeItem(atPath: root + "/" + relativePath + suffix)  // dropped: see above
    }
  }

  private func database(_ relativePath: String, authored: Bool) throws(StateStoreError) -> DatabasePool {
    if let pool = open.withLock({ $0[relativePath] }) { return pool }
    let pool = try openDatabase(at: root + "/" + relativePath, migrator: ChainSchema.migrator(authored: authored))
    return open.withLock { pools in
      if let existing = pools[relativePath] { return existing }
      pools[relativePath] = pool
      return pool
    }
  }
}
