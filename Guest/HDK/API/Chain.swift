// The agent's source chain, other agents' activity, the deterministic reads of validation (hdi's `must_get_*`),
// chain migration, clone cells and validation receipts.

/// Records of the agent's own chain that pass `filter`, including this call's writes (hdk's `query`).
///
/// ```swift
/// var filter = ChainQueryFilter()
/// filter.actionTypes = [.create]
/// filter.includeEntries = true
/// let created = try query(filter)
/// ```
public func query(_ filter: ChainQueryFilter) throws(WasmError) -> [Record] { try HostFn.query(filter) }

/// Another agent's chain as its activity authorities see it (hdk's `get_agent_activity`).
///
/// ```swift
/// let status = try getAgentActivity(bob, request: .status)
/// ```
public func getAgentActivity(
  _ agent: AgentPubKey, filter: ChainQueryFilter = ChainQueryFilter(), request: ActivityRequest,
  options: GetOptions = .network
) throws(WasmError) -> AgentActivityStatus {
  try HostFn.getAgentActivity(
    GetAgentActivityInput(agentPubkey: agent, chainQueryFilter: filter, activityRequest: request, getOptions: options))
}

/// The entry `hash`, or a failed call (which validation reports as an unresolved dependency) (hdi's
/// `must_get_entry`).
///
/// ```swift
/// let entry = try mustGetEntry(hash).content
/// ```
public func mustGetEntry(_ hash: EntryHash) throws(WasmError) -> EntryHashed {
  try HostFn.mustGetEntry(MustGetEntryInput(hash))
}

/// The signed action `hash`, or a failed call (hdi's `must_get_action`).
///
/// ```swift
/// let author = try mustGetAction(original).content.author
/// ```
public func mustGetAction(_ hash: ActionHash) throws(WasmError) -> SignedActionHashed {
  try HostFn.mustGetAction(MustGetActionInput(hash))
}

/// The record `hash` if it was validated as valid, or a failed call (hdi's `must_get_valid_record`).
///
/// ```swift
/// let post = try mustGetValidRecord(comment.postHash)
/// ```
public func mustGetValidRecord(_ hash: ActionHash) throws(WasmError) -> Record {
  try HostFn.mustGetValidRecord(MustGetValidRecordInput(hash))
}

/// A contiguous part of `author`'s chain, newest first, or a failed call (hdi's `must_get_agent_activity`).
///
/// ```swift
/// let lastTen = try mustGetAgentActivity(author, ChainFilter(chainTop: head, limitConditions: .take(10)))
/// ```
public func mustGetAgentActivity(_ author: AgentPubKey, _ filter: ChainFilter) throws(WasmError) -> [AgentActivity] {
  try HostFn.mustGetAgentActivity(MustGetAgentActivityInput(author: author, chainFilter: filter))
}

/// Closes the chain, optionally naming where it continues (hdk's `close_chain`).
///
/// ```swift
/// try closeChain(.dna(newDnaHash))
/// ```
public func closeChain(_ newTarget: MigrationTarget?) throws(WasmError) -> ActionHash {
  try HostFn.closeChain(CloseChainInput(newTarget: newTarget))
}

/// Opens a chain that continues one closed elsewhere (hdk's `open_chain`).
///
/// ```swift
/// try openChain(from: .dna(oldDnaHash), closeHash: closeHash)
/// ```
public func openChain(from previous: MigrationTarget, closeHash: ActionHash) throws(WasmError) -> ActionHash {
  try HostFn.openChain(OpenChainInput(prevTarget: previous, closeHash: closeHash))
}

/// The bytes given to the cell's role at install time, readable during `init` (hdk's `get_init_properties`).
///
/// ```swift
/// let properties = try getInitProperties()?.bytes
/// ```
public func getInitProperties() throws(WasmError) -> InitProperties? { try HostFn.getInitProperties() }

/// The validation receipts of each op of the action `hash` (hdk's `get_validation_receipts`).
///
/// ```swift
/// let complete = try getValidationReceipts(hash).allSatisfy { $0.receiptsComplete }
/// ```
public func getValidationReceipts(_ hash: ActionHash) throws(WasmError) -> [ValidationReceiptSet] {
  try HostFn.getValidationReceipts(GetValidationReceiptsInput(actionHash: hash))
}

/// Clones a cell of this app with other modifiers (hdk's `create_clone_cell`).
///
/// ```swift
/// let room = try createCloneCell(CreateCloneCellInput(cellId: cell, modifiers: DnaModifiersOpt(networkSeed: "room-7")))
/// ```
public func createCloneCell(_ input: CreateCloneCellInput) throws(WasmError) -> ClonedCell {
  try HostFn.createCloneCell(input)
}

/// Disables a clone cell (hdk's `disable_clone_cell`).
///
/// ```swift
/// try disableCloneCell(.cloneId("chat.0"))
/// ```
public func disableCloneCell(_ id: CloneCellId) throws(WasmError) {
  try HostFn.disableCloneCell(DisableCloneCellInput(cloneCellId: id))
}

/// Enables a disabled clone cell (hdk's `enable_clone_cell`).
///
/// ```swift
/// let room = try enableCloneCell(.cloneId("chat.0"))
/// ```
public func enableCloneCell(_ id: CloneCellId) throws(WasmError) -> ClonedCell {
  try HostFn.enableCloneCell(EnableCloneCellInput(cloneCellId: id))
}

/// Deletes a disabled clone cell (hdk's `delete_clone_cell`).
///
/// ```swift
/// try deleteCloneCell(.cloneId("chat.0"))
/// ```
public func deleteCloneCell(_ id: CloneCellId) throws(WasmError) {
  try HostFn.deleteCloneCell(DeleteCloneCellInput(cloneCellId: id))
}
