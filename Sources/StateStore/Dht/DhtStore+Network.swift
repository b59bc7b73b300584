import Foundation
import GRDB
public import HoloCore

/// An op held here, as the network carries it, with where validation has got to.
public struct HeldOp: Hashable, Sendable {
  public var op: ChainOp
  public var hash: DhtOpHash
  public var validationStatus: OpValidationStatus
  public var integrated: Bool
}

/// What gossip compares: an integrated op's hash, its basis location and its action's time.
public struct HeldOpDigest: Hashable, Sendable {
  public var hash: DhtOpHash
  public var location: UInt32
  public var timestamp: Int64
}

extension DhtStore {
  /// Stores an op received from another node as pending validation; returns whether it is new here.
  public func receive(_ op: ChainOp, at time: Timestamp = .now()) throws(StateStoreError) -> Bool {
    try write(op, status: .pending, at: time, integrated: false).written
  }

  /// Stores an op an authority answered with, integrated with the authority's verdict (the cache's way).
  public func cache(_ op: ChainOp, status: OpValidationStatus, at time: Timestamp = .now()) throws(StateStoreError) {
    _ = try write(op, status: status, at: time, integrated: true)
  }

  /// Which of `hashes` this store holds (in any state).
  public func held(_ hashes: [DhtOpHash]) throws(StateStoreError) -> Set<DhtOpHash> {
    try database.reading { db in
      var found = Set<DhtOpHash>()
      for hash in hashes
      where try Bool.fetchOne(db, sql: "SELECT 1 FROM chain_op WHERE hash = ?", arguments: [hash.raw39.asData]) != nil {
        found.insert(hash)
      }
      return found
    }
  }

  /// The ops with these hashes, as the network carries them (an entry is sent only when public).
  public func heldOps(_ hashes: [DhtOpHash]) throws(StateStoreError) -> [HeldOp] {
    try database.reading { db in
      try hashes.compactMap { hash in
        try Self.heldOps(db, where: "chain_op.hash = ?", [hash.raw39.asData]).first
      }
    }
  }

  /// The integrated ops filed at `basis` (every type), with their verdicts: what an authority answers a get with.
  public func heldOps(filedAt basis: AnyLinkableHash) throws(StateStoreError) -> [HeldOp] {
    try database.reading { db in
      try Self.heldOps(db, where: "chain_op.basis = ? AND chain_op.integrated_at IS NOT NULL", [basis.raw39.asData])
    }
  }

  /// The digests of every integrated op whose basis location passes `include`.
  public func integratedDigests() throws(StateStoreError) -> [HeldOpDigest] {
    try database.reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT chain_op.hash, chain_op.storage_loc, action.timestamp FROM chain_op
          JOIN action ON action.hash = chain_op.action_hash WHERE chain_op.integrated_at IS NOT NULL
          """
      ).map { row in
        HeldOpDigest(
          hash: try Self.opHash(row["hash"]), location: UInt32(truncatingIfNeeded: row["storage_loc"] as Int64),
          timestamp: row["timestamp"])
      }
    }
  }

  /// Ops by these authors that have fewer than `required` receipts and were last published before `before`
  /// (or never), oldest first, at most `limit`.
  public func opsAwaitingReceipts(
    by authors: [AgentPubKey], required: Int, publishedBefore before: Timestamp, limit: Int
  )
    throws(StateStoreError) -> [HeldOp]
  {
    guard !authors.isEmpty else { return [] }
    let marks = Array(repeating: "?", count: authors.count).joined(separator: ", ")
    var arguments: [any DatabaseValueConvertible] = authors.map { $0.raw39.asData }
    arguments += [Int64(required), before.microseconds]
    return try database.reading { db in
      try Self.heldOps(
        db,
        where: """
          action.author IN (\(marks)) AND chain_op.receipt_count < ?
            AND (chain_op.last_publish_time IS NULL OR chain_op.last_publish_time < ?)
            AND chain_op.withhold_publish = 0
          """, StatementArguments(arguments), limit: limit)
    }
  }

  /// Records that these ops were just published.
  public func markPublished(_ hashes: [DhtOpHash], at time: Timestamp = .now()) throws(StateStoreError) {
    try database.writing { db in
      for hash in hashes {
        try db.cachedStatement(sql: "UPDATE chain_op SET last_publish_time = ? WHERE hash = ?").execute(
          arguments: [time.microseconds, hash.raw39.asData])
      }
    }
  }

  private static func heldOps(
    _ db: Database, where condition: String, _ arguments: StatementArguments, limit: Int? = nil
  ) throws -> [HeldOp] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT chain_op.hash AS op_hash, chain_op.op_type, chain_op.validation_status, chain_op.integrated_at,
               action.hash, action.blob, action.signature, action.private_entry, entry.blob AS entry_blob
        FROM chain_op JOIN action ON action.hash = chain_op.action_hash
        LEFT JOIN entry ON entry.hash = action.entry_hash
        WHERE \(condition) ORDER BY chain_op.stored_at, chain_op.hash\(limit.map { " LIMIT \($0)" } ?? "")
        """, arguments: arguments)
    return try rows.compactMap { row in
      guard let type = ChainOpType(rawValue: row["op_type"]),
        let status = OpValidationStatus(rawValue: row["validation_status"])
      else { throw StateStoreError.corruptRow(table: "chain_op", reason: "unknown op type or validation status") }
      let record = try ChainRows.record(from: row, includeEntries: true)
      let opEntry: OpEntry =
        switch record.entry {
        case .present(let entry) where !(row["private_entry"] as Bool): .present(entry)
        case .present, .hidden: .hidden
        default: .actionOnly
        }
      let signed = Signed(data: record.action, signature: record.signedAction.signature)
      guard let op = ChainOp(type: type, signedAction: signed, opEntry: opEntry) else { return nil }
      return HeldOp(
        op: op, hash: try opHash(row["op_hash"]), validationStatus: status,
        integrated: (row["integrated_at"] as Int64?) != nil)
    }
  }

  private static func opHash(_ data: Data) throws -> DhtOpHash {
    do {
      return try DhtOpHash(raw39: data.bytes)
    } catch {
      throw StateStoreError.corruptRow(table: "chain_op", reason: error.reason)
    }
  }
}
