import Foundation
import GRDB
public import HoloCore

/// One validator's receipt for an op, as its author keeps it.
public struct StoredReceipt: Hashable, Sendable {
  public var opHash: DhtOpHash
  public var validator: AgentPubKey
  public var status: ValidationStatus
  public var whenIntegrated: Timestamp
  public var signature: Signature

  public init(
    opHash: DhtOpHash, validator: AgentPubKey, status: ValidationStatus, whenIntegrated: Timestamp, signature: Signature
  ) {
    self.opHash = opHash
    self.validator = validator
    self.status = status
    self.whenIntegrated = whenIntegrated
    self.signature = signature
  }
}

extension DhtStore {
  /// Keeps a validator's receipt for an op held here; returns whether it is new. The op's `receipt_count` is the
  /// number of distinct validators with a receipt.
  @discardableResult
  public func addReceipt(_ receipt: StoredReceipt) throws(StateStoreError) -> Bool {
    try database.writing { db in
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO validation_receipt (op_hash, validator, validation_status, when_integrated, signature)
          VALUES (?, ?, ?, ?, ?)
          """,
        arguments: [
          receipt.opHash.raw39.asData, receipt.validator.raw39.asData, receipt.status.rawValue,
          receipt.whenIntegrated.microseconds, Data(receipt.signature.bytes),
        ])
      guard db.changesCount > 0 else { return false }
      try db.execute(
        sql: """
          UPDATE chain_op SET receipt_count = (SELECT COUNT(*) FROM validation_receipt WHERE op_hash = ?) WHERE hash = ?
          """, arguments: [receipt.opHash.raw39.asData, receipt.opHash.raw39.asData])
      return true
    }
  }

  /// The receipts kept for one op, by validator.
  public func receipts(for op: DhtOpHash) throws(StateStoreError) -> [StoredReceipt] {
    try database.reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT validator, validation_status, when_integrated, signature FROM validation_receipt
          WHERE op_hash = ? ORDER BY validator
          """, arguments: [op.raw39.asData]
      ).map { row in
        guard let status = ValidationStatus(rawValue: row["validation_status"]),
          let signature = Signature((row["signature"] as Data).bytes)
        else {
          throw StateStoreError.corruptRow(table: "validation_receipt", reason: "bad status or signature")
        }
        let validator: AgentPubKey = try Self.receiptHash(row["validator"])
        return StoredReceipt(
          opHash: op, validator: validator, status: status,
          whenIntegrated: Timestamp(microseconds: row["when_integrated"]), signature: signature)
      }
    }
  }

  /// The validators that sent a receipt for each of `ops`.
  public func validators(of ops: [DhtOpHash]) throws(StateStoreError) -> [DhtOpHash: Set<AgentPubKey>] {
    guard !ops.isEmpty else { return [:] }
    return try database.reading { db in
      var found: [DhtOpHash: Set<AgentPubKey>] = [:]
      for op in ops { found[op] = [] }
      let marks = Array(repeating: "?", count: ops.count).joined(separator: ", ")
      let rows = try Row.fetchAll(
        db, sql: "SELECT op_hash, validator FROM validation_receipt WHERE op_hash IN (\(marks))",
        arguments: StatementArguments(ops.map { $0.raw39.asData }))
      for row in rows {
        let op: DhtOpHash = try Self.receiptHash(row["op_hash"])
        let validator: AgentPubKey = try Self.receiptHash(row["validator"])
        found[op, default: []].insert(validator)
      }
      return found
    }
  }

  /// A hash read from a `validation_receipt` row; one that does not decode is a corrupt row, with the reason.
  private static func receiptHash<Kind: HoloHashType>(_ data: Data) throws(StateStoreError) -> HoloHash<Kind> {
    do {
      return try HoloHash(raw39: data.bytes)
    } catch {
      throw .corruptRow(table: "validation_receipt", reason: error.reason)
    }
  }

  /// The ops of one action held here, by hash, with their types.
  public func ops(ofAction action: ActionHash) throws(StateStoreError) -> [StoredOp] {
    try database.reading { db in try OpRows.ofAction(db, action) }
  }

  // MARK: Warrants and blocks

  /// Keeps a signed warrant; returns whether it is new here.
  @discardableResult
  public func addWarrant(_ warrant: SignedWarrant, at time: Timestamp = .now()) throws(StateStoreError) -> Bool {
    try database.writing { db in
      try db.execute(
        sql: "INSERT OR IGNORE INTO warrant (hash, warrantee, blob, stored_at) VALUES (?, ?, ?, ?)",
        arguments: [
          warrant.data.hash().raw39.asData, warrant.data.warrantee.raw39.asData, Data(warrant.msgpackBytes()),
          time.microseconds,
        ])
      return db.changesCount > 0
    }
  }

  /// The warrants held against `agent`, oldest first.
  public func warrants(against agent: AgentPubKey) throws(StateStoreError) -> [SignedWarrant] {
    try database.reading { db in
      try Data.fetchAll(
        db, sql: "SELECT blob FROM warrant WHERE warrantee = ? ORDER BY stored_at, hash",
        arguments: [agent.raw39.asData]
      ).map { blob in
        do {
          return try SignedWarrant(msgpack: blob.bytes)
        } catch {
          throw StateStoreError.corruptRow(table: "warrant", reason: "\(error)")
        }
      }
    }
  }

  /// Blocks `agent`: this node takes nothing more from it.
  public func block(_ agent: AgentPubKey, reason: String, at time: Timestamp = .now()) throws(StateStoreError) {
    try database.writing { db in
      try db.execute(
        sql: "INSERT OR IGNORE INTO blocked_agent (agent, reason, blocked_at) VALUES (?, ?, ?)",
        arguments: [agent.raw39.asData, reason, time.microseconds])
    }
  }

  /// Whether `agent` is blocked here.
  public func isBlocked(_ agent: AgentPubKey) throws(StateStoreError) -> Bool {
    try database.reading { db in
      try Bool.fetchOne(db, sql: "SELECT 1 FROM blocked_agent WHERE agent = ?", arguments: [agent.raw39.asData]) != nil
    }
  }
}
