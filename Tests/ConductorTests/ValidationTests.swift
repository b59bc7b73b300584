import Conductor
import HoloCore
import HoloswiftTesting
import Testing

/// Sys validation and the `validate` callback stop bad commits with their message, and write nothing.
@Suite struct ValidationTests {
  @Test func aRejectedEntryFailsTheCallWithItsMessageAndWritesNothing() async throws {
    let fixture = try await HostFnFixture()
    let before = try await fixture.alice.call("hostfn", "agent_info", as: AgentInfo.self).chainHead
    let result = await fixture.alice.callFallible("hostfn", "create_entry", Things.thing("invalid"), as: ActionHash.self)
    guard case .failure(.invalidCommit(let reason)) = result else { Issue.record("expected invalidCommit, got \(result)"); return }
    #expect(reason == "a thing may not say invalid")
    let after = try await fixture.alice.call("hostfn", "agent_info", as: AgentInfo.self).chainHead
    #expect(after == before)
  }

  @Test func aRejectedUpdateAndATooLongTagAreRefused() async throws {
    let fixture = try await HostFnFixture()
    let created: ActionHash = try await fixture.alice.call("hostfn", "create_entry", Things.thing("fine"))
    let update = await fixture.alice.callFallible(
      "hostfn", "update_entry", UpdateInput(originalActionAddress: created, entry: Things.entry("invalid")),
      as: ActionHash.self)
    guard case .failure(.invalidCommit) = update else { Issue.record("expected invalidCommit, got \(update)"); return }
    let link = await fixture.alice.callFallible(
      "hostfn", "create_link", Things.link(created, created, tag: String(repeating: "x", count: 17)), as: ActionHash.self)
    guard case .failure(.invalidCommit(let reason)) = link else { Issue.record("expected invalidCommit"); return }
    #expect(reason == "link tags are at most 16 bytes")
  }

  @Test func mustGetInValidateMakesAMissingDependencyAnIncompleteCommit() async throws {
    let fixture = try await HostFnFixture()
    let missing = ActionHash(core: [UInt8](repeating: 3, count: 32))
    let result = await fixture.alice.callFallible("hostfn", "create_entry", Things.reply(to: missing), as: ActionHash.self)
    guard case .failure(.incompleteCommit(let reason)) = result else { Issue.record("expected incompleteCommit, got \(result)"); return }
    #expect(reason.contains("\(missing)") || reason.contains("hashes"))
    let target: ActionHash = try await fixture.alice.call("hostfn", "create_entry", Things.thing("target"))
    let reply: ActionHash = try await fixture.alice.call("hostfn", "create_entry", Things.reply(to: target))
    #expect(reply != target)
  }

  @Test func sysValidationRefusesUnknownTypesAndWrongVisibility() async throws {
    let fixture = try await HostFnFixture()
    let unknownType = await fixture.alice.callFallible(
      "hostfn", "create_entry", Things.create(7, .public, ExternIO(encoding: "x").bytes), as: ActionHash.self)
    guard case .failure(.invalidCommit(let reason)) = unknownType else { Issue.record("expected invalidCommit"); return }
    #expect(reason.contains("defines no entry type 7"))
    let wrongVisibility = await fixture.alice.callFallible(
      "hostfn", "create_entry", Things.create(1, .public, ExternIO(encoding: "x").bytes), as: ActionHash.self)
    guard case .failure(.invalidCommit) = wrongVisibility else { Issue.record("expected invalidCommit"); return }
    var badLink = Things.link(
      try await fixture.alice.call("hostfn", "create_entry", Things.thing("b")),
      try await fixture.alice.call("hostfn", "create_entry", Things.thing("t")))
    badLink.linkType = LinkType(5)
    let link = await fixture.alice.callFallible("hostfn", "create_link", badLink, as: ActionHash.self)
    guard case .failure(.invalidCommit) = link else { Issue.record("expected invalidCommit"); return }
  }
}
