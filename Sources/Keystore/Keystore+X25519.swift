import Foundation
import GRDB
import HoloCrypto

extension Keystore {
  /// Creates a random X25519 key pair, stores it sealed at rest, and returns its 32-byte public
  /// key (Holochain's `create_x25519_keypair`; lair keeps such a pair as a non-exportable seed).
  ///
  /// The secret key never leaves the keystore: box and unbox with
  /// ``encrypt(fromX25519:toX25519:message:)`` and ``decrypt(fromX25519:toX25519:nonce:cipher:)``.
  ///
  /// ```swift
  /// let mine = try keystore.newX25519KeyPair()
  /// let (nonce, cipher) = try keystore.encrypt(fromX25519: mine, toX25519: peer, message: plain)
  /// ```
  public func newX25519KeyPair() throws(KeystoreError) -> [UInt8] {
    try ensureOpen()
    var seed = SecureRandom.bytes(X25519KeyPair.seedLength)
    defer { SecureBytes.zero(&seed) }
    let keyPair: X25519KeyPair
    do {
      keyPair = try X25519KeyPair(seed: seed)
    } catch {
      throw .crypto(error)
    }
    let sealed = try kek.seal(
      seed, additionalData: X25519KeyPairRecord.additionalData(publicKey: keyPair.publicKey))
    let record = X25519KeyPairRecord(
      publicKey: Data(keyPair.publicKey),
      header: Data(sealed.header),
      cipher: Data(sealed.cipher),
      createdAtMilliseconds: Self.nowMilliseconds())
    try write { db in try record.insert(db) }
    return keyPair.publicKey
  }

  /// Whether the keystore holds the secret key of the X25519 public key `publicKey`: a key pair
  /// made by ``newX25519KeyPair()``, or the X25519 key of a seed.
  ///
  /// ```swift
  /// if try keystore.holdsX25519(publicKey: key) { /* it can decrypt what is sent to key */ }
  /// ```
  public func holdsX25519(publicKey: [UInt8]) throws(KeystoreError) -> Bool {
    let key = Data(publicKey)
    return try read { db in
      let seeds = try SeedRecord.filter(SeedRecord.CodingKeys.x25519PublicKey == key).fetchCount(db)
      return try seeds > 0 || X25519KeyPairRecord.exists(db, key: key)
    }
  }

  /// Encrypts `message` from a local X25519 key (`senderX25519`: a key pair of
  /// ``newX25519KeyPair()`` or a seed's X25519 key) to `recipientX25519`, with `crypto_box`
  /// (XSalsa20-Poly1305) and a fresh random nonce; lair's `crypto_box_xsalsa_by_pub_key`.
  ///
  /// An unknown sender is ``KeystoreError/unknownPublicKey(_:)``; a malformed recipient key is
  /// ``KeystoreError/crypto(_:)``.
  ///
  /// ```swift
  /// let (nonce, cipher) = try keystore.encrypt(fromX25519: mine, toX25519: peer, message: plain)
  /// ```
  public func encrypt(
    fromX25519 senderX25519: [UInt8],
    toX25519 recipientX25519: [UInt8],
    message: [UInt8]
  ) throws(KeystoreError) -> (nonce: [UInt8], cipher: [UInt8]) {
    let sender = try agreementKeyPair(x25519: senderX25519)
    return try Self.box(message, from: sender, to: recipientX25519)
  }

  /// Decrypts a box sent by `senderX25519` to a local X25519 key (`recipientX25519`); lair's
  /// `crypto_box_xsalsa_open_by_pub_key`.
  ///
  /// An unknown recipient is ``KeystoreError/unknownPublicKey(_:)``; a box that fails to
  /// authenticate is ``KeystoreError/crypto(_:)`` with ``CryptoError/authenticationFailed``.
  ///
  /// ```swift
  /// let plain = try keystore.decrypt(
  ///   fromX25519: peer, toX25519: mine, nonce: nonce, cipher: cipher)
  /// ```
  public func decrypt(
    fromX25519 senderX25519: [UInt8],
    toX25519 recipientX25519: [UInt8],
    nonce: [UInt8],
    cipher: [UInt8]
  ) throws(KeystoreError) -> [UInt8] {
    let recipient = try agreementKeyPair(x25519: recipientX25519)
    return try Self.unbox(cipher, nonce: nonce, from: senderX25519, to: recipient)
  }

  /// Encrypts `message` from the seed whose Ed25519 key is `senderEd25519` to the holder of the
  /// Ed25519 key `recipientEd25519`; lair's `crypto_box_xsalsa_by_sign_pub_key`.
  ///
  /// Both keys are taken to X25519 as libsodium's `crypto_sign_ed25519_*_to_curve25519` do (for
  /// a seed that is its own X25519 key), then boxed with `crypto_box`. An unknown sender is
  /// ``KeystoreError/unknownPublicKey(_:)``; a recipient that is not a valid Ed25519 point is
  /// ``KeystoreError/crypto(_:)``.
  ///
  /// ```swift
  /// let (nonce, cipher) = try keystore.encrypt(fromEd25519: me, toEd25519: peer, message: plain)
  /// ```
  public func encrypt(
    fromEd25519 senderEd25519: [UInt8],
    toEd25519 recipientEd25519: [UInt8],
    message: [UInt8]
  ) throws(KeystoreError) -> (nonce: [UInt8], cipher: [UInt8]) {
    let sender = try unlockedSeed(ed25519: senderEd25519)
    let recipient = try Self.curve25519(recipientEd25519)
    return try Self.box(message, from: sender.agreement, to: recipient)
  }

  /// Decrypts a box sent by the holder of `senderEd25519` to the seed whose Ed25519 key is
  /// `recipientEd25519`; lair's `crypto_box_xsalsa_open_by_sign_pub_key`.
  ///
  /// An unknown recipient is ``KeystoreError/unknownPublicKey(_:)``; a box that fails to
  /// authenticate is ``KeystoreError/crypto(_:)`` with ``CryptoError/authenticationFailed``.
  ///
  /// ```swift
  /// let plain = try keystore.decrypt(
  ///   fromEd25519: peer, toEd25519: me, nonce: nonce, cipher: cipher)
  /// ```
  public func decrypt(
    fromEd25519 senderEd25519: [UInt8],
    toEd25519 recipientEd25519: [UInt8],
    nonce: [UInt8],
    cipher: [UInt8]
  ) throws(KeystoreError) -> [UInt8] {
    let recipient = try unlockedSeed(ed25519: recipientEd25519)
    let sender = try Self.curve25519(senderEd25519)
    return try Self.unbox(cipher, nonce: nonce, from: sender, to: recipient.agreement)
  }

  /// The local X25519 key pair whose public key is `publicKey`: a seed's, or a standalone one.
  func agreementKeyPair(x25519 publicKey: [UInt8]) throws(KeystoreError) -> X25519KeyPair {
    do {
      return try unlockedSeed(x25519: publicKey).agreement
    } catch .unknownPublicKey {
      // Not a seed's key: look among the standalone key pairs.
    } catch {
      throw error
    }
    let record = try read { db in try X25519KeyPairRecord.fetchOne(db, key: Data(publicKey)) }
    guard let record else { throw .unknownPublicKey(publicKey) }
    return try unseal(record)
  }

  /// Decrypts a standalone key pair's seed and checks it against the row's public key.
  func unseal(_ record: X25519KeyPairRecord) throws(KeystoreError) -> X25519KeyPair {
    let publicKey = [UInt8](record.publicKey)
    var seed: [UInt8]
    do {
      seed = try kek.open(
        header: [UInt8](record.header),
        cipher: [UInt8](record.cipher),
        additionalData: X25519KeyPairRecord.additionalData(publicKey: publicKey))
    } catch {
      throw .corrupted("a sealed X25519 key pair does not open: \(error)")
    }
    defer { SecureBytes.zero(&seed) }
    let keyPair: X25519KeyPair
    do {
      keyPair = try X25519KeyPair(seed: seed)
    } catch {
      throw .corrupted("a sealed X25519 key pair is malformed: \(error)")
    }
    guard keyPair.publicKey == publicKey else {
      throw .corrupted("a stored X25519 public key does not match its sealed seed")
    }
    return keyPair
  }

  /// `crypto_box` of `message` with a fresh random nonce.
  static func box(_ message: [UInt8], from sender: X25519KeyPair, to recipient: [UInt8])
    throws(KeystoreError) -> (nonce: [UInt8], cipher: [UInt8])
  {
    let nonce = CryptoBox.randomNonce()
    do {
      let cipher = try CryptoBox.seal(
        message: message, nonce: nonce, recipientPublicKey: recipient, sender: sender)
      return (nonce, cipher)
    } catch {
      throw .crypto(error)
    }
  }

  /// Opens a `crypto_box`.
  static func unbox(
    _ cipher: [UInt8], nonce: [UInt8], from sender: [UInt8], to recipient: X25519KeyPair
  ) throws(KeystoreError) -> [UInt8] {
    do {
      return try CryptoBox.open(
        cipher: cipher, nonce: nonce, senderPublicKey: sender, recipient: recipient)
    } catch {
      throw .crypto(error)
    }
  }

  /// The X25519 form of an Ed25519 public key.
  private static func curve25519(_ ed25519: [UInt8]) throws(KeystoreError) -> [UInt8] {
    do {
      return try Ed25519.curve25519PublicKey(fromEd25519: ed25519)
    } catch {
      throw .crypto(error)
    }
  }

  /// Milliseconds since 1970, now: the `created_at` of new rows.
  static func nowMilliseconds() -> Int64 {
    Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
  }
}
