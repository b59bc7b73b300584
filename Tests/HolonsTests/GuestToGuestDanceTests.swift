import Foundation
import HoloCore
import HolonsClient
import HolonsCore
import HoloswiftTesting
import Testing

/// Guests starting dances in other guests: another DNA, back again, and cycles.
@Suite struct GuestToGuestDanceTests {
  @Test func aGuestDancesIntoAnotherDnaAndSeesItsStagedChanges() async throws {
    let fixture = try await HolonsFixture()
    let context = fixture.ids.open()
    _ = try context.stageNewHolon(HolonsFixture.holon("Mine"))
    let response = await fixture.dance(
      fixture.a, HolonsFixture.relay(["route": .string("holons_b"), "key": .string("From B")]), in: context)
    #expect(response.statusCode == .ok, "\(response.description)")
    guard case .holonReference(.staged(let reference)) = response.body else { Issue.record("\(response)"); return }
    let staged = try context.stagedHolon(reference)
    #expect(staged.propertyMap["staged_in"] == .string("holons_b"))
    // The session went a → b → a → test: both holons are in the one nursery.
    #expect(context.stagedHolons.map { try? Holon.staged($0.holon).key() } .compactMap { $0 }.sorted() == ["From B", "Mine"])

    // The test works in a's space (it adopted it on the first answer); b's never replaced it.
    let spaceOfA = try #require(context.localHolonSpace)
    _ = await fixture.dance(fixture.a, HolonsFixture.relay(["route": .string("holons_b"), "key": .string("Again")]), in: context)
    #expect(context.localHolonSpace == spaceOfA)
  }

  @Test func holonsFromAnotherSpaceComeBackExternal() async throws {
    let fixture = try await HolonsFixture()
    // Save a holon in b, directly.
    let inB = fixture.ids.open()
    _ = try inB.stageNewHolon(HolonsFixture.holon("Only in B"))
    #expect(await fixture.dance(fixture.b, DanceRequests.commit(), in: inB).statusCode == .ok)
    guard case .smart(let spaceOfB)? = inB.localHolonSpace else { Issue.record("b has no space"); return }

    // Read it through a.
    let context = fixture.ids.open()
    let response = await fixture.dance(
      fixture.a, HolonsFixture.relay(["route": .string("holons_b"), "then": .string("get_all_holons")]), in: context)
    #expect(response.statusCode == .ok, "\(response.description)")
    guard case .holonCollection(let collection) = response.body,
      case .smart(let wire)? = collection.member(forKey: "Only in B")
    else { Issue.record("\(response)"); return }
    guard case .external(let space, _) = wire.holonId else { Issue.record("not external: \(wire.holonId)"); return }
    #expect(space.localId == spaceOfB.holonId.localId)
    #expect(context.localHolonSpace != inB.localHolonSpace)
  }

  @Test func aToBToAWithinTheLimitSucceeds() async throws {
    let fixture = try await HolonsFixture()
    let context = fixture.ids.open()
    let response = await fixture.dance(
      fixture.a, HolonsFixture.relay(["route": .string("holons_b,holons_a"), "key": .string("Home")]), in: context)
    #expect(response.statusCode == .ok, "\(response.description)")
    guard case .holonReference(.staged(let reference)) = response.body else { Issue.record("\(response)"); return }
    #expect(try context.stagedHolon(reference).propertyMap["staged_in"] == .string("holons_a"))
  }

  @Test func anUnboundedCycleAnswers500WithThePathAndKeepsNothing() async throws {
    let fixture = try await HolonsFixture()
    let context = fixture.ids.open()
    let response = await fixture.dance(
      fixture.a, HolonsFixture.relay(["loop_to": .string("holons_b"), "write_marker": .boolean(true)]), in: context)
    #expect(response.statusCode == .serverError)
    let text = response.description.value
    #expect(text.contains("Dance lineage aborted (depth 9 exceeds the limit of 8)"), "\(text)")
    // The path is named once, unescaped, whatever the depth the abort crossed (it was 1,473 characters with
    // 1,004 backslashes at this depth when each hop quoted the one below).
    #expect(text.components(separatedBy: " -> ").count == 9, "\(text)")
    #expect(text.components(separatedBy: "Dance lineage aborted").count == 2, "\(text)")
    #expect(!text.contains("\\"), "\(text)")
    #expect(text.contains("/holons/relay"))

    // Every level wrote a marker before forwarding; the aborted branch kept none of them.
    for cell in [fixture.a, fixture.b] {
      let all = await fixture.dance(cell, DanceRequests.getAllHolons(), in: fixture.ids.open())
      guard case .holonCollection(let collection) = all.body else { Issue.record("\(all)"); continue }
      #expect(collection.members.isEmpty, "markers kept in \(cell.id.dnaHash)")
    }
  }

  @Test func strictModeRefusesACycleAndItsDepthIsItsOwn() async throws {
    let fixture = try await HolonsFixture()
    let cycle = await fixture.dance(
      fixture.strict, HolonsFixture.relay(["route": .string("holons_a,holons_strict"), "key": .string("x")]),
      in: fixture.ids.open())
    #expect(cycle.statusCode == .serverError)
    #expect(cycle.description.value.contains("cycle back to"), "\(cycle.description)")

    // Three hops are allowed there (strict → a → b), a fourth is not.
    let three = await fixture.dance(
      fixture.strict, HolonsFixture.relay(["route": .string("holons_a,holons_b"), "key": .string("y")]),
      in: fixture.ids.open())
    #expect(three.statusCode == .ok, "\(three.description)")
    let four = await fixture.dance(
      fixture.strict, HolonsFixture.relay(["route": .string("holons_a,holons_b,holons_strict"), "key": .string("z")]),
      in: fixture.ids.open())
    #expect(four.statusCode == .serverError && four.description.value.contains("exceeds the limit of 3"))
  }

  @Test func theConductorBoundsNestedCallsWhateverTheDnaAllows() async throws {
    let fixture = try await HolonsFixture(deep: true)
    let deep = try #require(fixture.deepCell)
    let response = await fixture.dance(
      deep, HolonsFixture.relay(["loop_to": .string("holons_deep"), "write_marker": .boolean(true)]),
      in: fixture.ids.open())
    #expect(response.statusCode == .serverError)
    #expect(response.description.value.contains("nested deeper than 16"), "\(response.description)")
    #expect(response.description.value.components(separatedBy: "Dance lineage aborted").count == 2)
    #expect(!response.description.value.contains("\\"), "\(response.description)")
    let all = await fixture.dance(deep, DanceRequests.getAllHolons(), in: fixture.ids.open())
    guard case .holonCollection(let collection) = all.body else { Issue.record("\(all)"); return }
    #expect(collection.members.isEmpty)
  }
}
