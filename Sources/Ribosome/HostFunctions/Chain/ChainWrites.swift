import HoloCore
import StateStore

extension ZomeCallContext {
  /// Appends an action to the call's workspace after the checks every write shares.
  func write(
    _ data: ActionData, entry: Entry? = nil, ordering: ChainTopOrdering, function: String
  ) throws(HostFunctionFailure) -> ActionHash {
    try require(.writeChain, for: function)
    let workspace = try requireWorkspace(for: function)
    if ordering == .relaxed { effects.relax() }
    do {
      return try workspace.append(data, entry: entry).hash
    } catch {
      throw .host("\(function) failed: \(error)")
    }
  }
}

extension HostFunction {
  /// `create`: a new entry (app entry, capability grant or claim) on the agent's chain.
  static let create = HostFunction.typed("create") { (context, input: CreateInput) throws(HostFunctionFailure) in
    let entryType: EntryType
    switch (input.entryLocation, input.entry) {
    case (.app(let location), .app):
      entryType = .app(
        AppEntryDef(entryIndex: location.entryDefIndex, zomeIndex: location.zomeIndex, visibility: input.entryVisibility))
    case (.capGrant, .capGrant): entryType = .capGrant
    case (.capClaim, .capClaim): entryType = .capClaim
    case (_, .counterSign):
      throw .host("create: countersigned entries need countersigning, an unstable feature this conductor does not enable")
    default:
      throw .host("create: the entry's kind does not match its entry location \(input.entryLocation)")
    }
    return try context.write(
      .create(CreateData(entryType: entryType, entryHash: input.entry.hash())), entry: input.entry,
      ordering: input.chainTopOrdering, function: "create")
  }

  /// `update`: a new entry that replaces the entry of a Create or Update action.
  static let update = HostFunction.typed("update") { (context, input: UpdateInput) throws(HostFunctionFailure) in
    guard let original = try Cascade(context).record(input.originalActionAddress) else {
      throw .host("update: the original action \(input.originalActionAddress) was not found")
    }
    let entryType: EntryType
    let originalEntry: EntryHash
    switch original.action.data {
    case .create(let data): (entryType, originalEntry) = (data.entryType, data.entryHash)
    case .update(let data): (entryType, originalEntry) = (data.entryType, data.entryHash)
    default:
      throw .host("update: \(input.originalActionAddress) is a \(original.action.actionType.name), not a Create or Update")
    }
    return try context.write(
      .update(
        UpdateData(
          originalActionAddress: input.originalActionAddress, originalEntryAddress: originalEntry,
          entryType: entryType, entryHash: input.entry.hash())),
      entry: input.entry, ordering: input.chainTopOrdering, function: "update")
  }

  /// `delete`: marks a Create or Update action (and so its entry, once no creator is left) deleted.
  static let delete = HostFunction.typed("delete") { (context, input: DeleteInput) throws(HostFunctionFailure) in
    guard let original = try Cascade(context).record(input.deletesActionHash) else {
      throw .host("delete: the action \(input.deletesActionHash) was not found")
    }
    guard let entryHash = original.action.entryHash else {
      throw .host("delete: \(input.deletesActionHash) is a \(original.action.actionType.name), which has no entry")
    }
    return try context.write(
      .delete(DeleteData(deletesAddress: input.deletesActionHash, deletesEntryAddress: entryHash)),
      ordering: input.chainTopOrdering, function: "delete")
  }

  /// `create_link`: a link from a base to a target, of one of the zome's link types.
  static let createLink = HostFunction.typed("create_link") { (context, input: CreateLinkInput) throws(HostFunctionFailure) in
    try context.write(
      .createLink(
        CreateLinkData(
          baseAddress: input.baseAddress, targetAddress: input.targetAddress, zomeIndex: input.zomeIndex,
          linkType: input.linkType, tag: input.tag)),
      ordering: input.chainTopOrdering, function: "create_link")
  }

  /// `delete_link`: removes a link, found by its CreateLink action.
  static let deleteLink = HostFunction.typed("delete_link") { (context, input: DeleteLinkInput) throws(HostFunctionFailure) in
    guard let createLink = try Cascade(context).record(input.address) else {
      throw .host("delete_link: the CreateLink action \(input.address) was not found")
    }
    guard case .createLink(let link) = createLink.action.data else {
      throw .host("delete_link: \(input.address) is a \(createLink.action.actionType.name), not a CreateLink")
    }
    return try context.write(
      .deleteLink(DeleteLinkData(baseAddress: link.baseAddress, linkAddAddress: input.address)),
      ordering: input.chainTopOrdering, function: "delete_link")
  }

  /// `close_chain`: ends the chain, pointing at where it continues (a new DNA or agent key), if anywhere.
  static let closeChain = HostFunction.typed("close_chain") { (context, input: CloseChainInput) throws(HostFunctionFailure) in
    try context.write(.closeChain(input), ordering: .strict, function: "close_chain")
  }

  /// `open_chain`: the first action of a chain that continues a closed one.
  static let openChain = HostFunction.typed("open_chain") { (context, input: OpenChainInput) throws(HostFunctionFailure) in
    try context.write(.openChain(input), ordering: .strict, function: "open_chain")
  }
}
