// Calls to other zomes, cells and agents; signals; scheduling (hdk's `p2p` and `time` modules).

/// Calls `function` of `zome` in a cell of this conductor (hdk's `call`); `payload`'s msgpack is the input.
///
/// ```swift
/// let posts: [ActionHash] = try call(.local, zome: "forum", function: "list_posts", payload: Unit()).decode()
/// ```
public func call<I: MsgPackEncodable>(
  _ cell: CallTargetCell, zome: String, function: String, capSecret: CapSecret? = nil, payload: I
) throws(WasmError) -> ZomeCallResponse {
  try callOne(
    Call(target: .conductorCell(cell), zomeName: zome, fnName: function, capSecret: capSecret,
      payload: ExternIO(encoding: payload)))
}

/// Calls `function` of `zome` in `agent`'s cell of this DNA, over the network (hdk's `call_remote`).
///
/// ```swift
/// let answer = try callRemote(bob, zome: "chat", function: "ping", payload: Unit())
/// ```
public func callRemote<I: MsgPackEncodable>(
  _ agent: AgentPubKey, zome: String, function: String, capSecret: CapSecret? = nil, payload: I
) throws(WasmError) -> ZomeCallResponse {
  try callOne(
    Call(target: .networkAgent(agent), zomeName: zome, fnName: function, capSecret: capSecret,
      payload: ExternIO(encoding: payload)))
}

private func callOne(_ call: Call) throws(WasmError) -> ZomeCallResponse {
  let responses = try HostFn.call([call])
  guard responses.count == 1 else { throw .guest("call: the host answered \(responses.count) times for one call") }
  return responses[0]
}

extension ZomeCallResponse {
  /// The function's result decoded as `T`; any other response is thrown as a guest error naming it.
  ///
  /// ```swift
  /// let count: Int = try call(.local, zome: "counter", function: "get", payload: Unit()).decode()
  /// ```
  public func decode<T: MsgPackDecodable>(_: T.Type = T.self) throws(WasmError) -> T {
    switch self {
    case .ok(let payload): return try payload.decodeOrThrow(T.self)
    case .authenticationFailed: throw .guest("zome call failed: authentication failed")
    case .unauthorized(_, _, let zome, let function): throw .guest("zome call to \(zome)/\(function) was unauthorized")
    case .networkError(let message): throw .guest("zome call failed with a network error: \(message)")
    case .countersigningSession(let message): throw .guest("zome call failed in a countersigning session: \(message)")
    }
  }
}

/// Sends `payload` (its msgpack) to the app's clients (hdk's `emit_signal`).
///
/// ```swift
/// try emitSignal(PostCreated(hash: postHash))
/// ```
public func emitSignal<I: MsgPackEncodable>(_ payload: I) throws(WasmError) {
  try HostFn.emitSignal(AppSignal(ExternIO(encoding: payload)))
}

/// Sends `payload` to the same zome's `recv_remote_signal` on each of `agents`, without waiting (hdk's
/// `send_remote_signal`). The receivers need a capability grant for `recv_remote_signal`.
///
/// ```swift
/// try sendRemoteSignal("ping", to: [bob, carol])
/// ```
public func sendRemoteSignal<I: MsgPackEncodable>(_ payload: I, to agents: [AgentPubKey]) throws(WasmError) {
  try HostFn.sendRemoteSignal(RemoteSignal(agents: agents, signal: ExternIO(encoding: payload)))
}

/// Schedules this zome's function `function` to run after the call commits (hdk's `schedule`). The function is
/// an extern taking and returning `Schedule?`: its answer says when it runs next, `nil` for never.
///
/// ```swift
/// try schedule("sweep")
/// ```
public func schedule(_ function: String) throws(WasmError) { try HostFn.schedule(function) }
