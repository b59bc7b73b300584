public import HoloCore
public import Ribosome

extension Conductor: ZomeCallHost {
  /// `call` from a zome: to another zome of the same cell (sharing the call's workspace), to another cell or
  /// role of this conductor, or to an agent whose cell runs here. Without a network, other agents answer
  /// `NetworkError`. A failing callee fails the `call` host function with its error, as in Holochain.
  public func call(_ call: Call, from context: ZomeCallContext) throws(HostFunctionFailure) -> ZomeCallResponse {
    let target: CellId
    switch call.target {
    case .conductorCell(.local): target = context.cell
    case .conductorCell(.otherCell(let cell)): target = cell
    case .conductorCell(.otherRole(let role)):
      // A lookup that fails means there is no such role for this caller: that is the answer, not a lost error.
      guard let caller = try? cell(context.cell), let app = try? app(caller.appId), let cell = app.cell(role: role) else {
        throw .host("call: the app has no role \(role)")
      }
      target = cell
    case .networkAgent(let agent):
      let local = CellId(dnaHash: context.cell.dnaHash, agent: agent)
      // Not running here (the lookup's only failure): the agent is remote.
      guard (try? cell(local)) != nil else {
        guard let network = onlineNetwork else {
          return .networkError("no route to agent \(agent): this conductor is not on a network")
        }
        return network.callRemote(call, to: agent, from: context)
      }
      target = local
    }
    let request = ZomeCallRequest(
      cell: target, zome: call.zomeName, function: call.fnName, payload: call.payload, provenance: context.cell.agent,
      capSecret: call.capSecret)
    do {
      return .ok(try callZomeBlocking(request, nestedIn: context))
    } catch .unauthorized {
      return .unauthorized(
        .badCapGrant, call.capSecret, zomeName: call.zomeName, fnName: call.fnName)
    } catch .ribosome(.callDepthExceeded(let limit)) {
      // The refusal as a token too, so guests can tell it from other failures without matching a sentence.
      throw .host(
        "call to \(call.zomeName)/\(call.fnName) failed: zome calls nested deeper than \(limit) "
          + NestedCallRefusal.token(limit: limit))
    } catch {
      // The callee's own message once, unescaped: nested failures grow by one prefix per hop, never by quoting.
      throw .host("call to \(call.zomeName)/\(call.fnName) failed: \(error)")
    }
  }

  /// Remote signals go to other agents over the network; agents whose cells run here get them at once through
  /// `recv_remote_signal`.
  public func sendRemoteSignal(_ signal: RemoteSignal, from context: ZomeCallContext) throws(HostFunctionFailure) {
    // Agents whose cells do not run here (the lookup's only failure) are remote.
    let remote = signal.agents.filter { (try? cell(CellId(dnaHash: context.cell.dnaHash, agent: $0))) == nil }
    if !remote.isEmpty { onlineNetwork?.sendRemoteSignal(signal, to: remote, from: context) }
    for agent in signal.agents {
      let local = CellId(dnaHash: context.cell.dnaHash, agent: agent)
      // A cell that does not run here was signalled over the network above.
      guard let cell = try? cell(local), cell.ribosome.exports(zome: context.zomeName, function: "recv_remote_signal")
      else { continue }
      let request = ZomeCallRequest(
        cell: local, zome: context.zomeName, function: "recv_remote_signal", payload: signal.signal,
        provenance: context.cell.agent, capSecret: nil)
      _ = backgroundFailures.attempt(.localRemoteSignal, "recv_remote_signal of \(local.agent)") {
        try callZomeBlocking(request)
      }
    }
  }

  /// The clone-cell host functions act on the calling cell's own app: `create_clone_cell` clones the role
  /// whose base cell is `input.cellId`.
  public func cloneCell(_ request: CloneCellRequest, from context: ZomeCallContext) throws(HostFunctionFailure)
    -> ClonedCell?
  {
    // The lookup's only failure is the one reported.
    guard let caller = try? cell(context.cell) else { throw .host("clone cells: the calling cell is not running") }
    let appId = caller.appId
    do {
      return try withAppLock { () throws(ConductorError) -> ClonedCell? in
        switch request {
        case .create(let input):
          let app = try self.app(appId)
          guard let role = app.roleOrder.first(where: { app.cell(role: $0) == input.cellId }) else {
            throw .invalidAppState("cell \(input.cellId) is not a base cell of app \(appId)")
          }
          return try createCloneCellLocked(
            appId, role: role, modifiers: input.modifiers, membraneProof: input.membraneProof, name: input.name)
        case .disable(let input):
          try disableCloneCellLocked(appId, clone: input.cloneCellId)
          return nil
        case .enable(let input):
          return try enableCloneCellLocked(appId, clone: input.cloneCellId)
        case .delete(let input):
          try deleteCloneCellLocked(appId, clone: input.cloneCellId)
          return nil
        }
      }
    } catch {
      throw .host("\(error)")
    }
  }
}
