import Foundation
import GRDB
import HoloCrypto
import Synchronization

extension Keystore {
  /// Creates a random 32-byte seed under a new `tag`.
  ///
  /// An existing tag is ``KeystoreError/duplicateTag(_:)``. Only an `exportable` seed can
  /// later be read back with ``exportSeed(tag:)``.
  ///
  /// ```swift
  /// let info = try keystore.newSeed(tag: "agent", exportable: false)
  /// print(info.ed25519PublicKey)
  /// ```
  public func newSeed(tag: String, exportable: Bool) throws(KeystoreError) -> SeedInfo {
    var seed = SecureRandom.bytes(Ed25519.seedLength)
    defer { SecureBytes.zero(&seed) }
    return try importSeed(tag: tag, seed: seed, exportable: exportable)
  }

  /// Stores a caller-supplied 32-byte `seed` under a new `tag`.
  ///
  /// An existing tag is ``KeystoreError/duplicateTag(_:)``; a seed already stored (under any
  /// tag) is ``KeystoreError/duplicateSeed(existingTag:)``. The caller should wipe its copy
  /// of the seed (``SecureBytes/zero(_:)``) afterwards.
  ///
  /// ```swift
  /// let info = try keystore.importSeed(tag: "restored", seed: seed, exportable: true)
  /// ```
  public func importSeed(tag: String, seed: [UInt8], exportable: Bool) throws(KeystoreError)
    -> SeedInfo
  {
    try ensureOpen()
    guard seed.count == Ed25519.seedLength else {
      let allowed = Ed25519.seedLength...Ed25519.seedLength
      throw .crypto(.invalidLength(parameter: "seed", allowed: allowed, actual: seed.count))
    }
    let milliseconds = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
    let unlocked: UnlockedSeed
    do {
      unlocked = try UnlockedSeed(
        seed: SecureBytes(copying: seed),
        tag: tag,
        exportable: exportable,
        createdAt: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    } catch {
      throw .crypto(error)
    }
    let info = unlocked.info
    let sealed = try kek.seal(
      seed,
      additionalData: SeedRecord.additionalData(tag: tag, ed25519PublicKey: info.ed25519PublicKey))
    let record = SeedRecord(
      tag: tag,
      ed25519PublicKey: Data(info.ed25519PublicKey),
      x25519PublicKey: Data(info.x25519PublicKey),
      header: Data(sealed.header),
      cipher: Data(sealed.cipher),
      exportable: exportable,
      createdAtMilliseconds: milliseconds)
    try write { db in
      if try SeedRecord.exists(db, key: tag) {
        throw KeystoreError.duplicateTag(tag)
      }
      let sameSeed = SeedRecord.filter(
        SeedRecord.CodingKeys.ed25519PublicKey == record.ed25519PublicKey)
      if let existing = try sameSeed.fetchOne(db) {
        throw KeystoreError.duplicateSeed(existingTag: existing.tag)
      }
      try record.insert(db)
      db.afterNextTransaction(onCommit: { _ in self.cache.withLock { $0.insert(unlocked) } })
    }
    return info
  }

  /// Returns the seed named `tag`, if it was stored as exportable.
  ///
  /// Unknown tags are ``KeystoreError/unknownTag(_:)``; seeds stored as not exportable are
  /// ``KeystoreError/notExportable(_:)``. The caller should wipe the result when done.
  ///
  /// ```swift
  /// var seed = try keystore.exportSeed(tag: "backup-me")
  /// defer { SecureBytes.zero(&seed) }
  /// ```
  public func exportSeed(tag: String) throws(KeystoreError) -> [UInt8] {
    guard let info = try get(tag: tag) else { throw .unknownTag(tag) }
    guard info.exportable else { throw .notExportable(tag) }
    return try unlockedSeed(tag: tag).seed.copyBytes()
  }

  /// Describes every stored seed, oldest first.
  ///
  /// ```swift
  /// for info in try keystore.list() { print(info.tag) }
  /// ```
  public func list() throws(KeystoreError) -> [SeedInfo] {
    try read { db in
      try SeedRecord
        .order(SeedRecord.CodingKeys.createdAtMilliseconds, SeedRecord.CodingKeys.tag)
        .fetchAll(db)
        .map(\.info)
    }
  }

  /// Describes the seed named `tag`, or returns `nil` if there is none.
  ///
  /// ```swift
  /// if let info = try keystore.get(tag: "agent") { print(info.x25519PublicKey) }
  /// ```
  public func get(tag: String) throws(KeystoreError) -> SeedInfo? {
    try read { db in try SeedRecord.fetchOne(db, key: tag)?.info }
  }

  /// Deletes the seed named `tag` from the file and from memory.
  ///
  /// Unknown tags are ``KeystoreError/unknownTag(_:)``.
  ///
  /// ```swift
  /// try keystore.deleteSeed(tag: "old-agent")
  /// ```
  public func deleteSeed(tag: String) throws(KeystoreError) {
    try write { db in
      guard try SeedRecord.deleteOne(db, key: tag) else {
        throw KeystoreError.unknownTag(tag)
      }
      cache.withLock { $0.remove(tag: tag) }
    }
  }
}
