import Foundation
import GRDB
public import HoloCore

extension DhtStore {
  /// Inserts an op as valid and integrated; an op already held (say, pending) becomes valid and integrated.
  static let insertIntegratedOpSQL = """
    INSERT INTO chain_op (hash, action_hash, op_type, basis, storage_loc, validation_status, stored_at, integrated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(hash) DO UPDATE SET
      validation_status = excluded.validation_status,
      integrated_at = COALESCE(chain_op.integrated_at, excluded.integrated_at)
    """

  /// The records this authority serves at `basis` through ops of `types`: integrated ops with their verdicts.
  public func filed(at basis: AnyLinkableHash, types: [ChainOpType]) throws(StateStoreError) -> [FiledRecord] {
    try database.reading { db in try BasisRows.filed(db, at: basis, types: types, integratedOnly: true) }
  }

  /// Stores records their author has validated and committed, with their ops valid and integrated: the
  /// author's node holds the whole DHT of its DNA until the network issue adds arcs and incoming-op validation.
  /// Private entries, and their `CreateEntry` ops, stay with their author. Storing a record twice is harmless.
  public func integrateAuthored(_ records: [WrittenRecord], at time: Timestamp = .now()) throws(StateStoreError) {
    guard !records.isEmpty else { return }
    try database.writing { db in
      for record in records {
        let isPrivate = record.hasPrivateEntry
        try ChainRows.insertRecord(db, record.action, entry: isPrivate ? nil : record.entry)
        for op in record.ops where !(isPrivate && op.type == .createEntry) {
          try db.cachedStatement(sql: Self.insertIntegratedOpSQL).execute(
            arguments: [
              op.hash.raw39.asData, record.action.hash.raw39.asData, op.type.rawValue, op.basis.raw39.asData,
              Int64(op.basis.location), OpValidationStatus.valid.rawValue, time.microseconds, time.microseconds,
            ])
        }
      }
    }
  }
}
