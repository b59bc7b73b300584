import HoloCore
import Ribosome
import StateStore

extension Conductor {
  /// Holochain's inline validation: every new record passes sys validation, then every op it produces passes
  /// the `validate` callback of the integrity zomes it concerns. The first failure stops the commit.
  func validateInline(_ records: [Record], cell: Cell, workspace: Workspace) throws(ConductorError) {
    let lookup = RecordLookup(workspace: workspace, dht: cell.dht, cache: cell.cache, network: onlineNetwork)
    for record in records {
      try SysValidation(layout: cell.layout, lookup: lookup).check(record)
    }
    for record in records {
      let entry = record.entry.entry
      for produced in ChainOps.produced(by: record.signedAction, entry: entry) {
        let op = try makeOp(produced.type, record: record, lookup: lookup)
        for zome in try zomesToValidate(op, layout: cell.layout, lookup: lookup)
        where cell.ribosome.exports(zome: zome.name, function: "validate") {
          let context = ZomeCallContext(
            cell: cell.id, dna: cell.layout, zomeName: zome.name, functionName: "validate", provenance: cell.id.agent,
            access: .validation, kind: .validation, workspace: workspace, dht: cell.dht, cache: cell.cache,
            network: onlineNetwork, keystore: keystore)
          let result = try validationCallback(
            cell.ribosome, zome: zome.name, function: "validate", payload: ExternIO(encoding: op), context: context)
          switch result {
          case .valid: continue
          case .invalid(let reason): throw .invalidCommit(reason)
          case .unresolvedDependencies(let missing): throw .incompleteCommit("\(missing)")
          }
        }
      }
    }
  }

  /// The `Op` the validate callback receives for one op of `record`.
  func makeOp(_ type: ChainOpType, record: Record, lookup: RecordLookup) throws(ConductorError) -> Op {
    let signed = record.signedAction
    let isPublic = signed.content.entryType?.visibility != .private
    switch type {
    case .createRecord: return .createRecord(.init(record: record))
    case .createEntry:
      guard let entry = record.entry.entry else { throw .invalidCommit("a CreateEntry op without its entry") }
      return .createEntry(.init(action: signed, entry: entry))
    case .updateEntry, .updateRecord: return .update(.init(update: signed, newEntry: isPublic ? record.entry.entry : nil))
    case .deleteRecord, .deleteEntry: return .delete(.init(delete: signed))
    case .agentActivity: return .agentActivity(AgentActivity(action: signed))
    case .createLink: return .createLink(.init(createLink: signed))
    case .deleteLink:
      guard case .deleteLink(let data) = signed.content.data, let create = try lookup.record(data.linkAddAddress) else {
        throw .incompleteCommit("the CreateLink of a DeleteLink is missing")
      }
      return .deleteLink(.init(deleteLink: signed, createLink: create.action))
    }
  }

  /// Which integrity zomes validate `op` (Holochain's `get_zomes_to_invoke`): the zome that defines its entry
  /// or link type, else all of them.
  func zomesToValidate(_ op: Op, layout: DnaLayout, lookup: RecordLookup) throws(ConductorError) -> [ZomeLayout] {
    let all = layout.zomes.filter { $0.kind == .integrity }
    func owner(of action: Action) -> ZomeIndex? {
      switch action.data {
      case .createLink(let link): return link.zomeIndex
      case .create(let create): if case .app(let def) = create.entryType { return def.zomeIndex }
      case .update(let update): if case .app(let def) = update.entryType { return def.zomeIndex }
      default: break
      }
      return nil
    }
    func deleted(_ action: Action) throws(ConductorError) -> Action? {
      let target: ActionHash
      switch action.data {
      case .delete(let data): target = data.deletesAddress
      case .deleteLink(let data): target = data.linkAddAddress
      default: return action
      }
      return try lookup.record(target)?.action
    }
    let subject: Action?
    switch op {
    case .agentActivity: return all
    case .createRecord(let record): subject = try deleted(record.record.action)
    case .delete(let delete): subject = try deleted(delete.delete.content)
    case .deleteLink(let delete): subject = delete.createLink
    default: subject = op.signedAction.content
    }
    guard let subject, let index = owner(of: subject) else { return all }
    guard let zome = layout.zome(at: index), zome.kind == .integrity else {
      throw .invalidCommit("zome index \(index.value) is not an integrity zome of this DNA")
    }
    return [zome]
  }
}

/// Finds records for validation: the call's workspace first (for an author's own commit), then the DHT store,
/// then the cache, then — for ops that arrived from others — the network, whose answers land in the cache.
struct RecordLookup {
  let workspace: Workspace?
  let dht: DhtStore
  var cache: DhtStore? = nil
  var network: (any CascadeNetwork)? = nil

  func record(_ hash: ActionHash) throws(ConductorError) -> Record? {
    do {
      if let record = try workspace?.record(hash) { return record }
      if let record = try dht.record(hash) { return record }
      if let record = try cache?.record(hash) { return record }
      guard let network, let cache else { return nil }
      network.fetch(basis: AnyLinkableHash(hash)!, in: dht.dnaHash, options: .network)
      return try cache.record(hash)
    } catch {
      throw .state(error)
    }
  }
}
