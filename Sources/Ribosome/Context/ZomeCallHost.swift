public import HoloCore

/// What a zome call reaches beyond its own cell: other zomes and cells, signals, clones, schedules. The
/// conductor implements it; a ribosome without one (tests of the ABI) answers these host functions with a
/// clear error.
public protocol ZomeCallHost: AnyObject, Sendable {
  /// Runs a `call` made by the zome in `context` (another zome, cell or role of this conductor, or a
  /// remote agent) and returns its response.
  func call(_ call: Call, from context: ZomeCallContext) throws(HostFunctionFailure) -> ZomeCallResponse

  /// Sends a remote signal to other agents (`send_remote_signal`); best effort.
  func sendRemoteSignal(_ signal: RemoteSignal, from context: ZomeCallContext) throws(HostFunctionFailure)

  /// Creates, enables, disables or deletes a clone cell of the calling cell's app.
  func cloneCell(_ request: CloneCellRequest, from context: ZomeCallContext) throws(HostFunctionFailure) -> ClonedCell?
}

/// The clone-cell host functions, as one request.
public enum CloneCellRequest: Sendable {
  case create(CreateCloneCellInput)
  case disable(DisableCloneCellInput)
  case enable(EnableCloneCellInput)
  case delete(DeleteCloneCellInput)
}
