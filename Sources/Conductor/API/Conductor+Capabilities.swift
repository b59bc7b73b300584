public import ConductorAPI
public import HoloCore
import Ribosome
import StateStore

/// Capability grants made through the admin API: committed to (and deleted from) a cell's own chain like any
/// `create_cap_grant`, and listed per app.
extension Conductor {
  /// Commits `grant` to `cell`'s chain and returns its action's hash.
  public func grantZomeCallCapability(_ grant: ZomeCallCapGrant, in cellId: CellId) async throws(ConductorError)
    -> ActionHash
  {
    try await onZomeCallThread { () throws(ConductorError) in
      let cell = try self.cell(cellId)
      let entry = Entry.capGrant(grant)
      let written = try self.commitAuthored(cell) { workspace throws(StateStoreError) in
        try workspace.append(.create(CreateData(entryType: .capGrant, entryHash: entry.hash())), entry: entry)
      }
      guard let action = written.last?.action else { throw .invalidAppState("the grant was not written") }
      return action.hash
    }
  }

  /// Deletes the grant `actionHash` from `cell`'s chain: it authorizes no more calls.
  public func revokeZomeCallCapability(_ actionHash: ActionHash, in cellId: CellId) async throws(ConductorError) {
    try await onZomeCallThread { () throws(ConductorError) in
      let cell = try self.cell(cellId)
      let record: Record?
      do throws(StateStoreError) {
        record = try cell.chain.record(actionHash)
      } catch {
        throw .state(error)
      }
      guard let record, record.action.entryType == .capGrant, let entryHash = record.action.entryHash else {
        throw .invalidAppState("\(actionHash) is not a capability grant of this cell")
      }
      _ = try self.commitAuthored(cell) { workspace throws(StateStoreError) in
        try workspace.append(.delete(DeleteData(deletesAddress: actionHash, deletesEntryAddress: entryHash)))
      }
    }
  }

  /// The zome-call grants of every running cell of an app, with when they were made and revoked.
  public func capabilityGrants(of appId: String, includeRevoked: Bool) throws(ConductorError) -> AppCapGrantInfo {
    let app = try app(appId)
    var cells: [CellCapGrants] = []
    for (_, _, cellId) in app.runningCells {
      let cell = try cell(cellId)
      var grants = ChainQueryFilter()
      grants.entryTypes = [.capGrant]
      grants.includeEntries = true
      var deletes = ChainQueryFilter()
      deletes.actionTypes = [.delete]
      do throws(StateStoreError) {
        var revoked: [ActionHash: Timestamp] = [:]
        for record in try cell.chain.query(deletes) {
          if case .delete(let delete) = record.action.data {
            revoked[delete.deletesAddress] = record.action.header.timestamp
          }
        }
        let infos: [CapGrantInfo] = try cell.chain.query(grants).compactMap { record in
          guard case .capGrant(let grant)? = record.entry.entry else { return nil }
          let revokedAt = revoked[record.actionHash]
          if revokedAt != nil && !includeRevoked { return nil }
          return CapGrantInfo(
            capGrant: DesensitizedZomeCallCapGrant(grant), actionHash: record.actionHash,
            createdAt: record.action.header.timestamp, revokedAt: revokedAt)
        }
        cells.append(CellCapGrants(cellId: cellId, grants: infos))
      } catch {
        throw .state(error)
      }
    }
    return AppCapGrantInfo(cells: cells)
  }

  /// Appends to `cell`'s chain outside a zome call, validates and commits it (relaxed ordering: the
  /// conductor's own writes rebase over concurrent calls).
  func commitAuthored(_ cell: Cell, _ append: (Workspace) throws(StateStoreError) -> Void) throws(ConductorError)
    -> [WrittenRecord]
  {
    do {
      let workspace = try cell.chain.workspace()
      try append(workspace)
      return try commit(workspace, cell: cell, ordering: .relaxed)
    } catch let error as StateStoreError {
      throw .state(error)
    } catch let error as ConductorError {
      throw error
    } catch {
      throw .invalidAppState("\(error)")
    }
  }
}
