import HDK
public import HolonsCore

/// `commit`: saves every staged holon of the session in two passes — first the nodes, then the smart links of
/// their relationships — and answers a holon with `commit_request_status` (`Complete` or `Incomplete`),
/// `holons_committed`, `links_created` and `error_count`. Holons that fail keep their errors in the nursery; a
/// complete commit closes the transaction.
func commitDance(_ request: DanceRequest, _ context: GuestDanceContext) throws(HolonError) -> DanceResponse {
  let outcome = try commitStaged(context)
  return ok(.holon(.transient(TransientHolon(properties: outcome.properties))), "Commit \(outcome.status)")
}

/// What a commit did.
struct CommitOutcome {
  var holonsCommitted = 0
  var linksCreated = 0
  var errors: [HolonError] = []

  var status: String { errors.isEmpty ? "Complete" : "Incomplete" }

  var properties: PropertyMap {
    [
      "commit_request_status": .string(MapString(status)),
      "holons_committed": .integer(MapInteger(Int64(holonsCommitted))),
      "links_created": .integer(MapInteger(Int64(linksCreated))),
      "error_count": .integer(MapInteger(Int64(errors.count))),
    ]
  }
}

/// The two commit passes over the context's nursery.
func commitStaged(_ context: GuestDanceContext) throws(HolonError) -> CommitOutcome {
  let transaction = context.transaction
  try transaction.beginCommit()
  var outcome = CommitOutcome()
  var committedNow: [StagedReferenceWire] = []

  // Pass 1: nodes.
  for (reference, holon) in transaction.stagedHolons where holon.stagedState.isPendingCommit {
    let node = HolonNode(propertyMap: holon.propertyMap, originalId: holon.originalId)
    switch Result(catching: { () throws(HolonError) in try hdk { () throws(WasmError) in try HolonsStore.create(node) } }) {
    case .success(let id):
      try transaction.updateStaged(reference) { (staged: inout StagedHolon) throws(HolonError) in
        staged.stagedState = .committed(id)
        staged.holonState = .immutable
        staged.errors = []
      }
      outcome.holonsCommitted += 1
      committedNow.append(reference)
    case .failure(let error):
      outcome.errors.append(error)
      try transaction.updateStaged(reference) { (staged: inout StagedHolon) throws(HolonError) in
        staged.errors = [error]
      }
    }
  }

  // Pass 2: links, now that every target committed in pass 1 has an id.
  for reference in committedNow {
    let holon = try transaction.stagedHolon(reference)
    guard let source = holon.committedId else { continue }
    for entry in holon.relationships.entries {
      for target in entry.targets {
        let linked = Result { () throws(HolonError) in
          let targetId = try context.localId(of: target)
          let key = try targetKey(of: target, context)
          try hdk { () throws(WasmError) in try HolonsStore.link(source, entry.name, targetId, targetKey: key) }
        }
        switch linked {
        case .success: outcome.linksCreated += 1
        case .failure(let error):
          outcome.errors.append(error)
          try transaction.updateStaged(reference) { (staged: inout StagedHolon) throws(HolonError) in
            staged.errors.append(error)
          }
        }
      }
    }
  }
  try transaction.finishCommit(complete: outcome.errors.isEmpty)
  return outcome
}

/// The key of a relationship target, for the smart link's tag.
func targetKey(of target: HolonReferenceWire, _ context: GuestDanceContext) throws(HolonError) -> MapString? {
  switch target {
  case .staged(let wire): return try Holon.staged(try context.transaction.stagedHolon(wire)).key()
  case .smart(let wire):
    if case .string(let key)? = wire.smartPropertyValues?[CoreNames.key] { return key }
    guard case .local(let id) = wire.holonId,
      let saved = try hdk({ () throws(WasmError) in try HolonsStore.fetch(id) })
    else { return nil }
    return try Holon.saved(saved).key()
  case .transient: return nil
  }
}
