import HDK
public import HolonsCore

/// `load_holons`: body `TransientReference` to a `HolonLoadSet` (see `LoaderNames`) → a holon with
/// `HolonsStaged`, `HolonsCommitted`, `LinksCreated`, `ErrorCount` and `LoadCommitStatus` (`Complete`,
/// `Incomplete` or `Skipped`), related through `LoadErrors` to one holon per error (`loader_file`,
/// `holon_key`, `message`).
///
/// Pass 1 stages every loader holon; pass 2 resolves each relationship target by key — staged in this
/// transaction first, then saved — and relates them; then the nursery is committed, here or, in split mode
/// (the DNA property `storage_role`), by a `commit` dance into that role. Any error before the commit skips it.
func loadHolonsDance(_ request: DanceRequest, _ context: GuestDanceContext) throws(HolonError) -> DanceResponse {
  guard case .transientReference(let setReference) = request.body else {
    throw .invalidParameter("load_holons takes a TransientReference to a HolonLoadSet")
  }
  let transaction = context.transaction
  let loadSet = try transaction.transientHolon(setReference)
  var errors: [(file: String, key: String, message: String)] = []
  var staged: [(reference: StagedReferenceWire, loader: TransientHolon, file: String, key: String)] = []

  // Pass 1: stage.
  for member in loadSet.relationships[LoaderNames.bundleMembers] {
    guard case .transient(let memberReference) = member else { continue }
    let loader = try transaction.transientHolon(memberReference)
    let file = text(loader.propertyMap[LoaderNames.file])
    let key = text(loader.propertyMap[CoreNames.key])
    var properties = loader.propertyMap
    properties[LoaderNames.file] = nil
    switch Result(catching: { () throws(HolonError) in try transaction.stageNewHolon(TransientHolon(properties: properties)) }) {
    case .success(let reference): staged.append((reference, loader, file, key))
    case .failure(let error): errors.append((file, key, error.description))
    }
  }

  // Pass 2: resolve relationships, in the set first, then against saved holons.
  var saved: HolonCollection?
  for entry in staged {
    for target in entry.loader.relationships[LoaderNames.loaderRelationships] {
      guard case .transient(let targetReference) = target else { continue }
      let spec = try transaction.transientHolon(targetReference)
      let name = RelationshipName(text(spec.propertyMap[LoaderNames.relationshipName]))
      let targetKey = MapString(text(spec.propertyMap[LoaderNames.targetKey]))
      var resolved = transaction.stagedReference(forKey: targetKey).map { HolonReferenceWire.staged($0) }
      if resolved == nil {
        if saved == nil { saved = try savedHolons(context) }
        resolved = saved?.member(forKey: targetKey)
      }
      guard let resolved else {
        errors.append((entry.file, entry.key, "\(name.name.value): no holon with key \(targetKey.value)"))
        continue
      }
      try transaction.addRelatedHolons(entry.reference, name, [resolved])
    }
  }

  // Commit, unless something already failed.
  var status = "Skipped"
  var committed: Int64 = 0
  var links: Int64 = 0
  if errors.isEmpty {
    if let storage = context.settings.storageRole {
      let response = context.initiateDance(DanceRequests.commit(), to: .otherRole(storage))
      guard response.statusCode == .ok, case .holon(let report) = response.body else {
        throw .commitFailure("commit in \(storage): \(response.description.value)")
      }
      status = text(report.propertyMap["commit_request_status"])
      committed = integer(report.propertyMap["holons_committed"])
      links = integer(report.propertyMap["links_created"])
    } else {
      let outcome = try commitStaged(context)
      status = outcome.status
      committed = Int64(outcome.holonsCommitted)
      links = Int64(outcome.linksCreated)
      for error in outcome.errors { errors.append(("", "", error.description)) }
    }
  }

  var errorHolons: [HolonReferenceWire] = []
  for error in errors {
    var properties: PropertyMap = ["message": .string(MapString(error.message))]
    if !error.file.isEmpty { properties[LoaderNames.file] = .string(MapString(error.file)) }
    if !error.key.isEmpty { properties["holon_key"] = .string(MapString(error.key)) }
    errorHolons.append(.transient(try transaction.createTransient(properties)))
  }
  var relationships = RelationshipMap()
  relationships.add(errorHolons, to: LoaderNames.errors)
  let report = TransientHolon(
    properties: [
      LoaderNames.holonsStaged: .integer(MapInteger(Int64(staged.count))),
      LoaderNames.holonsCommitted: .integer(MapInteger(committed)),
      LoaderNames.linksCreated: .integer(MapInteger(links)),
      LoaderNames.errorCount: .integer(MapInteger(Int64(errors.count))),
      LoaderNames.loadCommitStatus: .string(MapString(status)),
    ], relationships: relationships)
  return ok(.holon(.transient(report)), "Load \(status)")
}

/// The saved holons, by key: here, or in the storage role in split mode.
func savedHolons(_ context: GuestDanceContext) throws(HolonError) -> HolonCollection {
  let response =
    if let storage = context.settings.storageRole {
      context.initiateDance(DanceRequests.getAllHolons(), to: .otherRole(storage))
    } else {
      try getAllHolonsDance(DanceRequests.getAllHolons(), context)
    }
  guard response.statusCode == .ok, case .holonCollection(let collection) = response.body else {
    throw .conductorError("reading saved holons: \(response.description.value)")
  }
  return collection
}

func text(_ value: BaseValue?) -> String {
  if case .string(let text)? = value { return text.value }
  return ""
}

func integer(_ value: BaseValue?) -> Int64 {
  if case .integer(let number)? = value { return number.value }
  return 0
}
