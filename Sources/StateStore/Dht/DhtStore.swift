public import HoloCore
import GRDB

/// A DNA's DHT database (ops this node holds as an authority) or its cache (data fetched from others).
///
/// Ops come in pending; the validation and integration workflows move them through ``OpValidationStatus``
/// and mark them integrated.
public final class DhtStore: Sendable {
  /// The DNA whose data this is.
  public let dnaHash: DnaHash
  let database: DatabasePool

  init(dnaHash: DnaHash, database: DatabasePool) {
    self.dnaHash = dnaHash
    self.database = database
  }

  /// Stores an op (its action and, when carried, its entry) as pending validation. Storing it twice is harmless.
  @discardableResult
  public func insert(_ op: ChainOp, storedAt: Timestamp = .now()) throws(StateStoreError) -> DhtOpHash {
    try write(op, status: .pending, at: storedAt, integrated: false).hash
  }

  /// Writes an op's action, its entry when carried, and its row: pending (kept as it is when already held), or
  /// integrated with `status` (which then replaces a held op's verdict). Returns the op's hash and whether a row
  /// was written.
  func write(_ op: ChainOp, status: OpValidationStatus, at time: Timestamp, integrated: Bool) throws(StateStoreError)
    -> (hash: DhtOpHash, written: Bool)
  {
    let hashed = HoloHashed(op.action)
    let signed = SignedActionHashed(hashed: hashed, signature: op.signedAction.signature)
    let entry: Entry? = if case .present(let entry) = op.opEntry { entry } else { nil }
    guard let basis = op.type.basis(of: op.action, actionHash: hashed.hash) else {
      throw .invalidAppend("a \(op.action.actionType.name) action has no \(op.type.name.text) op")
    }
    let opHash = op.hash()
    var arguments: StatementArguments = [
      opHash.raw39.asData, hashed.hash.raw39.asData, op.type.rawValue, basis.raw39.asData, Int64(basis.location),
      status.rawValue, time.microseconds,
    ]
    if integrated { _ = arguments.append(contentsOf: [time.microseconds]) }
    let written = try database.writing { db in
      try ChainRows.insertRecord(db, signed, entry: entry)
      try db.cachedStatement(sql: integrated ? Self.insertIntegratedOpSQL : ChainRows.insertOpSQL).execute(
        arguments: arguments)
      return db.changesCount > 0
    }
    return (opHash, written)
  }

  /// One op's state, if held.
  public func op(_ hash: DhtOpHash) throws(StateStoreError) -> StoredOp? {
    try database.reading { db in try OpRows.one(db, hash: hash) }
  }

  /// The ops in one validation state, oldest first.
  public func ops(withStatus status: OpValidationStatus) throws(StateStoreError) -> [StoredOp] {
    try database.reading { db in try OpRows.with(db, status: status) }
  }

  /// Up to `limit` ops (all when `nil`) received strictly after `cursor` — the receipt time and hash of the last
  /// op of the previous page — oldest first, ties broken by hash.
  public func ops(after cursor: (receivedAt: Timestamp, hash: DhtOpHash)?, limit: Int?) throws(StateStoreError)
    -> [StoredOp]
  {
    try database.reading { db in try OpRows.page(db, after: cursor.map { ($0.receivedAt, $0.hash) }, limit: limit) }
  }

  /// The ops with a final verdict that are not integrated yet.
  public func opsReadyToIntegrate() throws(StateStoreError) -> [StoredOp] {
    try database.reading { db in try OpRows.readyToIntegrate(db) }
  }

  /// Records a validation outcome; returns whether the op is held.
  @discardableResult
  public func setValidationStatus(_ op: DhtOpHash, _ status: OpValidationStatus) throws(StateStoreError) -> Bool {
    try database.writing { db in try OpRows.setStatus(db, op, status) }
  }

  /// Integrates an op that has a final verdict; returns whether it was integrated now.
  @discardableResult
  public func markIntegrated(_ op: DhtOpHash, at time: Timestamp = .now()) throws(StateStoreError) -> Bool {
    try database.writing { db in try OpRows.markIntegrated(db, op, at: time) }
  }

  /// A record held here, by action hash.
  public func record(_ hash: ActionHash) throws(StateStoreError) -> HoloCore.Record? {
    try database.reading { db in try ChainRows.record(db, hash: hash) }
  }

  /// An entry held here, by hash.
  public func entry(_ hash: EntryHash) throws(StateStoreError) -> Entry? {
    try database.reading { db in try ChainRows.entry(db, hash: hash) }
  }
}
