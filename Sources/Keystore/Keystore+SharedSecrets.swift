import Foundation
import GRDB
import HoloCrypto

extension Keystore {
  /// Creates a random 32-byte shared secret (an XSalsa20-Poly1305 key) under a new `tag`, sealed
  /// at rest like seeds (Holochain's `x_salsa20_poly1305_shared_secret_create_random`).
  ///
  /// Shared secrets have tags of their own, apart from seed tags. An existing tag is
  /// ``KeystoreError/duplicateTag(_:)``.
  ///
  /// ```swift
  /// try keystore.newSharedSecret(tag: "group")
  /// let (nonce, cipher) = try keystore.encrypt(sharedSecret: "group", message: plain)
  /// ```
  public func newSharedSecret(tag: String) throws(KeystoreError) {
    try ensureOpen()
    var secret = SecureRandom.bytes(SecretBox.keyLength)
    defer { SecureBytes.zero(&secret) }
    try insertSharedSecret(tag: tag, secret: secret)
  }

  /// Whether a shared secret named `tag` exists.
  ///
  /// ```swift
  /// if try !keystore.hasSharedSecret(tag: "group") { try keystore.newSharedSecret(tag: "group") }
  /// ```
  public func hasSharedSecret(tag: String) throws(KeystoreError) -> Bool {
    try read { db in try SharedSecretRecord.exists(db, key: tag) }
  }

  /// Encrypts `message` with the shared secret named `tag` (`crypto_secretbox`, XSalsa20-Poly1305,
  /// a fresh random nonce); lair's `secretbox_xsalsa_by_tag`, whose key is the secret itself.
  ///
  /// An unknown tag is ``KeystoreError/unknownTag(_:)``.
  ///
  /// ```swift
  /// let (nonce, cipher) = try keystore.encrypt(sharedSecret: "group", message: plain)
  /// ```
  public func encrypt(sharedSecret tag: String, message: [UInt8]) throws(KeystoreError)
    -> (nonce: [UInt8], cipher: [UInt8])
  {
    let secret = try sharedSecret(tag: tag)
    let nonce = SecretBox.randomNonce()
    do {
      let cipher = try secret.withTemporaryArray { key throws(CryptoError) in
        try SecretBox.seal(message: message, nonce: nonce, key: key)
      }
      return (nonce, cipher)
    } catch {
      throw .crypto(error)
    }
  }

  /// Decrypts what ``encrypt(sharedSecret:message:)`` sealed with the shared secret named `tag`.
  ///
  /// An unknown tag is ``KeystoreError/unknownTag(_:)``; a box that fails to authenticate is
  /// ``KeystoreError/crypto(_:)`` with ``CryptoError/authenticationFailed``.
  ///
  /// ```swift
  /// let plain = try keystore.decrypt(sharedSecret: "group", nonce: nonce, cipher: cipher)
  /// ```
  public func decrypt(sharedSecret tag: String, nonce: [UInt8], cipher: [UInt8])
    throws(KeystoreError) -> [UInt8]
  {
    let secret = try sharedSecret(tag: tag)
    do {
      return try secret.withTemporaryArray { key throws(CryptoError) in
        try SecretBox.open(cipher: cipher, nonce: nonce, key: key)
      }
    } catch {
      throw .crypto(error)
    }
  }

  /// Boxes the shared secret named `tag` from a local X25519 key (`senderX25519`, as in
  /// ``encrypt(fromX25519:toX25519:message:)``) to `recipientX25519`, who can store it with
  /// ``importSharedSecret(tag:senderX25519:recipientX25519:nonce:cipher:)``; lair's
  /// `export_seed_by_tag`. The cipher text is the 32-byte secret plus a 16-byte MAC.
  ///
  /// An unknown tag is ``KeystoreError/unknownTag(_:)``, an unknown sender
  /// ``KeystoreError/unknownPublicKey(_:)``.
  ///
  /// ```swift
  /// let (nonce, cipher) = try keystore.exportSharedSecret(
  ///   tag: "group", senderX25519: mine, recipientX25519: peer)
  /// ```
  public func exportSharedSecret(
    tag: String,
    senderX25519: [UInt8],
    recipientX25519: [UInt8]
  ) throws(KeystoreError) -> (nonce: [UInt8], cipher: [UInt8]) {
    let secret = try sharedSecret(tag: tag)
    let sender = try agreementKeyPair(x25519: senderX25519)
    var bytes = secret.copyBytes()
    defer { SecureBytes.zero(&bytes) }
    return try Self.box(bytes, from: sender, to: recipientX25519)
  }

  /// Opens a shared secret boxed to a local X25519 key (`recipientX25519`) by
  /// ``exportSharedSecret(tag:senderX25519:recipientX25519:)`` (or lair's `export_seed_by_tag`)
  /// and stores it under a new `tag`; lair's `import_seed`.
  ///
  /// An unknown recipient is ``KeystoreError/unknownPublicKey(_:)``; a cipher text that is not
  /// 48 bytes, or does not authenticate, is ``KeystoreError/crypto(_:)``; an existing tag is
  /// ``KeystoreError/duplicateTag(_:)``.
  ///
  /// ```swift
  /// try keystore.importSharedSecret(
  ///   tag: "group", senderX25519: peer, recipientX25519: mine, nonce: nonce, cipher: cipher)
  /// ```
  public func importSharedSecret(
    tag: String,
    senderX25519: [UInt8],
    recipientX25519: [UInt8],
    nonce: [UInt8],
    cipher: [UInt8]
  ) throws(KeystoreError) {
    let recipient = try agreementKeyPair(x25519: recipientX25519)
    let sealedLength = SecretBox.keyLength + CryptoBox.macLength
    guard cipher.count == sealedLength else {
      throw .crypto(
        .invalidLength(
          parameter: "cipher", allowed: sealedLength...sealedLength, actual: cipher.count))
    }
    var secret = try Self.unbox(cipher, nonce: nonce, from: senderX25519, to: recipient)
    defer { SecureBytes.zero(&secret) }
    try insertSharedSecret(tag: tag, secret: secret)
  }

  /// Seals `secret` and stores it under `tag`, refusing an existing tag.
  private func insertSharedSecret(tag: String, secret: [UInt8]) throws(KeystoreError) {
    let sealed = try kek.seal(secret, additionalData: SharedSecretRecord.additionalData(tag: tag))
    let record = SharedSecretRecord(
      tag: tag,
      header: Data(sealed.header),
      cipher: Data(sealed.cipher),
      createdAtMilliseconds: Self.nowMilliseconds())
    try write { db in
      if try SharedSecretRecord.exists(db, key: tag) {
        throw KeystoreError.duplicateTag(tag)
      }
      try record.insert(db)
    }
  }

  /// The unsealed shared secret named `tag`.
  private func sharedSecret(tag: String) throws(KeystoreError) -> SecureBytes {
    let record = try read { db in try SharedSecretRecord.fetchOne(db, key: tag) }
    guard let record else { throw .unknownTag(tag) }
    var bytes: [UInt8]
    do {
      bytes = try kek.open(
        header: [UInt8](record.header),
        cipher: [UInt8](record.cipher),
        additionalData: SharedSecretRecord.additionalData(tag: tag))
    } catch {
      throw .corrupted("the sealed shared secret \"\(tag)\" does not open: \(error)")
    }
    defer { SecureBytes.zero(&bytes) }
    guard bytes.count == SecretBox.keyLength else {
      throw .corrupted("the shared secret \"\(tag)\" is \(bytes.count) bytes long, not 32")
    }
    return SecureBytes(copying: bytes)
  }
}
