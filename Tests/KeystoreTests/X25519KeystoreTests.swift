import Foundation
import GRDB
import HoloCrypto
import Keystore
import Testing

/// Standalone X25519 key pairs, boxes between X25519 and Ed25519 keys, and shared secrets: what the
/// encryption host functions ask of the keystore.
@Suite struct X25519KeystoreTests {
  let fixture: KeystoreFixture
  let keystore: Keystore

  init() throws {
    fixture = try KeystoreFixture()
    keystore = try fixture.open()
  }

  // MARK: X25519 key pairs

  @Test func keyPairsBoxToEachOther() throws {
    let alice = try keystore.newX25519KeyPair()
    let bob = try keystore.newX25519KeyPair()
    #expect(alice.count == 32 && bob.count == 32 && alice != bob)
    #expect(try keystore.holdsX25519(publicKey: alice))
    #expect(try !keystore.holdsX25519(publicKey: SecureRandom.bytes(32)))

    let message = Array("to bob".utf8)
    let (nonce, cipher) = try keystore.encrypt(fromX25519: alice, toX25519: bob, message: message)
    #expect(nonce.count == 24 && cipher.count == message.count + 16)
    #expect(
      try keystore.decrypt(fromX25519: alice, toX25519: bob, nonce: nonce, cipher: cipher)
        == message)
  }

  @Test func aSeedsX25519KeyBoxesWithAStandaloneKeyPair() throws {
    let seed = try keystore.newSeed(tag: "agent", exportable: false)
    let pair = try keystore.newX25519KeyPair()
    #expect(try keystore.holdsX25519(publicKey: seed.x25519PublicKey))
    let (nonce, cipher) = try keystore.encrypt(
      fromX25519: seed.x25519PublicKey, toX25519: pair, message: [1, 2, 3])
    #expect(
      try keystore.decrypt(
        fromX25519: seed.x25519PublicKey, toX25519: pair, nonce: nonce, cipher: cipher)
        == [1, 2, 3])
  }

  @Test func boxesAreCryptoBoxes() throws {
    let outsider = X25519KeyPair.generate()
    let mine = try keystore.newX25519KeyPair()
    let (nonce, cipher) = try keystore.encrypt(
      fromX25519: mine, toX25519: outsider.publicKey, message: [9, 9])
    #expect(
      try CryptoBox.open(cipher: cipher, nonce: nonce, senderPublicKey: mine, recipient: outsider)
        == [9, 9])

    let reply = CryptoBox.randomNonce()
    let sealed = try CryptoBox.seal(
      message: [7], nonce: reply, recipientPublicKey: mine, sender: outsider)
    #expect(
      try keystore.decrypt(
        fromX25519: outsider.publicKey, toX25519: mine, nonce: reply, cipher: sealed) == [7])
  }

  @Test func badX25519InputFailsCleanly() throws {
    let alice = try keystore.newX25519KeyPair()
    let bob = try keystore.newX25519KeyPair()
    let stranger = SecureRandom.bytes(32)
    expectFailure(.unknownPublicKey(stranger)) {
      try keystore.encrypt(fromX25519: stranger, toX25519: bob, message: [1])
    }
    expectFailure(
      .crypto(.invalidLength(parameter: "recipientPublicKey", allowed: 32...32, actual: 31))
    ) {
      try keystore.encrypt(fromX25519: alice, toX25519: Array(bob.prefix(31)), message: [1])
    }
    let (nonce, cipher) = try keystore.encrypt(fromX25519: alice, toX25519: bob, message: [1, 2])
    // Opened by the wrong recipient, claimed from the wrong sender, or altered: never a crash.
    expectFailure(.crypto(.authenticationFailed)) {
      try keystore.decrypt(fromX25519: alice, toX25519: alice, nonce: nonce, cipher: cipher)
    }
    expectFailure(.crypto(.authenticationFailed)) {
      try keystore.decrypt(fromX25519: bob, toX25519: bob, nonce: nonce, cipher: cipher)
    }
    var altered = cipher
    altered[0] ^= 1
    expectFailure(.crypto(.authenticationFailed)) {
      try keystore.decrypt(fromX25519: alice, toX25519: bob, nonce: nonce, cipher: altered)
    }
    expectFailure(.crypto(.invalidLength(parameter: "cipher", allowed: 16...Int.max, actual: 3))) {
      try keystore.decrypt(fromX25519: alice, toX25519: bob, nonce: nonce, cipher: [1, 2, 3])
    }
    expectFailure(.unknownPublicKey(stranger)) {
      try keystore.decrypt(fromX25519: alice, toX25519: stranger, nonce: nonce, cipher: cipher)
    }
  }

  // MARK: Ed25519 boxes

  @Test func ed25519KeysBoxLikeLair() throws {
    let alice = try keystore.newSeed(tag: "alice", exportable: false)
    let bob = try keystore.newSeed(tag: "bob", exportable: false)
    // A seed's X25519 key is its Ed25519 key taken to Curve25519, so either route reaches the same
    // key.
    #expect(
      try Ed25519.curve25519PublicKey(fromEd25519: alice.ed25519PublicKey) == alice.x25519PublicKey)

    let (nonce, cipher) = try keystore.encrypt(
      fromEd25519: alice.ed25519PublicKey, toEd25519: bob.ed25519PublicKey, message: [4, 2])
    #expect(
      try keystore.decrypt(
        fromEd25519: alice.ed25519PublicKey, toEd25519: bob.ed25519PublicKey, nonce: nonce,
        cipher: cipher)
        == [4, 2])
    #expect(
      try keystore.decrypt(
        fromX25519: alice.x25519PublicKey, toX25519: bob.x25519PublicKey, nonce: nonce,
        cipher: cipher)
        == [4, 2])
    expectFailure(.crypto(.authenticationFailed)) {
      try keystore.decrypt(
        fromEd25519: bob.ed25519PublicKey, toEd25519: bob.ed25519PublicKey, nonce: nonce,
        cipher: cipher)
    }
    let stranger = Ed25519KeyPair.generate().publicKey
    expectFailure(.unknownPublicKey(stranger)) {
      try keystore.encrypt(fromEd25519: stranger, toEd25519: bob.ed25519PublicKey, message: [1])
    }
  }

  @Test func anEd25519KeyThatIsNoPointIsRefused() throws {
    let alice = try keystore.newSeed(tag: "alice", exportable: false)
    // y = 2 has no x on the curve: libsodium refuses to convert it.
    let notAPoint = [2] + [UInt8](repeating: 0, count: 31)
    expectFailure(.crypto(.keyExchangeFailed)) {
      try keystore.encrypt(fromEd25519: alice.ed25519PublicKey, toEd25519: notAPoint, message: [1])
    }
  }

  // MARK: Shared secrets

  @Test func sharedSecretsEncryptAndDecrypt() throws {
    try keystore.newSharedSecret(tag: "group")
    #expect(try keystore.hasSharedSecret(tag: "group"))
    #expect(try !keystore.hasSharedSecret(tag: "other"))
    let (nonce, cipher) = try keystore.encrypt(sharedSecret: "group", message: Array("hello".utf8))
    #expect(nonce.count == 24 && cipher.count == 5 + 16)
    #expect(
      try keystore.decrypt(sharedSecret: "group", nonce: nonce, cipher: cipher)
        == Array("hello".utf8))

    expectFailure(.duplicateTag("group")) { try keystore.newSharedSecret(tag: "group") }
    expectFailure(.unknownTag("other")) {
      try keystore.encrypt(sharedSecret: "other", message: [1])
    }
    try keystore.newSharedSecret(tag: "other")
    expectFailure(.crypto(.authenticationFailed)) {
      try keystore.decrypt(sharedSecret: "other", nonce: nonce, cipher: cipher)
    }
  }

  @Test func sharedSecretTagsAreApartFromSeedTags() throws {
    _ = try keystore.newSeed(tag: "agent", exportable: false)
    try keystore.newSharedSecret(tag: "agent")
    expectFailure(.duplicateTag("agent")) { try keystore.newSeed(tag: "agent", exportable: false) }
    #expect(try keystore.list().map(\.tag) == ["agent"])
  }

  @Test func exportedSecretsImportIntoAnotherKeystore() throws {
    let otherFixture = try KeystoreFixture()
    let other = try otherFixture.open()
    let sender = try keystore.newX25519KeyPair()
    let recipient = try other.newX25519KeyPair()
    try keystore.newSharedSecret(tag: "group")

    let (nonce, cipher) = try keystore.exportSharedSecret(
      tag: "group", senderX25519: sender, recipientX25519: recipient)
    #expect(cipher.count == 48)
    try other.importSharedSecret(
      tag: "theirs", senderX25519: sender, recipientX25519: recipient, nonce: nonce, cipher: cipher)

    let sealed = try keystore.encrypt(sharedSecret: "group", message: [5, 6, 7])
    #expect(
      try other.decrypt(sharedSecret: "theirs", nonce: sealed.nonce, cipher: sealed.cipher) == [
        5, 6, 7,
      ])

    expectFailure(.duplicateTag("theirs")) {
      try other.importSharedSecret(
        tag: "theirs", senderX25519: sender, recipientX25519: recipient, nonce: nonce,
        cipher: cipher)
    }
    expectFailure(.crypto(.authenticationFailed)) {
      try other.importSharedSecret(
        tag: "again", senderX25519: recipient, recipientX25519: recipient, nonce: nonce,
        cipher: cipher)
    }
    expectFailure(.crypto(.invalidLength(parameter: "cipher", allowed: 48...48, actual: 47))) {
      try other.importSharedSecret(
        tag: "again", senderX25519: sender, recipientX25519: recipient, nonce: nonce,
        cipher: Array(cipher.dropLast()))
    }
    expectFailure(.unknownPublicKey(recipient)) {
      try keystore.importSharedSecret(
        tag: "again", senderX25519: sender, recipientX25519: recipient, nonce: nonce, cipher: cipher
      )
    }
    expectFailure(.unknownTag("missing")) {
      try keystore.exportSharedSecret(
        tag: "missing", senderX25519: sender, recipientX25519: recipient)
    }
    #expect(try !other.hasSharedSecret(tag: "again"))
    try other.close()
  }

  // MARK: At rest

  @Test func keysSurviveReopeningAndAreSealedAtRest() throws {
    let pair = try keystore.newX25519KeyPair()
    try keystore.newSharedSecret(tag: "group")
    let sealed = try keystore.encrypt(sharedSecret: "group", message: [1, 2, 3])
    // Learn the secret's bytes the only way there is: export it to a key pair held outside.
    let outsider = X25519KeyPair.generate()
    let exported = try keystore.exportSharedSecret(
      tag: "group", senderX25519: pair, recipientX25519: outsider.publicKey)
    let secret = try CryptoBox.open(
      cipher: exported.cipher, nonce: exported.nonce, senderPublicKey: pair, recipient: outsider)
    #expect(secret.count == 32)
    try keystore.close()
    expectFailure(.closed) { try keystore.newX25519KeyPair() }
    expectFailure(.closed) { try keystore.encrypt(sharedSecret: "group", message: [1]) }

    let (database, log) = try fixture.databaseAndLog()
    #expect(!database.contains(secret))
    #expect(log.map { !$0.contains(secret) } ?? true)
    #expect(database.contains(pair) || (log?.contains(pair) ?? false))

    let reopened = try fixture.open()
    #expect(try reopened.holdsX25519(publicKey: pair))
    #expect(
      try reopened.decrypt(sharedSecret: "group", nonce: sealed.nonce, cipher: sealed.cipher) == [
        1, 2, 3,
      ])
    let box = try reopened.encrypt(fromX25519: pair, toX25519: outsider.publicKey, message: [8])
    #expect(
      try CryptoBox.open(
        cipher: box.cipher, nonce: box.nonce, senderPublicKey: pair, recipient: outsider) == [8])
    try reopened.close()
  }

  @Test func aKeystoreMadeBeforeTheseTablesStillOpens() throws {
    let seed = try keystore.newSeed(tag: "agent", exportable: false)
    try keystore.close()
    // Take the file back to the first schema, as a keystore written by an older build.
    let queue = try DatabaseQueue(path: fixture.path)
    try queue.write { db in
      try db.execute(sql: "DROP TABLE x25519_keypair")
      try db.execute(sql: "DROP TABLE shared_secret")
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier != 'v1'")
    }
    try queue.close()

    let reopened = try fixture.open()
    #expect(try reopened.get(tag: "agent") == seed)
    try reopened.newSharedSecret(tag: "group")
    #expect(try reopened.holdsX25519(publicKey: try reopened.newX25519KeyPair()))
    try reopened.close()
  }
}
