import Conductor
import HoloCore
import HoloswiftTesting
import Testing

/// create_link, delete_link, get_links (with filters), get_links_details and count_links, through real wasm.
@Suite struct LinkTests {
  @Test func linksAreFilteredCountedAndDeleted() async throws {
    let fixture = try await HostFnFixture()
    let alice = fixture.alice
    let base: ActionHash = try await alice.call("hostfn", "create_entry", Things.thing("base"))
    let first: ActionHash = try await alice.call("hostfn", "create_entry", Things.thing("first"))
    let second: ActionHash = try await alice.call("hostfn", "create_entry", Things.thing("second"))
    let linkA: ActionHash = try await alice.call("hostfn", "create_link", Things.link(base, first, tag: "apple"))
    let linkB: ActionHash = try await alice.call("hostfn", "create_link", Things.link(base, second, type: 1, tag: "banana"))

    let all: [[Link]] = try await alice.call("hostfn", "get_links", [Things.links(base)])
    #expect(all.first?.map(\.createLinkHash) == [linkA, linkB])
    #expect(all.first?.first?.target == AnyLinkableHash(first))
    let apples: [[Link]] = try await alice.call("hostfn", "get_links", [Things.links(base, tagPrefix: "app")])
    #expect(apples.first?.map(\.createLinkHash) == [linkA])
    var typeOne = Things.links(base)
    typeOne.linkType = .types([ZomeTypeIndices(zomeIndex: ZomeIndex(0), types: [LinkType(1)])])
    let ones: [[Link]] = try await alice.call("hostfn", "get_links", [typeOne])
    #expect(ones.first?.map(\.createLinkHash) == [linkB])

    let count: Int64 = try await alice.call(
      "hostfn", "count_links", LinkQuery(base: AnyLinkableHash(base)!, linkType: .dependencies([ZomeIndex(0)])))
    #expect(count == 2)

    let removal: ActionHash = try await alice.call("hostfn", "delete_link", DeleteLinkInput(address: linkA))
    let remaining: [[Link]] = try await alice.call("hostfn", "get_links", [Things.links(base)])
    #expect(remaining.first?.map(\.createLinkHash) == [linkB])
    let details: [LinkDetails] = try await alice.call("hostfn", "get_links_details", [Things.links(base)])
    #expect(details.first?.links.map(\.createLink.hash) == [linkA, linkB])
    #expect(details.first?.links.first?.deletes.map(\.hash) == [removal])
  }

  @Test func anotherAgentSeesCommittedLinks() async throws {
    let fixture = try await HostFnFixture()
    let bob = try await fixture.conductor.install(try HostFnFixture.dna())
    let base: ActionHash = try await fixture.alice.call("hostfn", "create_entry", Things.thing("shared base"))
    let link: ActionHash = try await fixture.alice.call("hostfn", "create_link", Things.link(base, base, tag: "self"))
    let seen: [[Link]] = try await bob.call("hostfn", "get_links", [Things.links(base)])
    #expect(seen.first?.map(\.createLinkHash) == [link])
    #expect(seen.first?.first?.author == fixture.alice.agent)
  }
}
