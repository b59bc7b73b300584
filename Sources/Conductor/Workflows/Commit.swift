import HoloCore
import Ribosome
import StateStore
import Synchronization

extension Conductor {
  /// Validates a workspace's new records (sys validation, then `validate` for each of their ops), flushes them
  /// in one transaction, and integrates them into the DNA's DHT store. Returns the records as written.
  @discardableResult
  func commit(_ workspace: Workspace, cell: Cell, ordering: ChainOrdering) throws(ConductorError) -> [WrittenRecord] {
    let pending = workspace.pendingRecords
    guard !pending.isEmpty else { return [] }
    if !skipsInlineValidation.load(ordering: .relaxed) { try validateInline(pending, cell: cell, workspace: workspace) }
    do {
      let written = try workspace.flushRecords(ordering: ordering)
      try cell.dht.integrateAuthored(written)
      committed()
      return written
    } catch {
      throw .state(error)
    }
  }
}
