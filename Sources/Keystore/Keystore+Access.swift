import Foundation
import GRDB
import HoloCrypto
import Synchronization

extension Keystore {
  /// Runs GRDB work, passing ``KeystoreError``s through and wrapping anything else as
  /// ``KeystoreError/storage(_:)``.
  @discardableResult
  static func storage<T>(_ work: () throws -> T) throws(KeystoreError) -> T {
    do {
      return try work()
    } catch let error as KeystoreError {
      throw error
    } catch {
      throw .storage(error)
    }
  }

  /// Throws ``KeystoreError/closed`` after ``close()``.
  func ensureOpen() throws(KeystoreError) {
    if cache.withLock({ $0.isClosed }) { throw .closed }
  }

  /// A serialized read of the file.
  func read<T>(_ body: (Database) throws -> T) throws(KeystoreError) -> T {
    try ensureOpen()
    return try Self.storage { try database.read(body) }
  }

  /// A serialized write transaction.
  func write<T>(_ body: (Database) throws -> T) throws(KeystoreError) -> T {
    try ensureOpen()
    return try Self.storage { try database.write(body) }
  }

  /// The unlocked seed whose Ed25519 public key is `publicKey`.
  func unlockedSeed(ed25519 publicKey: [UInt8]) throws(KeystoreError) -> UnlockedSeed {
    try unlockedSeed(
      cached: { $0.seed(ed25519: publicKey) },
      fetch: { db in
        try SeedRecord.filter(SeedRecord.CodingKeys.ed25519PublicKey == Data(publicKey)).fetchOne(
          db)
      },
      missing: .unknownPublicKey(publicKey))
  }

  /// The unlocked seed whose X25519 public key is `publicKey`.
  func unlockedSeed(x25519 publicKey: [UInt8]) throws(KeystoreError) -> UnlockedSeed {
    try unlockedSeed(
      cached: { $0.seed(x25519: publicKey) },
      fetch: { db in
        try SeedRecord.filter(SeedRecord.CodingKeys.x25519PublicKey == Data(publicKey)).fetchOne(db)
      },
      missing: .unknownPublicKey(publicKey))
  }

  /// The unlocked seed named `tag`.
  func unlockedSeed(tag: String) throws(KeystoreError) -> UnlockedSeed {
    try unlockedSeed(
      cached: { $0.seed(tag: tag) },
      fetch: { db in try SeedRecord.fetchOne(db, key: tag) },
      missing: .unknownTag(tag))
  }

  /// Answers from the cache, or decrypts the row and caches it.
  ///
  /// The row is read and cached within one serialized access, so a concurrent delete (which
  /// evicts within its own) cannot leave a stale entry behind.
  private func unlockedSeed(
    cached: (borrowing SeedCache) -> UnlockedSeed?,
    fetch: (Database) throws -> SeedRecord?,
    missing: KeystoreError
  ) throws(KeystoreError) -> UnlockedSeed {
    try ensureOpen()
    if let seed = cache.withLock({ cached($0) }) { return seed }
    return try read { db in
      if let seed = cache.withLock({ cached($0) }) { return seed }
      guard let record = try fetch(db) else { throw missing }
      let seed = try unseal(record)
      cache.withLock { $0.insert(seed) }
      return seed
    }
  }

  /// Decrypts a row's seed and checks it against the row's public keys.
  func unseal(_ record: SeedRecord) throws(KeystoreError) -> UnlockedSeed {
    let ed25519PublicKey = [UInt8](record.ed25519PublicKey)
    var bytes: [UInt8]
    do {
      bytes = try kek.open(
        header: [UInt8](record.header),
        cipher: [UInt8](record.cipher),
        additionalData: SeedRecord.additionalData(
          tag: record.tag, ed25519PublicKey: ed25519PublicKey))
    } catch {
      throw .corrupted("the sealed seed of \"\(record.tag)\" does not open: \(error)")
    }
    defer { SecureBytes.zero(&bytes) }
    let seed: UnlockedSeed
    do {
      seed = try UnlockedSeed(
        seed: SecureBytes(copying: bytes),
        tag: record.tag,
        exportable: record.exportable,
        createdAt: record.info.createdAt)
    } catch {
      throw .corrupted("the seed of \"\(record.tag)\" is malformed: \(error)")
    }
    guard seed.info == record.info else {
      throw .corrupted("the public keys stored for \"\(record.tag)\" do not match its seed")
    }
    return seed
  }
}
