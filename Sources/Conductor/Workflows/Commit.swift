import HoloCore
import Ribosome
import StateStore

extension Conductor {
  /// Validates a workspace's new records (sys validation, then `validate` for each of their ops), flushes them
  /// in one transaction, and integrates them into the DNA's DHT store. Returns the records as written.
  @discardableResult
  func commit(_ workspace: Workspace, cell: Cell, ordering: ChainOrdering) throws(ConductorError)
    -> [(action: SignedActionHashed, entry: Entry?)]
  {
    let pending = workspace.pendingRecords
    guard !pending.isEmpty else { return [] }
    try validateInline(pending, cell: cell, workspace: workspace)
    let written: [SignedActionHashed]
    do {
      written = try workspace.flush(ordering: ordering)
    } catch {
      throw .state(error)
    }
    var entries: [EntryHash: Entry] = [:]
    for record in pending {
      if let hash = record.action.entryHash, let entry = record.entry.entry { entries[hash] = entry }
    }
    let records = written.map { action in (action: action, entry: action.content.entryHash.flatMap { entries[$0] }) }
    do {
      try cell.dht.integrateAuthored(records)
    } catch {
      throw .state(error)
    }
    return records
  }
}
