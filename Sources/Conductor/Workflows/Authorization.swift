import HoloCore
import StateStore

extension Conductor {
  /// The grant that lets `request.provenance` call the function: the chain author always, anyone else
  /// through a live `CapGrant` entry on the cell's chain that matches the function, agent and secret.
  func authorize(_ request: ZomeCallRequest, in cell: Cell) throws(ConductorError) -> CapGrant {
    if request.provenance == cell.id.agent { return .chainAuthor(cell.id.agent) }
    let function = GrantedFunction(zome: request.zome, function: request.function)
    do {
      for grant in try liveGrants(in: cell)
      where grant.authorizes(function, agent: request.provenance, secret: request.capSecret) {
        return .remoteAgent(grant)
      }
    } catch {
      throw .state(error)
    }
    throw .unauthorized(zome: request.zome, function: request.function)
  }

  /// The `CapGrant` entries on the cell's chain that no later Update or Delete replaced.
  func liveGrants(in cell: Cell) throws(StateStoreError) -> [ZomeCallCapGrant] {
    var grants = ChainQueryFilter()
    grants.entryTypes = [.capGrant]
    grants.includeEntries = true
    var changes = ChainQueryFilter()
    changes.actionTypes = [.update, .delete]
    var replaced = Set<ActionHash>()
    for record in try cell.chain.query(changes) {
      switch record.action.data {
      case .update(let update): replaced.insert(update.originalActionAddress)
      case .delete(let delete): replaced.insert(delete.deletesAddress)
      default: break
      }
    }
    return try cell.chain.query(grants).compactMap { record in
      guard !replaced.contains(record.actionHash), case .capGrant(let grant)? = record.entry.entry else { return nil }
      return grant
    }
  }
}
