public import HoloCore

extension DhtStore {
  /// The records this authority serves at `basis` through ops of `types`: integrated ops with their verdicts.
  public func filed(at basis: AnyLinkableHash, types: [ChainOpType]) throws(StateStoreError) -> [FiledRecord] {
    try database.reading { db in try BasisRows.filed(db, at: basis, types: types, integratedOnly: true) }
  }

  /// Stores records their author has validated and committed, with their ops valid and integrated: the
  /// author's node holds the whole DHT of its DNA until the network issue adds arcs and incoming-op validation.
  /// Private entries are not stored. Storing a record twice is harmless.
  public func integrateAuthored(
    _ records: [(action: SignedActionHashed, entry: Entry?)], at time: Timestamp = .now()
  ) throws(StateStoreError) {
    guard !records.isEmpty else { return }
    try database.writing { db in
      for (action, entry) in records {
        let publicEntry = action.content.entryType?.visibility == .private ? nil : entry
        try ChainRows.insertRecord(db, action, entry: publicEntry)
        try ChainRows.insertOps(db, for: action, entry: publicEntry, storedAt: time)
        for op in ChainOps.produced(by: action, entry: publicEntry) {
          _ = try OpRows.setStatus(db, op.hash, .valid)
          _ = try OpRows.markIntegrated(db, op.hash, at: time)
        }
      }
    }
  }
}
