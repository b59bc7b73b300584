import Foundation
import GRDB
import HoloCore

/// Reading and updating the `chain_op` table.
enum OpRows {
  static let columns =
    "hash, action_hash, op_type, basis, validation_status, integrated_at, stored_at, receipt_count"

  static func all(_ db: Database) throws -> [StoredOp] {
    try Row.fetchAll(db, sql: "SELECT \(columns) FROM chain_op ORDER BY stored_at, hash").map(op)
  }

  /// Up to `limit` ops received strictly after `cursor` (`stored_at`, then hash), in that order.
  static func page(_ db: Database, after cursor: (Timestamp, DhtOpHash)?, limit: Int?) throws -> [StoredOp] {
    let bound = cursor == nil ? "" : " WHERE stored_at > ? OR (stored_at = ? AND hash > ?)"
    let arguments: StatementArguments =
      cursor.map { [$0.0.microseconds, $0.0.microseconds, Data($0.1.raw39)] } ?? []
    let sql = "SELECT \(columns) FROM chain_op\(bound) ORDER BY stored_at, hash" + (limit.map { " LIMIT \($0)" } ?? "")
    return try Row.fetchAll(db, sql: sql, arguments: arguments).map(op)
  }

  /// The ops of one action (by the `chain_op_action` index).
  static func ofAction(_ db: Database, _ action: ActionHash) throws -> [StoredOp] {
    try Row.fetchAll(
      db, sql: "SELECT \(columns) FROM chain_op WHERE action_hash = ? ORDER BY stored_at, hash",
      arguments: [Data(action.raw39)]
    ).map(op)
  }

  static func with(_ db: Database, status: OpValidationStatus) throws -> [StoredOp] {
    try Row.fetchAll(
      db, sql: "SELECT \(columns) FROM chain_op WHERE validation_status = ? ORDER BY stored_at, hash",
      arguments: [status.rawValue]
    ).map(op)
  }

  static func readyToIntegrate(_ db: Database) throws -> [StoredOp] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT \(columns) FROM chain_op
        WHERE integrated_at IS NULL AND validation_status IN (?, ?, ?) ORDER BY stored_at, hash
        """,
      arguments: [
        OpValidationStatus.valid.rawValue, OpValidationStatus.rejected.rawValue, OpValidationStatus.abandoned.rawValue,
      ]
    ).map(op)
  }

  static func one(_ db: Database, hash: DhtOpHash) throws -> StoredOp? {
    try Row.fetchOne(db, sql: "SELECT \(columns) FROM chain_op WHERE hash = ?", arguments: [Data(hash.raw39)]).map(op)
  }

  /// Sets an op's validation status; returns whether the op exists.
  static func setStatus(_ db: Database, _ hash: DhtOpHash, _ status: OpValidationStatus) throws -> Bool {
    try db.execute(
      sql: "UPDATE chain_op SET validation_status = ? WHERE hash = ?", arguments: [status.rawValue, Data(hash.raw39)])
    return db.changesCount > 0
  }

  /// Marks a validated op integrated; returns whether it was (an op without a final verdict is not).
  static func markIntegrated(_ db: Database, _ hash: DhtOpHash, at time: Timestamp) throws -> Bool {
    try db.execute(
      sql: """
        UPDATE chain_op SET integrated_at = ?
        WHERE hash = ? AND integrated_at IS NULL AND validation_status IN (?, ?, ?)
        """,
      arguments: [
        time.microseconds, Data(hash.raw39), OpValidationStatus.valid.rawValue, OpValidationStatus.rejected.rawValue,
        OpValidationStatus.abandoned.rawValue,
      ])
    return db.changesCount > 0
  }

  private static func op(_ row: Row) throws -> StoredOp {
    do {
      guard let type = ChainOpType(rawValue: row["op_type"]),
        let status = OpValidationStatus(rawValue: row["validation_status"])
      else { throw StateStoreError.corruptRow(table: "chain_op", reason: "unknown op type or status code") }
      return StoredOp(
        hash: try DhtOpHash(raw39: (row["hash"] as Data).bytes),
        actionHash: try ActionHash(raw39: (row["action_hash"] as Data).bytes), type: type,
        basis: try AnyLinkableHash(raw39: (row["basis"] as Data).bytes), validationStatus: status,
        integratedAt: (row["integrated_at"] as Int64?).map { Timestamp(microseconds: $0) },
        storedAt: Timestamp(microseconds: row["stored_at"]), receiptCount: row["receipt_count"])
    } catch let error as HoloHashError {
      throw StateStoreError.corruptRow(table: "chain_op", reason: error.reason)
    }
  }
}
