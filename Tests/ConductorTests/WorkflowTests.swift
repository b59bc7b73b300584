import Conductor
import Dispatch
import Foundation
import HoloCore
import HoloswiftTesting
import Ribosome
import StateStore
import Synchronization
import Testing

/// The zome-call workflow: atomic commits, chain-top ordering, limits, calls between zomes and cells with
/// capability checks, signals, post_commit and scheduled functions.
@Suite struct WorkflowTests {
  @Test func aCallThatFailsOrTrapsAfterTwoCreatesLeavesNoTrace() async throws {
    let fixture = try await HostFnFixture()
    let before = try await fixture.alice.call("hostfn", "agent_info", as: AgentInfo.self).chainHead
    for function in ["create_twice_then_fail", "create_twice_then_trap"] {
      let result = await fixture.alice.callFallible("hostfn", function, Things.thing("ghost"), as: HoloCore.Unit.self)
      guard case .failure(.ribosome) = result else { Issue.record("\(function): expected a ribosome error"); continue }
    }
    #expect(try await fixture.alice.call("hostfn", "agent_info", as: AgentInfo.self).chainHead == before)
    let ghost: [Record?] = try await fixture.alice.call(
      "hostfn", "get_records", [GetInput(anyDhtHash: AnyDhtHash(Things.entry("ghost").hash())!)])
    #expect(ghost == [nil])
  }

  /// A `sys_time` that waits for the test to open a gate: holds a call after its write while another commits.
  static func gatedClock(_ gate: DispatchSemaphore, _ reached: DispatchSemaphore) -> HostFunctionTable {
    var table = HostFunctionTable.holochain
    table.merge([
      .typed("sys_time") { (_, _: HoloCore.Unit) throws(HostFunctionFailure) -> Timestamp in
        reached.signal()
        gate.wait()
        return Timestamp(microseconds: 0)
      }
    ])
    return table
  }

  @Test(arguments: [ChainTopOrdering.strict, .relaxed])
  func aStrictCallFailsWithHeadMovedAndARelaxedOneRebases(ordering: ChainTopOrdering) async throws {
    let gate = DispatchSemaphore(value: 0)
    let reached = DispatchSemaphore(value: 0)
    let fixture = try await HostFnFixture(hostFunctions: Self.gatedClock(gate, reached))
    _ = try await fixture.alice.call("hostfn", "agent_info", as: AgentInfo.self)  // init runs first
    async let held = fixture.alice.callFallible(
      "hostfn", "create_then_time", Things.thing("held", ordering: ordering), as: Timestamp.self)
    await Task.detached { reached.wait() }.value
    let _: ActionHash = try await fixture.alice.call("hostfn", "create_entry", Things.thing("quick"))
    gate.signal()
    let result = await held
    let chain = try fixture.alice.chain()
    #expect(Set(chain.map(\.action.actionSeq)).count == chain.count)
    switch result {
    case .failure(.state(.headMoved(expected: _, actual: _))) where ordering == .strict: #expect(chain.count == 5)
    case .success where ordering == .relaxed:
      #expect(chain.count == 6 && chain.last?.entry.entry == Things.entry("held"))
    default: Issue.record("\(ordering): unexpected \(result)")
    }
  }

  @Test func callsReachOtherZomesAndCellsWithCapabilityChecks() async throws {
    let fixture = try await HostFnFixture()
    let local = Call(
      target: .conductorCell(.local), zomeName: "smoke", fnName: "add", capSecret: nil,
      payload: ExternIO(encoding: [Int64(20), 22]))
    let answers: [ZomeCallResponse] = try await fixture.alice.call("hostfn", "call_zomes", [local])
    #expect(answers == [.ok(ExternIO(encoding: Int64(42)))])

    let bob = try await fixture.conductor.install(try HostFnFixture.dna())
    let toAlice = Call(
      target: .networkAgent(fixture.alice.agent), zomeName: "hostfn", fnName: "agent_info", capSecret: nil,
      payload: .unit)
    let refused: [ZomeCallResponse] = try await bob.call("hostfn", "call_zomes", [toAlice])
    guard case .unauthorized? = refused.first else { Issue.record("expected unauthorized, got \(refused)"); return }

    let grant = ZomeCallCapGrant(
      tag: "open", access: .unrestricted, functions: .listed([GrantedFunction(zome: "hostfn", function: "agent_info")]))
    let _: ActionHash = try await fixture.alice.call(
      "hostfn", "create_entry", CreateInput(entryLocation: .capGrant, entryVisibility: .private, entry: .capGrant(grant)))
    let allowed: [ZomeCallResponse] = try await bob.call("hostfn", "call_zomes", [toAlice])
    guard case .ok(let payload)? = allowed.first else { Issue.record("expected ok, got \(allowed)"); return }
    #expect(try payload.decode(AgentInfo.self).agentInitialPubkey == fixture.alice.agent)

    let stranger = Call(
      target: .networkAgent(AgentPubKey(core: [UInt8](repeating: 1, count: 32))), zomeName: "hostfn",
      fnName: "agent_info", capSecret: nil, payload: .unit)
    let offline: [ZomeCallResponse] = try await bob.call("hostfn", "call_zomes", [stranger])
    guard case .networkError? = offline.first else { Issue.record("expected a network error"); return }
  }

  @Test func aNestedCallIntoTheSameCellSharesTheWorkspace() async throws {
    let fixture = try await HostFnFixture()
    let inner = Call(
      target: .conductorCell(.local), zomeName: "hostfn", fnName: "create_entry", capSecret: nil,
      payload: ExternIO(encoding: Things.thing("nested")))
    let answers: [ZomeCallResponse] = try await fixture.alice.call("hostfn", "call_zomes", [inner, inner])
    #expect(answers.count == 2)
    let chain = try fixture.alice.chain()
    #expect(chain.suffix(2).map(\.action.actionSeq) == [4, 5])
    #expect(chain.last?.action.header.prevAction == chain[chain.count - 2].actionHash)
  }

  @Test func signalsPostCommitAndScheduledFunctionsRunAfterTheCommit() async throws {
    let fixture = try await HostFnFixture()
    let signals = Mutex<[String]>([])
    fixture.conductor.conductor.onSignal { event in
      let text = (try? event.payload.decode(String.self)) ?? (try? event.payload.decode(Int64.self)).map { "count \($0)" }
      signals.withLock { $0.append(text ?? "?") }
    }
    let _: HoloCore.Unit = try await fixture.alice.call("hostfn", "emit", ExternIO(encoding: "hello"))
    let _: ActionHash = try await fixture.alice.call("hostfn", "create_entry", Things.thing("signal me"))
    let _: HoloCore.Unit = try await fixture.alice.call("hostfn", "schedule_fn", "tick")
    #expect(signals.withLock { $0 } == ["init", "hello", "count 1", "tick"])

    let failed = await fixture.alice.callFallible("hostfn", "create_entry", Things.thing("invalid"), as: ActionHash.self)
    guard case .failure = failed else { Issue.record("expected failure"); return }
    #expect(signals.withLock { $0.count } == 4)
  }
}

/// `send_remote_signal` and the `recv_remote_signal` callback, between two agents of this conductor.
@Suite struct RemoteSignalTests {
  @Test func aRemoteSignalReachesAnAgentThatGrantedRecvRemoteSignal() async throws {
    let fixture = try await HostFnFixture()
    let bob = try await fixture.conductor.install(try HostFnFixture.dna())
    let heard = Mutex<[String]>([])
    fixture.conductor.conductor.onSignal { event in
      guard event.cell == bob.id, let text = try? event.payload.decode(String.self), text != "init" else { return }
      heard.withLock { $0.append(text) }
    }
    // The payload of a remote signal is the callee's input: here an ExternIO holding the msgpack of "ping".
    let signal = RemoteSignal(agents: [bob.agent], signal: ExternIO(encoding: ExternIO(encoding: "ping")))

    // Without a grant, Bob's cell refuses the call, as Holochain's does.
    let _: HoloCore.Unit = try await fixture.alice.call("hostfn", "send_remote_signal", signal)
    #expect(heard.withLock { $0 }.isEmpty)

    let grant = ZomeCallCapGrant(
      tag: "signals", access: .unrestricted,
      functions: .listed([GrantedFunction(zome: "hostfn", function: "recv_remote_signal")]))
    _ = try await fixture.conductor.conductor.grantZomeCallCapability(grant, in: bob.id)
    let _: HoloCore.Unit = try await fixture.alice.call("hostfn", "send_remote_signal", signal)
    #expect(heard.withLock { $0 } == ["ping"])
  }
}
