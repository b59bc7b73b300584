import Foundation
import GRDB
public import HoloCrypto
import Synchronization

/// A lair-like keystore: named 32-byte seeds in an SQLite file, sealed at rest under a key
/// stretched from a passphrase.
///
/// Each seed yields an Ed25519 signing key and an X25519 key (lair's derivation); the keystore
/// signs, boxes and unboxes with them without ever handing out the seed, unless it was stored
/// as exportable.
///
/// ```swift
/// let keystore = try Keystore.open(path: "/var/lib/holoswift/keystore.sqlite", passphrase: pass)
/// let agent = try keystore.newSeed(tag: "agent", exportable: false)
/// let signature = try keystore.sign(publicKey: agent.ed25519PublicKey, message: action)
/// try keystore.close()
/// ```
///
/// ## At rest
/// The passphrase is stretched with Argon2id (random 16-byte salt, limits chosen at creation,
/// both kept in `keystore_meta`) into a 32-byte key-encryption key. Each seed is sealed under
/// it as a one-chunk secretstream (XChaCha20-Poly1305) whose additional data binds it to its
/// tag and Ed25519 public key. A sealed "verifier" lets a wrong passphrase be refused before
/// anything is written. Seeds never reach SQLite in plain text, so neither the file nor its
/// write-ahead log holds them.
///
/// ## Concurrency
/// A `Keystore` is `Sendable`. All database access goes through one GRDB `DatabaseQueue`,
/// which serializes it; decrypted seeds are cached in a `Mutex`, and the cache is only filled
/// or emptied from within those serialized accesses, so it never keeps a seed the file has
/// dropped. One process should own a keystore file at a time: another process's deletions are
/// not seen by this cache. Calls are synchronous (they may block briefly on SQLite).
public final class Keystore: Sendable {
  /// The path of the SQLite file.
  public let path: String
  let database: DatabaseQueue
  let kek: KeyEncryptionKey
  let cache: Mutex<SeedCache>

  private init(path: String, database: DatabaseQueue, kek: KeyEncryptionKey) {
    self.path = path
    self.database = database
    self.kek = kek
    self.cache = Mutex(SeedCache())
  }

  /// Opens the keystore at `path`, creating it on first use.
  ///
  /// On creation the passphrase is stretched with `limits` (default: libsodium's MODERATE,
  /// 3 passes over 256 MiB), which are stored; on later opens the stored limits are used and
  /// `limits` is ignored. A wrong passphrase throws ``KeystoreError/wrongPassphrase`` and
  /// leaves the file exactly as it was.
  ///
  /// ```swift
  /// let keystore = try Keystore.open(path: path, passphrase: Array("secret".utf8))
  /// // In tests, trade protection for speed:
  /// let fast = try Keystore.open(path: path, passphrase: pass, limits: .minimum)
  /// ```
  public static func open(
    path: String,
    passphrase: [UInt8],
    limits: Argon2id.Limits = .moderate
  ) throws(KeystoreError) -> Keystore {
    // An existing keystore is unlocked through a read-only connection first: a wrong passphrase then opens
    // nothing that could write, not even the checkpoint that closing the last writable connection makes of a
    // write-ahead log left by a crash.
    let unlocked =
      FileManager.default.fileExists(atPath: path) ? try unlockReadOnly(path: path, passphrase: passphrase) : nil
    let database = try openDatabase(path: path)
    do {
      let kek: KeyEncryptionKey
      if let unlocked {
        kek = unlocked
        try storage { try KeystoreSchema.migrator().migrate(database) }
      } else {
        kek = try unlockOrCreate(database: database, passphrase: passphrase, limits: limits)
      }
      return Keystore(path: path, database: database, kek: kek)
    } catch {
      // Closing after a failure: the failure is what the caller needs to see, not a close error on top of it.
      try? database.close()
      throw error
    }
  }

  /// Unlocks an existing keystore file without opening it for writing; `nil` for a file without the keystore's
  /// table yet (a creation interrupted early): creating it is what opening will do.
  ///
  /// The database file and its write-ahead log are only read. A read-only SQLite connection still needs the
  /// log's shared-memory index (`-shm`, a cache SQLite rebuilds from the log) and creates an empty log and index
  /// when a clean shutdown left none; those two are removed again, so a refused passphrase leaves the directory
  /// as it found it.
  private static func unlockReadOnly(path: String, passphrase: [UInt8]) throws(KeystoreError) -> KeyEncryptionKey? {
    let files = FileManager.default
    let created = [path + "-wal", path + "-shm"].filter { !files.fileExists(atPath: $0) }
    defer {
      // A read-only connection never writes the log, so the files it created hold nothing. Removing them is best
      // effort: a leftover empty log or index is harmless, SQLite reuses it.
      for file in created { try? files.removeItem(atPath: file) }
    }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(5)
    let reader = try storage { try DatabaseQueue(path: path, configuration: configuration) }
    // A read-only connection has nothing to flush: a close error changes nothing for the caller.
    defer { try? reader.close() }
    let stored = try storage {
      try reader.read { db in
        try db.tableExists(KeystoreMeta.databaseTableName) ? KeystoreMeta.fetchOne(db) : nil
      }
    }
    guard let stored else { return nil }
    return try KeyEncryptionKey.unlock(passphrase: passphrase, meta: stored)
  }

  /// Wipes the cached seeds and closes the file; every later call throws ``KeystoreError/closed``.
  public func close() throws(KeystoreError) {
    cache.withLock { $0.close() }
    try Self.storage { try database.close() }
  }

  /// Copies the write-ahead log into the main file and truncates the log.
  public func checkpoint() throws(KeystoreError) {
    try ensureOpen()
    try Self.storage {
      try database.writeWithoutTransaction { db in
        try db.checkpoint(.truncate)
      }
    }
  }

  private static func openDatabase(path: String) throws(KeystoreError) -> DatabaseQueue {
    var configuration = Configuration()
    configuration.busyMode = .timeout(5)
    configuration.prepareDatabase { db in
      // WAL is set here rather than with `journalMode = .wal`, whose set-up writes to the file
      // even when the passphrase will turn out wrong. On a WAL file this pragma writes nothing.
      try db.execute(sql: "PRAGMA journal_mode = WAL")
      // Deleted rows (sealed seeds) are overwritten instead of lingering in free pages.
      try db.execute(sql: "PRAGMA secure_delete = ON")
    }
    return try storage { try DatabaseQueue(path: path, configuration: configuration) }
  }

  /// Unlocks an existing keystore (reading only), or creates a new one.
  private static func unlockOrCreate(
    database: DatabaseQueue,
    passphrase: [UInt8],
    limits: Argon2id.Limits
  ) throws(KeystoreError) -> KeyEncryptionKey {
    let stored = try storage {
      try database.read { db in
        try db.tableExists(KeystoreMeta.databaseTableName) ? KeystoreMeta.fetchOne(db) : nil
      }
    }
    if let stored {
      let kek = try KeyEncryptionKey.unlock(passphrase: passphrase, meta: stored)
      try storage { try KeystoreSchema.migrator().migrate(database) }
      return kek
    }
    try storage { try KeystoreSchema.migrator().migrate(database) }
    let (kek, meta) = try KeyEncryptionKey.create(passphrase: passphrase, limits: limits)
    let raced = try storage {
      try database.write { db -> KeystoreMeta? in
        if let existing = try KeystoreMeta.fetchOne(db) { return existing }
        try meta.insert(db)
        return nil
      }
    }
    // Another process created the keystore while the passphrase was being stretched.
    if let raced {
      return try KeyEncryptionKey.unlock(passphrase: passphrase, meta: raced)
    }
    return kek
  }
}
