import Foundation
import HoloCrypto
import Keystore
import Testing

@Suite struct KeystoreTests {
  @Test func createListSignAndVerify() throws {
    let fixture = try KeystoreFixture()
    let keystore = try fixture.open()
    let agent = try keystore.newSeed(tag: "agent", exportable: false)
    let other = try keystore.newSeed(tag: "other", exportable: true)

    #expect(agent.tag == "agent" && !agent.exportable)
    #expect(agent.ed25519PublicKey.count == 32 && agent.x25519PublicKey.count == 32)
    #expect(agent.ed25519PublicKey != other.ed25519PublicKey)
    #expect(Set(try keystore.list()) == [agent, other])
    #expect(try keystore.get(tag: "other") == other)
    #expect(try keystore.get(tag: "nobody") == nil)

    let message = Array("create an entry".utf8)
    let signature = try keystore.sign(publicKey: agent.ed25519PublicKey, message: message)
    #expect(
      Ed25519.verify(signature: signature, message: message, publicKey: agent.ed25519PublicKey))
    #expect(
      !Ed25519.verify(signature: signature, message: message, publicKey: other.ed25519PublicKey))

    expectFailure(.unknownPublicKey(agent.x25519PublicKey)) {
      try keystore.sign(publicKey: agent.x25519PublicKey, message: message)
    }
    try keystore.close()
  }

  @Test func importedSeedsDeriveLairKeys() throws {
    let fixture = try KeystoreFixture()
    let keystore = try fixture.open()
    let seed = SecureRandom.bytes(32)
    let info = try keystore.importSeed(tag: "imported", seed: seed, exportable: false)
    #expect(info.ed25519PublicKey == (try Ed25519KeyPair(seed: seed)).publicKey)
    #expect(info.x25519PublicKey == (try X25519KeyPair(seed: seed)).publicKey)
    // Ed25519 signatures are deterministic: the keystore signs exactly as the seed does.
    let message = Array("deterministic".utf8)
    #expect(
      try keystore.sign(publicKey: info.ed25519PublicKey, message: message)
        == (try Ed25519KeyPair(seed: seed)).sign(message))

    expectFailure(.crypto(.invalidLength(parameter: "seed", allowed: 32...32, actual: 31))) {
      try keystore.importSeed(tag: "short", seed: Array(seed.prefix(31)), exportable: true)
    }
  }

  @Test func restartRestoresEveryKey() throws {
    let fixture = try KeystoreFixture()
    let message = Array("survives a restart".utf8)
    let seed = SecureRandom.bytes(32)
    let before: [SeedInfo]
    let signatures: [[UInt8]]
    do {
      let keystore = try fixture.open()
      _ = try keystore.newSeed(tag: "a", exportable: false)
      _ = try keystore.newSeed(tag: "b", exportable: true)
      _ = try keystore.importSeed(tag: "c", seed: seed, exportable: true)
      before = try keystore.list()
      signatures = try before.map {
        try keystore.sign(publicKey: $0.ed25519PublicKey, message: message)
      }
      try keystore.close()
    }

    let reopened = try fixture.open()
    let after = try reopened.list()
    #expect(after == before)
    #expect(after.map(\.tag) == ["a", "b", "c"])
    for (info, signature) in zip(after, signatures) {
      let again = try reopened.sign(publicKey: info.ed25519PublicKey, message: message)
      #expect(again == signature)
      #expect(Ed25519.verify(signature: again, message: message, publicKey: info.ed25519PublicKey))
    }
    #expect(try reopened.exportSeed(tag: "c") == seed)
    try reopened.close()
  }

  @Test func wrongPassphraseIsRefusedAndChangesNothing() throws {
    let fixture = try KeystoreFixture()
    do {
      let keystore = try fixture.open()
      _ = try keystore.newSeed(tag: "agent", exportable: false)
      try keystore.close()
    }
    let before = try fixture.snapshot()
    #expect(before["keystore.sqlite"] != nil)

    expectFailure(.wrongPassphrase) { try fixture.open(passphrase: Array("wrong horse".utf8)) }
    expectFailure(.wrongPassphrase) { try fixture.open(passphrase: []) }
    #expect(try fixture.snapshot() == before)

    let keystore = try fixture.open()
    #expect(try keystore.list().map(\.tag) == ["agent"])
    try keystore.close()
  }

  @Test func aWrongPassphraseAfterACrashWritesNothingEvenTheLog() throws {
    let fixture = try KeystoreFixture()
    let crashed = try KeystoreFixture()
    let keystore = try fixture.open()
    _ = try keystore.newSeed(tag: "agent", exportable: false)
    // A crash image: the files as they are while the keystore is open, its write-ahead log not merged yet.
    for (name, bytes) in try fixture.snapshot() {
      try bytes.write(to: crashed.directory.appendingPathComponent(name))
    }
    try keystore.close()
    let before = try crashed.databaseAndLog()
    #expect(before.log.map { !$0.isEmpty } == true)

    expectFailure(.wrongPassphrase) { try crashed.open(passphrase: Array("wrong horse".utf8)) }
    // The database and its log as they were (the log's shared-memory index is a cache SQLite rebuilds).
    let after = try crashed.databaseAndLog()
    #expect(after.database == before.database)
    #expect(after.log == before.log)

    let recovered = try crashed.open()
    #expect(try recovered.list().map(\.tag) == ["agent"])
    try recovered.close()
  }

  @Test func errorsSayWhatIsWrongInWords() {
    #expect("\(KeystoreError.wrongPassphrase)".contains("passphrase does not unlock"))
    #expect("\(KeystoreError.unknownTag("x"))".contains("no seed tagged"))
  }

  @Test func seedsNeverReachTheDiskInPlainText() throws {
    let fixture = try KeystoreFixture()
    let keystore = try fixture.open()
    var seeds: [[UInt8]] = []
    var publicKeys: [[UInt8]] = []
    for index in 0..<3 {
      let seed = SecureRandom.bytes(32)
      seeds.append(seed)
      publicKeys.append(
        try keystore.importSeed(tag: "imported-\(index)", seed: seed, exportable: true)
          .ed25519PublicKey)
    }
    for index in 0..<2 {
      let info = try keystore.newSeed(tag: "new-\(index)", exportable: true)
      seeds.append(try keystore.exportSeed(tag: info.tag))
      publicKeys.append(info.ed25519PublicKey)
    }
    _ = try keystore.secretBoxSeal(tag: "new-0", message: [1, 2, 3])

    func scan(_ stage: Comment) throws {
      let (database, log) = try fixture.databaseAndLog()
      let files = [database] + (log.map { [$0] } ?? [])
      for seed in seeds {
        #expect(!files.contains { $0.contains(seed) }, stage)
      }
      // Control: the public keys are stored in the clear, so the scan does find what is there.
      for key in publicKeys {
        #expect(files.contains { $0.contains(key) }, stage)
      }
    }

    let (_, log) = try fixture.databaseAndLog()
    #expect((log?.count ?? 0) > 0, "the rows should still sit in the write-ahead log")
    try scan("before checkpoint")
    try keystore.checkpoint()
    try scan("after checkpoint")
    try keystore.close()
    try scan("after close")
  }

  @Test func exportRules() throws {
    let fixture = try KeystoreFixture()
    let keystore = try fixture.open()
    let seed = SecureRandom.bytes(32)
    _ = try keystore.importSeed(tag: "open", seed: seed, exportable: true)
    _ = try keystore.importSeed(tag: "sealed", seed: SecureRandom.bytes(32), exportable: false)

    #expect(try keystore.exportSeed(tag: "open") == seed)
    expectFailure(.notExportable("sealed")) { try keystore.exportSeed(tag: "sealed") }
    expectFailure(.unknownTag("missing")) { try keystore.exportSeed(tag: "missing") }
  }

  @Test func cryptoBoxBetweenTwoSeeds() throws {
    let fixture = try KeystoreFixture()
    let keystore = try fixture.open()
    let alice = try keystore.newSeed(tag: "alice", exportable: false)
    let bob = try keystore.newSeed(tag: "bob", exportable: false)
    let message = Array("gossip for bob".utf8)

    let (nonce, cipher) = try keystore.cryptoBox(
      senderX25519: alice.x25519PublicKey, recipientX25519: bob.x25519PublicKey, message: message)
    #expect(nonce.count == CryptoBox.nonceLength)
    #expect(cipher.count == message.count + CryptoBox.macLength)
    let opened = try keystore.cryptoBoxOpen(
      senderX25519: alice.x25519PublicKey, recipientX25519: bob.x25519PublicKey,
      nonce: nonce, cipher: cipher)
    #expect(opened == message)

    var altered = cipher
    altered[0] ^= 0x01
    expectFailure(.crypto(.authenticationFailed)) {
      try keystore.cryptoBoxOpen(
        senderX25519: alice.x25519PublicKey, recipientX25519: bob.x25519PublicKey,
        nonce: nonce, cipher: altered)
    }
    // A third local seed cannot open a box addressed to Bob.
    let carol = try keystore.newSeed(tag: "carol", exportable: false)
    expectFailure(.crypto(.authenticationFailed)) {
      try keystore.cryptoBoxOpen(
        senderX25519: alice.x25519PublicKey, recipientX25519: carol.x25519PublicKey,
        nonce: nonce, cipher: cipher)
    }

    // A remote peer (outside the keystore) can open what a local seed sent it.
    let peer = X25519KeyPair.generate()
    let toPeer = try keystore.cryptoBox(
      senderX25519: alice.x25519PublicKey, recipientX25519: peer.publicKey, message: message)
    #expect(
      try CryptoBox.open(
        cipher: toPeer.cipher, nonce: toPeer.nonce, senderPublicKey: alice.x25519PublicKey,
        recipient: peer) == message)

    expectFailure(.unknownPublicKey(peer.publicKey)) {
      try keystore.cryptoBox(
        senderX25519: peer.publicKey, recipientX25519: bob.x25519PublicKey, message: message)
    }
  }

  @Test func secretBoxByTag() throws {
    let fixture = try KeystoreFixture()
    let message = Array("note to self".utf8)
    let sealed: (nonce: [UInt8], cipher: [UInt8])
    do {
      let keystore = try fixture.open()
      _ = try keystore.newSeed(tag: "mine", exportable: false)
      _ = try keystore.newSeed(tag: "theirs", exportable: false)
      sealed = try keystore.secretBoxSeal(tag: "mine", message: message)
      #expect(
        try keystore.secretBoxOpen(tag: "mine", nonce: sealed.nonce, cipher: sealed.cipher)
          == message)
      expectFailure(.crypto(.authenticationFailed)) {
        try keystore.secretBoxOpen(tag: "theirs", nonce: sealed.nonce, cipher: sealed.cipher)
      }
      expectFailure(.unknownTag("nobody")) {
        try keystore.secretBoxSeal(tag: "nobody", message: message)
      }
      try keystore.close()
    }
    // The key is derived from the seed, so it is the same after a restart.
    let reopened = try fixture.open()
    #expect(
      try reopened.secretBoxOpen(tag: "mine", nonce: sealed.nonce, cipher: sealed.cipher) == message
    )
  }

  @Test func secretBoxKeyIsTheDocumentedDerivation() throws {
    let fixture = try KeystoreFixture()
    let keystore = try fixture.open()
    let seed = SecureRandom.bytes(32)
    _ = try keystore.importSeed(tag: "known", seed: seed, exportable: false)
    let (nonce, cipher) = try keystore.secretBoxSeal(tag: "known", message: [42])
    let key = try KDF.deriveSubkey(masterKey: seed, subkeyId: 1, context: "HsSecBox", length: 32)
    #expect(try SecretBox.open(cipher: cipher, nonce: nonce, key: key) == [42])
  }

  @Test func duplicatesAreRefused() throws {
    let fixture = try KeystoreFixture()
    let keystore = try fixture.open()
    let seed = SecureRandom.bytes(32)
    let first = try keystore.importSeed(tag: "agent", seed: seed, exportable: false)

    expectFailure(.duplicateTag("agent")) { try keystore.newSeed(tag: "agent", exportable: true) }
    expectFailure(.duplicateTag("agent")) {
      try keystore.importSeed(tag: "agent", seed: SecureRandom.bytes(32), exportable: true)
    }
    expectFailure(.duplicateSeed(existingTag: "agent")) {
      try keystore.importSeed(tag: "alias", seed: seed, exportable: true)
    }
    #expect(try keystore.list() == [first])
  }

  @Test func deleteForgetsTheSeed() throws {
    let fixture = try KeystoreFixture()
    let keystore = try fixture.open()
    let doomed = try keystore.newSeed(tag: "doomed", exportable: false)
    let kept = try keystore.newSeed(tag: "kept", exportable: false)
    _ = try keystore.sign(publicKey: doomed.ed25519PublicKey, message: [1])  // now cached

    try keystore.deleteSeed(tag: "doomed")
    #expect(try keystore.list() == [kept])
    #expect(try keystore.get(tag: "doomed") == nil)
    expectFailure(.unknownPublicKey(doomed.ed25519PublicKey)) {
      try keystore.sign(publicKey: doomed.ed25519PublicKey, message: [1])
    }
    expectFailure(.unknownTag("doomed")) { try keystore.deleteSeed(tag: "doomed") }
    let reborn = try keystore.newSeed(tag: "doomed", exportable: false)
    #expect(reborn.ed25519PublicKey != doomed.ed25519PublicKey)
  }

  @Test func closedKeystoreRefusesWork() throws {
    let fixture = try KeystoreFixture()
    let keystore = try fixture.open()
    let info = try keystore.newSeed(tag: "agent", exportable: false)
    try keystore.close()
    expectFailure(.closed) { try keystore.sign(publicKey: info.ed25519PublicKey, message: [1]) }
    expectFailure(.closed) { try keystore.list() }
    expectFailure(.closed) { try keystore.newSeed(tag: "late", exportable: false) }
  }

  @Test func signsConcurrently() async throws {
    let fixture = try KeystoreFixture()
    let keystore = try fixture.open()
    var keys: [[UInt8]] = []
    for index in 0..<4 {
      keys.append(try keystore.newSeed(tag: "agent-\(index)", exportable: false).ed25519PublicKey)
    }
    try keystore.close()
    // A fresh open has an empty cache, so concurrent signers race to fill it.
    let reopened = try fixture.open()
    let results = try await withThrowingTaskGroup(of: Bool.self) { group in
      for round in 0..<32 {
        let key = keys[round % keys.count]
        group.addTask {
          let message = Array("round \(round)".utf8)
          let signature = try reopened.sign(publicKey: key, message: message)
          return Ed25519.verify(signature: signature, message: message, publicKey: key)
        }
      }
      return try await group.reduce(into: [Bool]()) { $0.append($1) }
    }
    #expect(results.count == 32 && results.allSatisfy { $0 })
  }
}
