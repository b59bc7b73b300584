/// The unlocked seeds held in memory, indexed three ways.
///
/// Owned by a ``Keystore`` inside a `Mutex`; entries are added and removed only from within
/// its database accesses, which GRDB serializes, so the cache never disagrees with the file
/// for long (see ``Keystore``).
struct SeedCache {
  private var byEd25519: [[UInt8]: UnlockedSeed] = [:]
  private var ed25519ByX25519: [[UInt8]: [UInt8]] = [:]
  private var ed25519ByTag: [String: [UInt8]] = [:]
  /// Set by ``Keystore/close()``; a closed keystore answers every call with ``KeystoreError/closed``.
  private(set) var isClosed = false

  func seed(ed25519 publicKey: [UInt8]) -> UnlockedSeed? {
    byEd25519[publicKey]
  }

  func seed(x25519 publicKey: [UInt8]) -> UnlockedSeed? {
    ed25519ByX25519[publicKey].flatMap { byEd25519[$0] }
  }

  func seed(tag: String) -> UnlockedSeed? {
    ed25519ByTag[tag].flatMap { byEd25519[$0] }
  }

  mutating func insert(_ seed: UnlockedSeed) {
    let key = seed.info.ed25519PublicKey
    byEd25519[key] = seed
    ed25519ByX25519[seed.info.x25519PublicKey] = key
    ed25519ByTag[seed.info.tag] = key
  }

  mutating func remove(tag: String) {
    guard let key = ed25519ByTag.removeValue(forKey: tag) else { return }
    if let seed = byEd25519.removeValue(forKey: key) {
      ed25519ByX25519[seed.info.x25519PublicKey] = nil
    }
  }

  /// Drops every seed (their memory is wiped as they are released) and refuses further use.
  mutating func close() {
    self = SeedCache()
    isClosed = true
  }
}
