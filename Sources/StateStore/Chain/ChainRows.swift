import Foundation
import GRDB
import HoloCore

/// Reading and writing actions, entries and chain ops in a chain database (authored, DHT or cache).
/// Every function runs inside the caller's transaction.
enum ChainRows {
  /// Inserts a signed action (its exact bytes) and its entry, if any. An action already stored is left alone.
  static func insertRecord(_ db: Database, _ action: SignedActionHashed, entry: Entry?) throws {
    let content = action.content
    let isPrivate = content.entryType?.visibility == .private
    try db.cachedStatement(
      sql: """
        INSERT OR IGNORE INTO action
          (hash, author, seq, prev_hash, timestamp, action_type, entry_hash, private_entry, blob, signature)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        Data(action.hash.raw39), Data(content.author.raw39), Int64(content.actionSeq),
        content.prevAction.map { Data($0.raw39) }, content.header.timestamp.microseconds,
        content.actionType.rawValue, content.entryHash.map { Data($0.raw39) }, isPrivate,
        Data(action.hashed.contentBytes), Data(action.signature.bytes),
      ])
    if let entry, let hash = content.entryHash {
      try db.cachedStatement(sql: "INSERT OR IGNORE INTO entry (hash, blob) VALUES (?, ?)").execute(
        arguments: [Data(hash.raw39), Data(entry.msgpackBytes())])
    }
  }

  /// Inserts one chain op row as pending validation.
  static let insertOpSQL = """
    INSERT OR IGNORE INTO chain_op (hash, action_hash, op_type, basis, storage_loc, validation_status, stored_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    """

  /// Inserts the chain ops of `action` (see ``ChainOps/produced(by:entry:)``) as pending validation.
  static func insertOps(_ db: Database, _ ops: [ProducedOp], of action: SignedActionHashed, storedAt: Timestamp) throws {
    for op in ops {
      try db.cachedStatement(sql: insertOpSQL).execute(
        arguments: [
          Data(op.hash.raw39), Data(action.hash.raw39), op.type.rawValue, Data(op.basis.raw39),
          Int64(op.basis.location), OpValidationStatus.pending.rawValue, storedAt.microseconds,
        ])
    }
  }

  /// The newest action by `author`, if any.
  static func head(_ db: Database, author: AgentPubKey) throws -> ChainHead? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT hash, seq, timestamp FROM action WHERE author = ? ORDER BY seq DESC LIMIT 1",
        arguments: [Data(author.raw39)])
    else { return nil }
    return ChainHead(
      hash: try actionHash(row, "hash"), seq: UInt32(row["seq"] as Int64),
      timestamp: Timestamp(microseconds: row["timestamp"]))
  }

  /// The sequence number of an action by `author`, if stored.
  static func seq(_ db: Database, of hash: ActionHash, author: AgentPubKey) throws -> UInt32? {
    try Int64.fetchOne(
      db, sql: "SELECT seq FROM action WHERE hash = ? AND author = ?", arguments: [Data(hash.raw39), Data(author.raw39)]
    ).map { UInt32($0) }
  }

  /// `author`'s records with sequence numbers in `range`, ascending.
  static func records(
    _ db: Database, author: AgentPubKey, seqs range: ClosedRange<UInt32>, includeEntries: Bool
  ) throws -> [Record] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT action.hash, action.blob, action.signature, action.private_entry, entry.blob AS entry_blob
        FROM action LEFT JOIN entry ON ? AND entry.hash = action.entry_hash
        WHERE action.author = ? AND action.seq BETWEEN ? AND ?
        ORDER BY action.seq
        """,
      arguments: [includeEntries, Data(author.raw39), Int64(range.lowerBound), Int64(range.upperBound)])
    return try rows.map { try record(from: $0, includeEntries: includeEntries) }
  }

  /// The record of one action, if stored.
  static func record(_ db: Database, hash: ActionHash) throws -> Record? {
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT action.hash, action.blob, action.signature, action.private_entry, entry.blob AS entry_blob
        FROM action LEFT JOIN entry ON entry.hash = action.entry_hash
        WHERE action.hash = ?
        """,
      arguments: [Data(hash.raw39)])
    return try row.map { try record(from: $0, includeEntries: true) }
  }

  /// An entry by hash, if stored.
  static func entry(_ db: Database, hash: EntryHash) throws -> Entry? {
    guard let blob = try Data.fetchOne(db, sql: "SELECT blob FROM entry WHERE hash = ?", arguments: [Data(hash.raw39)])
    else { return nil }
    return try decode(Entry.self, blob.bytes, table: "entry")
  }

  static func record(from row: Row, includeEntries: Bool) throws -> Record {
    let blob = (row["blob"] as Data).bytes
    let action = try decode(Action.self, blob, table: "action")
    guard let signature = Signature((row["signature"] as Data).bytes) else {
      throw StateStoreError.corruptRow(table: "action", reason: "signature is not 64 bytes")
    }
    let hashed = HoloHashed(content: action, contentBytes: blob, hash: try actionHash(row, "hash"))
    let entrySlot: RecordEntry
    if action.entryHash == nil {
      entrySlot = .notApplicable
    } else if let entryBlob = row["entry_blob"] as Data? {
      entrySlot = .present(try decode(Entry.self, entryBlob.bytes, table: "entry"))
    } else {
      // As Holochain's `RecordEntry::new`: an absent private entry is Hidden, an absent public one NotStored.
      entrySlot = (row["private_entry"] as Bool) ? .hidden : .notStored
    }
    return Record(signedAction: SignedActionHashed(hashed: hashed, signature: signature), entry: entrySlot)
  }

  private static func actionHash(_ row: Row, _ column: String) throws -> ActionHash {
    do {
      return try ActionHash(raw39: (row[column] as Data).bytes)
    } catch {
      throw StateStoreError.corruptRow(table: "action", reason: "\(column): \(error.reason)")
    }
  }

  private static func decode<T: MsgPackDecodable>(_: T.Type, _ bytes: [UInt8], table: String) throws -> T {
    do {
      return try T(msgpack: bytes)
    } catch {
      throw StateStoreError.corruptRow(table: table, reason: "\(error)")
    }
  }
}
