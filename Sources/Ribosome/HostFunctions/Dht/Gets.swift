import HoloCore
import StateStore

extension HostFunction {
  /// `get`: for each input, the live record of an action hash, or the oldest live record of an entry hash.
  static let get = HostFunction.typed("get") { (context, inputs: [GetInput]) throws(HostFunctionFailure) -> [Record?] in
    try context.require(.readChain, for: "get")
    var records: [Record?] = []
    for input in inputs {
      let cascade = Cascade(context, options: input.getOptions)
      if let action = ActionHash(input.anyDhtHash) {
        records.append(try cascade.liveRecord(action))
      } else if let entry = EntryHash(input.anyDhtHash) {
        records.append(try cascade.liveEntryRecord(entry))
      } else {
        throw .host("get: \(input.anyDhtHash) is neither an action nor an entry hash")
      }
    }
    return records
  }

  /// `get_details`: for each input, a record with its deletes and updates, or an entry with all its actions.
  static let getDetails = HostFunction.typed("get_details") {
    (context, inputs: [GetInput]) throws(HostFunctionFailure) -> [Details?] in
    try context.require(.readChain, for: "get_details")
    var details: [Details?] = []
    for input in inputs {
      let cascade = Cascade(context, options: input.getOptions)
      if let action = ActionHash(input.anyDhtHash) {
        details.append(try cascade.recordDetails(action).map(Details.record))
      } else if let entry = EntryHash(input.anyDhtHash) {
        details.append(try cascade.entryDetails(entry).map(Details.entry))
      } else {
        throw .host("get_details: \(input.anyDhtHash) is neither an action nor an entry hash")
      }
    }
    return details
  }

  /// `get_links`: for each input, the live links on its base that pass its filters, oldest first.
  static let getLinks = HostFunction.typed("get_links") {
    (context, inputs: [GetLinksInput]) throws(HostFunctionFailure) -> [[Link]] in
    try context.require(.readChain, for: "get_links")
    var results: [[Link]] = []
    for input in inputs {
      let cascade = Cascade(context, options: input.getOptions)
      results.append(try cascade.links(base: input.baseAddress, filter: LinkFilter(input)))
    }
    return results
  }

  /// `get_links_details`: for each input, every CreateLink on its base with the DeleteLinks on it.
  static let getLinksDetails = HostFunction.typed("get_links_details") {
    (context, inputs: [GetLinksInput]) throws(HostFunctionFailure) -> [LinkDetails] in
    try context.require(.readChain, for: "get_links_details")
    let cascade = Cascade(context)
    var results: [LinkDetails] = []
    for input in inputs {
      let details = try cascade.linkDetails(base: input.baseAddress, filter: LinkFilter(input))
      results.append(
        LinkDetails(details.map { CreateLinkWithDeletes(createLink: $0.create.record.signedAction, deletes: $0.deletes) }))
    }
    return results
  }

  /// `count_links`: how many live links on a base pass the query's filters.
  static let countLinks = HostFunction.typed("count_links") { (context, query: LinkQuery) throws(HostFunctionFailure) in
    try context.require(.readChain, for: "count_links")
    return UInt64(try Cascade(context).links(base: query.base, filter: LinkFilter(query)).count)
  }

  /// `get_validation_receipts`: for each op of an action this node holds, the receipts its validators sent,
  /// and whether there are as many as the network requires.
  static let getValidationReceipts = HostFunction.typed("get_validation_receipts") {
    (context, input: GetValidationReceiptsInput) throws(HostFunctionFailure) -> [ValidationReceiptSet] in
    try context.require(.readChain, for: "get_validation_receipts")
    guard let dht = context.dht else { return [] }
    let required = context.network?.requiredValidations ?? defaultRequiredValidations
    do {
      return try dht.ops(ofAction: input.actionHash).map { op throws(StateStoreError) in
        let receipts = try dht.receipts(for: op.hash)
        return ValidationReceiptSet(
          opHash: op.hash, opType: op.type.name.text, receiptsComplete: receipts.count >= required,
          receipts: receipts.map { ValidationReceiptInfo(validationStatus: $0.status, validators: [$0.validator]) })
      }
    } catch {
      throw .host("get_validation_receipts: reading receipts failed: \(error)")
    }
  }
}

extension HostFunction {
  /// `get_agent_activity`: an agent's chain status and, for a `Full` request, the actions that match.
  static let getAgentActivity = HostFunction.typed("get_agent_activity") {
    (context, input: GetAgentActivityInput) throws(HostFunctionFailure) -> AgentActivityStatus in
    try context.require(.readChain, for: "get_agent_activity")
    var status = try AgentChain(context, agent: input.agentPubkey, options: input.getOptions).status(
      filter: input.chainQueryFilter, request: input.activityRequest)
    // Warrants this node holds against the agent: its own and those sent to it as an activity authority.
    do {
      status.warrants = try context.dht?.warrants(against: input.agentPubkey) ?? []
    } catch {
      throw .host("get_agent_activity: reading warrants failed: \(error)")
    }
    return status
  }
}
