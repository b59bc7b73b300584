import Conductor
import HoloCore
import HoloswiftTesting
import Synchronization
import Testing

/// Install, genesis, init, and the info host functions, through real wasm.
@Suite struct LifecycleTests {
  @Test func genesisWritesThreeRecordsAndInitRunsOnceBeforeTheFirstCall() async throws {
    let fixture = try await HostFnFixture()
    let signals = Mutex<[String]>([])
    fixture.conductor.conductor.onSignal { event in
      if let text = try? event.payload.decode(String.self) { signals.withLock { $0.append(text) } }
    }
    let genesis = try fixture.alice.chain().map(\.action.actionType)
    #expect(genesis == [.dna, .agentValidationPkg, .create])

    let first: AgentInfo = try await fixture.alice.call("hostfn", "agent_info")
    let second: AgentInfo = try await fixture.alice.call("hostfn", "agent_info")
    #expect(first.agentInitialPubkey == fixture.alice.agent)
    #expect(first.chainHead.seq == 3)  // InitZomesComplete
    #expect(second.chainHead == first.chainHead)
    #expect(try fixture.alice.chain().map(\.action.actionType) == [.dna, .agentValidationPkg, .create, .initZomesComplete])
    #expect(signals.withLock { $0 } == ["init"])
  }

  @Test func infoFunctionsDescribeTheDnaZomeAndCall() async throws {
    let fixture = try await HostFnFixture()
    let dna = try HostFnFixture.dna()
    let v1: DnaInfoV1 = try await fixture.alice.call("hostfn", "dna_info_1")
    let v2: DnaInfoV2 = try await fixture.alice.call("hostfn", "dna_info_2")
    #expect(v1.hash == dna.hash && v1.name == "hostfn" && v1.zomeNames == ["hostfn_integrity"])
    #expect(v2.modifiers.networkSeed == "hostfn-tests")

    let zome: ZomeInfo = try await fixture.alice.call("hostfn", "zome_info")
    #expect(zome.name == "hostfn" && zome.id == ZomeIndex(1))
    #expect(zome.entryDefs.map(\.id) == [.app("thing"), .app("secret"), .app("reply")])
    #expect(zome.entryDefs[1].visibility == .private)
    #expect(zome.zomeTypes.entries.zomes.map(\.zomeIndex) == [ZomeIndex(0)])
    #expect(zome.zomeTypes.entries.zomes.first?.types.count == 3)
    #expect(zome.zomeTypes.links.zomes.first?.types == [LinkType(0), LinkType(1)])
    #expect(zome.externFns.contains("create_entry") && !zome.externFns.contains("__hc__allocate_1"))

    let call: CallInfo = try await fixture.alice.call("hostfn", "call_info")
    #expect(call.provenance == fixture.alice.agent && call.functionName == "call_info")
    #expect(call.capGrant == .chainAuthor(fixture.alice.agent))
    #expect(call.asAt.seq == 3)
  }

  @Test func getInitPropertiesIsOnlyForInit() async throws {
    let fixture = try await HostFnFixture()
    let result = await fixture.alice.callFallible("hostfn", "get_init_properties", as: InitProperties?.self)
    guard case .failure(let error) = result else { Issue.record("expected an error"); return }
    #expect("\(error)".contains("only allowed in init"))
  }

  @Test func traceIsKeptAndCapabilityFunctionsAnswerAsHolochainDoes() async throws {
    let fixture = try await HostFnFixture()
    let _: Unit = try await fixture.alice.call("hostfn", "trace_line", TraceMsg(msg: "hello", level: .info))
    let result = await fixture.alice.callFallible("hostfn", "capability_grants", as: Unit.self)
    guard case .failure(let error) = result else { Issue.record("expected an error"); return }
    #expect("\(error)".contains("unimplemented in Holochain 0.7"))
  }

  @Test func genesisSelfCheckRejectionAndBadDnaInstallNothing() async throws {
    let conductor = try SweetConductor()
    let broken = DnaFile(
      name: "broken", modifiers: DnaModifiers(networkSeed: "x"),
      integrity: [.init(name: "bad", wasm: Array("not wasm".utf8))])
    await #expect(throws: ConductorError.self) { _ = try await conductor.install(broken) }
    #expect(conductor.conductor.cellIds.isEmpty)
  }
}
