import ArgumentParser
import Foundation
import GRDB
import HoloCore

/// Damage the soak can do on purpose before its final checks, to show that each check can fail.
enum InjectedFault: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// An acknowledged write that was never made (a made-up hash in the ledger): "writes found" must fail.
  case lostWrite = "lost-write"
  /// The newest action of the forum chain rewritten with another timestamp: its hash no longer matches.
  case tamperedAction = "tampered-action"
  /// Bytes overwritten in the largest DHT database: `integrity_check` must fail.
  case corruptDatabase = "corrupt-database"

  /// The made-up acknowledged write of ``lostWrite``.
  static func madeUpWrite(incarnation: Int) -> AcknowledgedWrite {
    AcknowledgedWrite(
      hash: ActionHash(core: [UInt8](repeating: 0x5a, count: 32)),
      post: ForumPost(title: "never written", content: "injected by --inject-fault lost-write"),
      incarnation: incarnation, writer: -2)
  }

  /// Damages the stopped conductor's databases as this fault says (``lostWrite`` touches none).
  func damage(databases: String, forum cell: CellId) throws {
    switch self {
    case .lostWrite: return
    case .tamperedAction:
      let path = "\(databases)/authored/\(cell.dnaHash)-\(cell.agent).sqlite3"
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        guard let row = try Row.fetchOne(db, sql: "SELECT hash, blob FROM action ORDER BY seq DESC LIMIT 1") else {
          return
        }
        var action = try Action(msgpack: (row["blob"] as Data).map { $0 })
        action.header.timestamp = Timestamp(microseconds: action.header.timestamp.microseconds + 1)
        try db.execute(
          sql: "UPDATE action SET blob = ? WHERE hash = ?",
          arguments: [Data(action.msgpackBytes()), row["hash"] as Data])
      }
      try queue.close()
    case .corruptDatabase:
      let dht = try FileManager.default.contentsOfDirectory(atPath: databases + "/dht")
        .filter { $0.hasSuffix(".sqlite3") }.map { "\(databases)/dht/\($0)" }
      guard let largest = try dht.max(by: { try size($0) < size($1) }) else { return }
      // Fold the write-ahead log into the file first, so that the damaged page is the one SQLite reads.
      let queue = try DatabaseQueue(path: largest)
      let pageSize = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } ?? 4096
      try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
      try queue.close()
      guard let handle = FileHandle(forUpdatingAtPath: largest) else { return }
      try handle.seek(toOffset: UInt64(pageSize + 8))
      try handle.write(contentsOf: Data(repeating: 0xA5, count: 512))
      try handle.close()
    }
  }

  private func size(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  }
}
