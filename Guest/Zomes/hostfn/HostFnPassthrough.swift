// The coordinator zome of the host-function test DNA: each extern hands its input to one host function and
// returns what the host answered, so host tests drive every host function through real wasm.
import HDK

@_expose(wasm, "agent_info") @_cdecl("agent_info")
public func agentInfoExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> AgentInfo in try HostFn.agentInfo() }
}

@_expose(wasm, "call_info") @_cdecl("call_info")
public func callInfoExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> CallInfo in try HostFn.callInfo() }
}

@_expose(wasm, "dna_info_1") @_cdecl("dna_info_1")
public func dnaInfo1Extern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> DnaInfoV1 in try HostFn.dnaInfo1() }
}

@_expose(wasm, "dna_info_2") @_cdecl("dna_info_2")
public func dnaInfo2Extern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> DnaInfoV2 in try HostFn.dnaInfo2() }
}

@_expose(wasm, "zome_info") @_cdecl("zome_info")
public func zomeInfoExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> ZomeInfo in try HostFn.zomeInfo() }
}

@_expose(wasm, "get_init_properties") @_cdecl("get_init_properties")
public func getInitPropertiesExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> InitProperties? in try HostFn.getInitProperties() }
}

@_expose(wasm, "trace_line") @_cdecl("trace_line")
public func traceLine(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (message: TraceMsg) throws(WasmError) -> Unit in
    try HostFn.trace(message)
    return Unit()
  }
}

@_expose(wasm, "create_entry") @_cdecl("create_entry")
public func createEntry(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: CreateInput) throws(WasmError) -> ActionHash in try HostFn.create(input) }
}

@_expose(wasm, "update_entry") @_cdecl("update_entry")
public func updateEntry(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: UpdateInput) throws(WasmError) -> ActionHash in try HostFn.update(input) }
}

@_expose(wasm, "delete_entry") @_cdecl("delete_entry")
public func deleteEntry(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: DeleteInput) throws(WasmError) -> ActionHash in try HostFn.delete(input) }
}

@_expose(wasm, "create_link") @_cdecl("create_link")
public func createLinkExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: CreateLinkInput) throws(WasmError) -> ActionHash in try HostFn.createLink(input) }
}

@_expose(wasm, "delete_link") @_cdecl("delete_link")
public func deleteLinkExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: DeleteLinkInput) throws(WasmError) -> ActionHash in try HostFn.deleteLink(input) }
}

@_expose(wasm, "get_records") @_cdecl("get_records")
public func getRecords(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (inputs: [GetInput]) throws(WasmError) -> [Record?] in try HostFn.get(inputs) }
}

@_expose(wasm, "get_details") @_cdecl("get_details")
public func getDetailsExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (inputs: [GetInput]) throws(WasmError) -> [Details?] in try HostFn.getDetails(inputs) }
}

@_expose(wasm, "get_links") @_cdecl("get_links")
public func getLinksExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (inputs: [GetLinksInput]) throws(WasmError) -> [[Link]] in try HostFn.getLinks(inputs) }
}

@_expose(wasm, "get_links_details") @_cdecl("get_links_details")
public func getLinksDetailsExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (inputs: [GetLinksInput]) throws(WasmError) -> [LinkDetails] in try HostFn.getLinksDetails(inputs) }
}

@_expose(wasm, "count_links") @_cdecl("count_links")
public func countLinksExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (query: LinkQuery) throws(WasmError) -> Int64 in Int64(try HostFn.countLinks(query)) }
}

@_expose(wasm, "query_chain") @_cdecl("query_chain")
public func queryChain(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (filter: ChainQueryFilter) throws(WasmError) -> [Record] in try HostFn.query(filter) }
}

@_expose(wasm, "get_agent_activity") @_cdecl("get_agent_activity")
public func getAgentActivityExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: GetAgentActivityInput) throws(WasmError) -> AgentActivityStatus in
    try HostFn.getAgentActivity(input)
  }
}

@_expose(wasm, "must_get_entry") @_cdecl("must_get_entry")
public func mustGetEntryExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: MustGetEntryInput) throws(WasmError) -> EntryHashed in try HostFn.mustGetEntry(input) }
}

@_expose(wasm, "must_get_action") @_cdecl("must_get_action")
public func mustGetActionExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: MustGetActionInput) throws(WasmError) -> SignedActionHashed in
    try HostFn.mustGetAction(input)
  }
}

@_expose(wasm, "must_get_valid_record") @_cdecl("must_get_valid_record")
public func mustGetValidRecordExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: MustGetValidRecordInput) throws(WasmError) -> Record in
    try HostFn.mustGetValidRecord(input)
  }
}

@_expose(wasm, "must_get_agent_activity") @_cdecl("must_get_agent_activity")
public func mustGetAgentActivityExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: MustGetAgentActivityInput) throws(WasmError) -> [AgentActivity] in
    try HostFn.mustGetAgentActivity(input)
  }
}

@_expose(wasm, "call_zomes") @_cdecl("call_zomes")
public func callZomes(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (calls: [Call]) throws(WasmError) -> [ZomeCallResponse] in try HostFn.call(calls) }
}

@_expose(wasm, "emit") @_cdecl("emit")
public func emit(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (payload: ExternIO) throws(WasmError) -> Unit in
    try HostFn.emitSignal(AppSignal(payload))
    return Unit()
  }
}

@_expose(wasm, "schedule_fn") @_cdecl("schedule_fn")
public func scheduleFn(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (name: String) throws(WasmError) -> Unit in
    try HostFn.schedule(name)
    return Unit()
  }
}

@_expose(wasm, "close_chain") @_cdecl("close_chain")
public func closeChainExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: CloseChainInput) throws(WasmError) -> ActionHash in try HostFn.closeChain(input) }
}

@_expose(wasm, "send_remote_signal") @_cdecl("send_remote_signal")
public func sendRemoteSignalExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: RemoteSignal) throws(WasmError) -> Unit in
    try HostFn.sendRemoteSignal(input)
    return Unit()
  }
}

@_expose(wasm, "create_clone_cell") @_cdecl("create_clone_cell")
public func createCloneCellExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: CreateCloneCellInput) throws(WasmError) -> ClonedCell in try HostFn.createCloneCell(input) }
}

@_expose(wasm, "disable_clone_cell") @_cdecl("disable_clone_cell")
public func disableCloneCellExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: DisableCloneCellInput) throws(WasmError) -> Unit in
    try HostFn.disableCloneCell(input)
    return Unit()
  }
}

@_expose(wasm, "enable_clone_cell") @_cdecl("enable_clone_cell")
public func enableCloneCellExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: EnableCloneCellInput) throws(WasmError) -> ClonedCell in try HostFn.enableCloneCell(input) }
}

@_expose(wasm, "delete_clone_cell") @_cdecl("delete_clone_cell")
public func deleteCloneCellExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: DeleteCloneCellInput) throws(WasmError) -> Unit in
    try HostFn.deleteCloneCell(input)
    return Unit()
  }
}

@_expose(wasm, "open_chain") @_cdecl("open_chain")
public func openChainExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: OpenChainInput) throws(WasmError) -> ActionHash in try HostFn.openChain(input) }
}

@_expose(wasm, "get_validation_receipts") @_cdecl("get_validation_receipts")
public func getValidationReceiptsExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: GetValidationReceiptsInput) throws(WasmError) -> [ValidationReceiptSet] in
    try HostFn.getValidationReceipts(input)
  }
}

@_expose(wasm, "capability_grants") @_cdecl("capability_grants")
public func capabilityGrantsExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> Unit in
    try HostFn.capabilityGrants()
    return Unit()
  }
}
