import Foundation
import GRDB
import HoloCore
import HoloCrypto
import Keystore
import StateStore

extension BenchmarkGroup {
  /// Appending to a source chain through a workspace, as zome calls of 1 and of 100 actions do, beside the
  /// floors they cannot beat: libsodium hashing and signing alone, and bare SQLite inserts of the same rows.
  static var chain: BenchmarkGroup {
    BenchmarkGroup(
      name: "chain",
      summary: "Chain append per action (workspace → sign → one-transaction flush, WAL) vs its floors."
    ) { runner in
      let directory = FileManager.default.temporaryDirectory.appendingPathComponent("holoswift-bench-\(UUID())")
      defer { try? FileManager.default.removeItem(at: directory) }
      guard let fixture = try? ChainBenchFixture(directory: directory) else { fatalError("cannot set up the chain") }

      let actionBytes = SampleData.action().msgpackBytes()
      guard let keys = try? Ed25519KeyPair(seed: SampleData.bytes(32)) else { fatalError("bad seed") }
      let signHash1 = runner.measure("floor: libsodium blake2b + Ed25519 sign, 1 action", iterations: 20_000) {
        (try? HoloCrypto.Blake2b.hash(actionBytes, outputLength: 32), keys.sign(actionBytes))
      }
      let signHash100 = runner.measure("floor: libsodium blake2b + Ed25519 sign, 100 actions", iterations: 200) {
        (0..<100).map { _ in (try? HoloCrypto.Blake2b.hash(actionBytes, outputLength: 32), keys.sign(actionBytes)) }
      }
      let sqlite1 = runner.measure("floor: bare SQLite txn, 1 action row + 3 op rows", iterations: 2_000) {
        fixture.bareInsert(actions: 1)
      }
      let sqlite100 = runner.measure("floor: bare SQLite txn, 100 action rows + 300 op rows", iterations: 20) {
        fixture.bareInsert(actions: 100)
      }
      runner.measure("zome call of 1 action (vs SQLite floor)", iterations: 1_000, floor: sqlite1) {
        fixture.append(actions: 1)
      }
      runner.measure("zome call of 1 action (vs sign+hash floor)", iterations: 1_000, floor: signHash1) {
        fixture.append(actions: 1)
      }
      runner.measure("zome call of 100 actions (vs SQLite floor)", iterations: 10, floor: sqlite100) {
        fixture.append(actions: 100)
      }
      runner.measure("zome call of 100 actions (vs sign+hash floor)", iterations: 10, floor: signHash100) {
        fixture.append(actions: 100)
      }
    }
  }
}

/// A keystore, a chain after genesis, and a bare SQLite table shaped like the chain's.
final class ChainBenchFixture {
  let chain: SourceChain
  let bare: DatabasePool
  private var counter = 0

  init(directory: URL) throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let keystore = try Keystore.open(
      path: directory.appendingPathComponent("keystore.sqlite3").path, passphrase: Array("bench".utf8), limits: .minimum)
    let agent = AgentPubKey(core: try keystore.newSeed(tag: "agent", exportable: false).ed25519PublicKey)
    let store = try StateStore(root: directory.appendingPathComponent("data").path)
    chain = try store.sourceChain(
      for: CellId(dnaHash: DnaHash.hashing("bench"), agent: agent), signer: KeystoreSigner(keystore: keystore))
    try chain.genesis(membraneProof: nil)
    var configuration = Configuration()
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
    bare = try DatabasePool(path: directory.appendingPathComponent("bare.sqlite3").path, configuration: configuration)
    try bare.write { db in
      try db.execute(sql: "CREATE TABLE action (hash BLOB PRIMARY KEY, seq INTEGER, blob BLOB, signature BLOB) WITHOUT ROWID")
      try db.execute(sql: "CREATE TABLE chain_op (hash BLOB PRIMARY KEY, action_hash BLOB, basis BLOB) WITHOUT ROWID")
    }
  }

  /// One zome call's worth of appends and its flush.
  func append(actions count: Int) {
    do {
      let workspace = try chain.workspace()
      for _ in 0..<count {
        counter += 1
        let entry = Entry.app(encoding: "post \(counter)")
        let type = EntryType.app(AppEntryDef(entryIndex: EntryDefIndex(0), zomeIndex: ZomeIndex(0), visibility: .public))
        try workspace.append(.create(CreateData(entryType: type, entryHash: entry.hash())), entry: entry)
      }
      try workspace.flush(ordering: .strict)
    } catch {
      fatalError("append failed: \(error)")
    }
  }

  /// The same number of rows, pre-made bytes, straight into SQLite in one transaction.
  func bareInsert(actions count: Int) {
    do {
      try bare.write { db in
        for _ in 0..<count {
          counter += 1
          let key = SampleData.bytes(39, seed: UInt64(counter))
          try db.cachedStatement(sql: "INSERT INTO action VALUES (?, ?, ?, ?)").execute(
            arguments: [Data(key), counter, Data(repeating: 7, count: 300), Data(repeating: 3, count: 64)])
          for op in 0..<3 {
            try db.cachedStatement(sql: "INSERT INTO chain_op VALUES (?, ?, ?)").execute(
              arguments: [Data(SampleData.bytes(39, seed: UInt64(counter * 4 + op + 1) << 20)), Data(key), Data(key)])
          }
        }
      }
    } catch {
      fatalError("bare insert failed: \(error)")
    }
  }
}
