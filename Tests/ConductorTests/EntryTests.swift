import Conductor
import HoloCore
import HoloswiftTesting
import Testing

/// create, update, delete, get, get_details, query and the must_get family, through real wasm.
@Suite struct EntryTests {
  @Test func createGetUpdateDeleteFollowHolochainLiveness() async throws {
    let fixture = try await HostFnFixture()
    let alice = fixture.alice
    let created: ActionHash = try await alice.call("hostfn", "create_entry", Things.thing("hello"))
    let entryHash = Things.entry("hello").hash()

    let byAction: [Record?] = try await alice.call("hostfn", "get_records", [GetInput(anyDhtHash: AnyDhtHash(created)!)])
    #expect(byAction.first??.actionHash == created)
    #expect(byAction.first??.entry.entry == Things.entry("hello"))
    let byEntry: [Record?] = try await alice.call("hostfn", "get_records", [GetInput(anyDhtHash: AnyDhtHash(entryHash)!)])
    #expect(byEntry.first??.actionHash == created)

    let updated: ActionHash = try await alice.call(
      "hostfn", "update_entry", UpdateInput(originalActionAddress: created, entry: Things.entry("hello again")))
    let details: [Details?] = try await alice.call("hostfn", "get_details", [GetInput(anyDhtHash: AnyDhtHash(created)!)])
    guard case .record(let recordDetails)?? = details.first else { Issue.record("no record details"); return }
    #expect(recordDetails.updates.map(\.hash) == [updated] && recordDetails.validationStatus == .valid)

    let deleted: ActionHash = try await alice.call("hostfn", "delete_entry", DeleteInput(deletesActionHash: created))
    let afterDelete: [Record?] = try await alice.call(
      "hostfn", "get_records", [GetInput(anyDhtHash: AnyDhtHash(created)!), GetInput(anyDhtHash: AnyDhtHash(entryHash)!)])
    #expect(afterDelete == [nil, nil])
    let entryDetails: [Details?] = try await alice.call(
      "hostfn", "get_details", [GetInput(anyDhtHash: AnyDhtHash(entryHash)!)])
    guard case .entry(let entry)?? = entryDetails.first else { Issue.record("no entry details"); return }
    #expect(entry.entryDhtStatus == .dead && entry.deletes.map(\.hash) == [deleted] && entry.actions.map(\.hash) == [created])
  }

  @Test func anotherAgentSeesPublicDataButNotPrivateEntries() async throws {
    let fixture = try await HostFnFixture()
    let bob = try await fixture.conductor.install(try HostFnFixture.dna())
    let open: ActionHash = try await fixture.alice.call("hostfn", "create_entry", Things.thing("for all"))
    let secret: ActionHash = try await fixture.alice.call("hostfn", "create_entry", Things.secret("for me"))

    let seen: [Record?] = try await bob.call(
      "hostfn", "get_records", [GetInput(anyDhtHash: AnyDhtHash(open)!), GetInput(anyDhtHash: AnyDhtHash(secret)!)])
    #expect(seen[0]?.entry.entry == Things.entry("for all"))
    #expect(seen[1]?.actionHash == secret)
    #expect(seen[1]?.entry.entry == nil)
    let secretEntry = AnyDhtHash(Things.entry("for me").hash())!
    let own: [Record?] = try await fixture.alice.call(
      "hostfn", "get_records", [GetInput(anyDhtHash: AnyDhtHash(secret)!), GetInput(anyDhtHash: secretEntry)])
    #expect(own[0]?.entry.entry == Things.entry("for me"))
    // Its author finds a committed private entry by its hash; nobody else does.
    #expect(own[1]?.actionHash == secret && own[1]?.entry.entry == Things.entry("for me"))
    let others: [Record?] = try await bob.call("hostfn", "get_records", [GetInput(anyDhtHash: secretEntry)])
    #expect(others == [nil])
  }

  @Test func queryAndAgentActivitySeeTheChain() async throws {
    let fixture = try await HostFnFixture()
    let created: ActionHash = try await fixture.alice.call("hostfn", "create_entry", Things.thing("one"))
    var filter = ChainQueryFilter()
    filter.actionTypes = [.create]
    filter.includeEntries = true
    let creates: [Record] = try await fixture.alice.call("hostfn", "query_chain", filter)
    #expect(creates.map(\.action.entryType) == [.agentPubKey, .app(AppEntryDef(entryIndex: EntryDefIndex(0), zomeIndex: ZomeIndex(0), visibility: .public))])

    let activity: AgentActivityStatus = try await fixture.alice.call(
      "hostfn", "get_agent_activity",
      GetAgentActivityInput(agentPubkey: fixture.alice.agent, chainQueryFilter: ChainQueryFilter(), activityRequest: .full))
    #expect(activity.validActivity.count == 5)
    #expect(activity.status == .valid(ChainStatus.Head(actionSeq: 4, hash: created)))

    let walked: [AgentActivity] = try await fixture.alice.call(
      "hostfn", "must_get_agent_activity",
      MustGetAgentActivityInput(author: fixture.alice.agent, chainFilter: ChainFilter(chainTop: created, limitConditions: .take(2))))
    #expect(walked.map(\.action.content.actionSeq) == [4, 3])
  }

  @Test func mustGetFindsWhatIsThereAndNamesWhatIsNot() async throws {
    let fixture = try await HostFnFixture()
    let created: ActionHash = try await fixture.alice.call("hostfn", "create_entry", Things.thing("must"))
    let entry: EntryHashed = try await fixture.alice.call(
      "hostfn", "must_get_entry", MustGetEntryInput(Things.entry("must").hash()))
    #expect(entry.content == Things.entry("must"))
    let action: SignedActionHashed = try await fixture.alice.call("hostfn", "must_get_action", MustGetActionInput(created))
    #expect(action.hash == created)
    let record: Record = try await fixture.alice.call("hostfn", "must_get_valid_record", MustGetValidRecordInput(created))
    #expect(record.actionHash == created)

    let missing = ActionHash(core: [UInt8](repeating: 9, count: 32))
    let result = await fixture.alice.callFallible("hostfn", "must_get_valid_record", MustGetValidRecordInput(missing), as: Record.self)
    guard case .failure(let error) = result else { Issue.record("expected an error"); return }
    #expect("\(error)".contains("Failed to get Record"))
  }
}

/// `close_chain` ends a chain: its action is the last one, and nothing may follow it.
@Suite struct CloseChainTests {
  @Test func nothingFollowsACloseChain() async throws {
    let fixture = try await HostFnFixture()
    let target = MigrationTarget.dna(DnaHash(core: [UInt8](repeating: 9, count: 32)))
    let closed: ActionHash = try await fixture.alice.call("hostfn", "close_chain", CloseChainData(newTarget: target))
    let last = try fixture.alice.chain().last
    #expect(last?.actionHash == closed)
    guard case .closeChain(let data)? = last?.action.data else { Issue.record("the last action is not a CloseChain"); return }
    #expect(data.newTarget == target)

    let after = await fixture.alice.callFallible("hostfn", "create_entry", Things.thing("too late"), as: ActionHash.self)
    guard case .failure(.invalidCommit(let reason)) = after else { Issue.record("expected invalidCommit, got \(after)"); return }
    #expect(reason.contains("closed"))
    #expect(try fixture.alice.chain().last?.actionHash == closed)
  }

  @Test func aNewChainOpensFromAClosedOneAndReceiptsAreEmptyWithoutANetwork() async throws {
    let fixture = try await HostFnFixture()
    let bob = try await fixture.conductor.install(try HostFnFixture.dna())
    let closed: ActionHash = try await fixture.alice.call(
      "hostfn", "close_chain", CloseChainData(newTarget: .agent(bob.agent)))
    let opened: ActionHash = try await bob.call(
      "hostfn", "open_chain", OpenChainData(prevTarget: .agent(fixture.alice.agent), closeHash: closed))
    guard case .openChain(let data)? = try bob.chain().last?.action.data else { Issue.record("no OpenChain"); return }
    #expect(data.closeHash == closed && data.prevTarget == .agent(fixture.alice.agent))
    let receipts: [ValidationReceiptSet] = try await bob.call(
      "hostfn", "get_validation_receipts", GetValidationReceiptsInput(actionHash: opened))
    // One set per op of the action, none complete: without a network nobody sent a receipt.
    #expect(!receipts.isEmpty && receipts.allSatisfy { $0.receipts.isEmpty && !$0.receiptsComplete })
  }
}
