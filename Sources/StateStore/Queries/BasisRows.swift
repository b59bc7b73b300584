import Foundation
import GRDB
import HoloCore

/// Finding ops by basis in a chain database (authored, DHT or cache).
enum BasisRows {
  /// The records filed at `basis` by ops of `types`, oldest action first. With `integratedOnly`, only ops that
  /// are integrated with a final verdict (what a DHT authority serves); otherwise every op (an author's own).
  static func filed(
    _ db: Database, at basis: AnyLinkableHash, types: [ChainOpType], integratedOnly: Bool
  ) throws -> [FiledRecord] {
    guard !types.isEmpty else { return [] }
    let placeholders = Array(repeating: "?", count: types.count).joined(separator: ", ")
    var arguments: StatementArguments = [Data(basis.raw39)]
    for type in types { _ = arguments.append(contentsOf: [type.rawValue]) }
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT action.hash, action.blob, action.signature, action.private_entry, entry.blob AS entry_blob,
               chain_op.op_type, chain_op.validation_status
        FROM chain_op
        JOIN action ON action.hash = chain_op.action_hash
        LEFT JOIN entry ON entry.hash = action.entry_hash
        WHERE chain_op.basis = ? AND chain_op.op_type IN (\(placeholders))
          \(integratedOnly ? "AND chain_op.integrated_at IS NOT NULL" : "")
        ORDER BY action.timestamp, action.hash
        """,
      arguments: arguments)
    return try rows.map { row in
      guard let type = ChainOpType(rawValue: row["op_type"]), let status = OpValidationStatus(rawValue: row["validation_status"])
      else { throw StateStoreError.corruptRow(table: "chain_op", reason: "unknown op type or validation status") }
      return FiledRecord(
        record: try ChainRows.record(from: row, includeEntries: true), opType: type,
        validationStatus: integratedOnly ? status : .valid)
    }
  }
}
