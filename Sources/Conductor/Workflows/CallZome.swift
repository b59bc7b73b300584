import Foundation
public import HoloCore
import Ribosome
import StateStore
import Synchronization

extension Conductor {
  /// Calls `function` of `zome` in `cell` on a zome-call thread: runs `init` first if it has not run, then the
  /// function; validates what it wrote, commits it atomically, then delivers its signals and runs
  /// `post_commit`. A call that fails anywhere writes nothing.
  ///
  /// `provenance` defaults to the cell's own agent; another agent needs a capability grant (and its secret).
  public func callZome(
    _ cell: CellId, zome: String, function: String, payload: ExternIO, provenance: AgentPubKey? = nil,
    capSecret: CapSecret? = nil
  ) async throws(ConductorError) -> ExternIO {
    let interrupt = CallInterrupt()
    return try await ZomeCallThreads.run(stackBytes: configuration.threadStackBytes, interrupt: interrupt) {
      () throws(ConductorError) in
      try self.callZomeBlocking(
        ZomeCallRequest(
          cell: cell, zome: zome, function: function, payload: payload, provenance: provenance ?? cell.agent,
          capSecret: capSecret, interrupt: interrupt))
    }
  }

  /// The same call on the current thread, which must be a zome-call thread.
  func callZomeBlocking(_ request: ZomeCallRequest, nestedIn outer: ZomeCallContext? = nil) throws(ConductorError)
    -> ExternIO
  {
    if outer == nil, let reason = request.interrupt?.reason {
      // Stopped while it waited for a zome-call thread: it never starts.
      if case .cancelled = reason { cancelledCalls.add(1, ordering: .relaxed) }
      throw .ribosome(reason.error(zome: request.zome, function: request.function))
    }
    let cell = try self.cell(request.cell)
    let grant = try authorize(request, in: cell)
    // Calls into the cell that is already running share its workspace: the chain stays linear.
    let shared = outer.flatMap { $0.cell == request.cell ? $0 : nil }
    if shared == nil { try ensureInitialized(cell) }
    let workspace: Workspace
    if let sharedWorkspace = shared?.workspace {
      workspace = sharedWorkspace
    } else {
      do {
        workspace = try cell.chain.workspace()
      } catch {
        throw .state(error)
      }
    }
    let effects = shared?.effects ?? CallEffects()
    let context = ZomeCallContext(
      cell: cell.id, dna: cell.layout, zomeName: request.zome, functionName: request.function,
      provenance: request.provenance, capGrant: grant, access: .zomeCall, kind: .zomeCall, workspace: workspace,
      dht: cell.dht, cache: cell.cache, network: onlineNetwork, keystore: keystore, host: self, effects: effects,
      depth: (outer?.depth ?? 0) + 1, interrupt: outer?.interrupt ?? request.interrupt ?? CallInterrupt())
    let output: ExternIO
    do {
      output = try cell.ribosome.call(zome: request.zome, function: request.function, payload: request.payload, context: context)
    } catch {
      if outer == nil, case .deadlineExceeded = error { callsPastDeadline.add(1, ordering: .relaxed) }
      if outer == nil, case .cancelled = error { cancelledCalls.add(1, ordering: .relaxed) }
      throw .ribosome(error)
    }
    guard shared == nil else { return output }
    let written = try commit(workspace, cell: cell, ordering: effects.relaxedOrdering ? .relaxed : .strict)
    deliver(effects.signals, from: cell.id)
    if !written.isEmpty { postCommit(written.map(\.action), cell: cell, zome: request.zome) }
    runScheduled(effects.schedules, cell: cell)
    return output
  }

  /// Runs every zome's `init` once per cell, before its first other call, and records `InitZomesComplete`.
  func ensureInitialized(_ cell: Cell) throws(ConductorError) {
    if cell.isInitialized { return }
    cell.initLock.lock()
    defer { cell.initLock.unlock() }
    if cell.isInitialized { return }
    let workspace: Workspace
    do {
      workspace = try cell.chain.workspace()
    } catch {
      throw .state(error)
    }
    let effects = CallEffects()
    for zome in cell.layout.zomes where cell.ribosome.exports(zome: zome.name, function: "init") {
      let context = ZomeCallContext(
        cell: cell.id, dna: cell.layout, zomeName: zome.name, functionName: "init", provenance: cell.id.agent,
        access: .initialization, kind: .initialization, workspace: workspace, dht: cell.dht, cache: cell.cache,
        network: onlineNetwork, keystore: keystore, host: self, effects: effects)
      let result: InitCallbackResult
      do {
        let output = try cell.ribosome.call(zome: zome.name, function: "init", payload: .unit, context: context)
        result = try output.decode(InitCallbackResult.self)
      } catch let error as RibosomeError {
        // Short-circuit bytes that are no InitCallbackResult fall to the failure below, which names the error.
        if case .hostShortCircuit(let bytes) = error,
          let decoded = try? ExternIO(msgpack: bytes).decode(InitCallbackResult.self)
        {
          result = decoded
        } else {
          throw .initFailed(zome: zome.name, reason: "\(error)")
        }
      } catch {
        throw .initFailed(zome: zome.name, reason: "init did not answer an InitCallbackResult: \(error)")
      }
      switch result {
      case .pass: continue
      case .fail(let reason): throw .initFailed(zome: zome.name, reason: reason)
      case .unresolvedDependencies(let missing):
        throw .initFailed(zome: zome.name, reason: "unresolved dependencies: \(missing)")
      }
    }
    do {
      try workspace.append(.initZomesComplete(InitZomesCompleteData()))
    } catch {
      throw .state(error)
    }
    try commit(workspace, cell: cell, ordering: .strict)
    cell.markInitialized()
    deliver(effects.signals, from: cell.id)
  }
}

/// One zome call as the conductor receives it.
struct ZomeCallRequest: Sendable {
  var cell: CellId
  var zome: String
  var function: String
  var payload: ExternIO
  var provenance: AgentPubKey
  var capSecret: CapSecret?
  /// Stops the call from outside (nobody waits any more); `nil`: the call makes its own, for its deadline.
  var interrupt: CallInterrupt? = nil
}
