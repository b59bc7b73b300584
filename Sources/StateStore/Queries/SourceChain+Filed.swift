public import HoloCore

extension SourceChain {
  /// The committed records of this chain filed at `basis` by ops of `types`.
  public func filed(at basis: AnyLinkableHash, types: [ChainOpType]) throws(StateStoreError) -> [FiledRecord] {
    try database.reading { db in try BasisRows.filed(db, at: basis, types: types, integratedOnly: false) }
  }
}

extension Workspace {
  /// The records this workspace sees filed at `basis` by ops of `types`: committed first, then uncommitted.
  public func filed(at basis: AnyLinkableHash, types: [ChainOpType]) throws(StateStoreError) -> [FiledRecord] {
    var found = try chain.filed(at: basis, types: types)
    for record in pendingRecords {
      let signed = record.signedAction
      let entry: Entry? = if case .present(let entry) = record.entry { entry } else { nil }
      for op in ChainOps.produced(by: signed, entry: entry) where op.basis == basis && types.contains(op.type) {
        found.append(FiledRecord(record: record, opType: op.type, validationStatus: .valid))
      }
    }
    return found
  }
}
