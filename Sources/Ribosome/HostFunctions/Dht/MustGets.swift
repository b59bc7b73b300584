import HoloCore
import StateStore

extension ZomeCallContext {
  /// What a `must_get_*` does when its data is missing: in `validate` and `init` the callback ends at once
  /// with `UnresolvedDependencies` (Holochain's HostShortCircuit); elsewhere the guest gets an error.
  func missingDependency(_ dependency: UnresolvedDependencies, _ message: String) -> HostFunctionFailure {
    switch kind {
    case .validation:
      return .shortCircuit(ExternIO(encoding: ValidateCallbackResult.unresolvedDependencies(dependency)).msgpackBytes())
    case .initialization:
      return .shortCircuit(ExternIO(encoding: InitCallbackResult.unresolvedDependencies(dependency)).msgpackBytes())
    default:
      return .host(message)
    }
  }
}

extension HostFunction {
  /// `must_get_entry`: an entry held valid anywhere this node can see, whatever its liveness.
  static let mustGetEntry = HostFunction.typed("must_get_entry") {
    (context, input: MustGetEntryInput) throws(HostFunctionFailure) -> EntryHashed in
    try context.require(.mustGet, for: "must_get_entry")
    let creators = try Cascade(context).creators(of: input.entryHash)
    guard let entry = creators.lazy.compactMap({ $0.record.entry.entry }).first else {
      throw context.missingDependency(
        .hashes([AnyDhtHash(input.entryHash)!]), "Failed to get EntryHashed \(input.entryHash)")
    }
    return HoloHashed(entry)
  }

  /// `must_get_action`: a signed action, whatever its validity.
  static let mustGetAction = HostFunction.typed("must_get_action") {
    (context, input: MustGetActionInput) throws(HostFunctionFailure) -> SignedActionHashed in
    try context.require(.mustGet, for: "must_get_action")
    let found = try Cascade(context).filed(
      at: AnyLinkableHash(input.actionHash)!, [.createRecord], includeRejected: true
    ).first
    guard let found else {
      throw context.missingDependency(
        .hashes([AnyDhtHash(input.actionHash)!]), "Failed to get SignedActionHashed \(input.actionHash)")
    }
    return found.record.signedAction
  }

  /// `must_get_valid_record`: a record that passed validation; in `validate`, one that failed makes the op
  /// invalid too.
  static let mustGetValidRecord = HostFunction.typed("must_get_valid_record") {
    (context, input: MustGetValidRecordInput) throws(HostFunctionFailure) -> Record in
    try context.require(.mustGet, for: "must_get_valid_record")
    let details = try Cascade(context).recordDetails(input.actionHash)
    switch details?.validationStatus {
    case .valid?: return details!.record
    case .rejected? where context.kind == .validation:
      throw .shortCircuit(
        ExternIO(encoding: ValidateCallbackResult.invalid("Found a record, but it is invalid")).msgpackBytes())
    default:
      throw context.missingDependency(
        .hashes([AnyDhtHash(input.actionHash)!]), "Failed to get Record \(input.actionHash)")
    }
  }

  /// `must_get_agent_activity`: an agent's actions from a chain top back as far as the filter says, newest
  /// first.
  static let mustGetAgentActivity = HostFunction.typed("must_get_agent_activity") {
    (context, input: MustGetAgentActivityInput) throws(HostFunctionFailure) -> [AgentActivity] in
    try context.require(.mustGet, for: "must_get_agent_activity")
    let chain = try AgentChain(context, agent: input.author)
    guard let activity = chain.walk(from: input.chainFilter.chainTop, limit: input.chainFilter.limitConditions) else {
      throw context.missingDependency(
        .agentActivity(input.author, input.chainFilter),
        "Failed to get the agent activity of \(input.author) from \(input.chainFilter.chainTop)")
    }
    return activity.map { AgentActivity(action: $0.record.signedAction) }
  }
}
