import HoloCore
import HolonsClient
import HolonsCore
import HoloswiftTesting
import Testing

/// Every standard dance, from the test initiator into a holons cell.
@Suite struct TestInitiatorDanceTests {
  @Test func stageCommitAndReadBack() async throws {
    let fixture = try await HolonsFixture()
    let context = fixture.ids.open()
    let book = try context.stageNewHolon(HolonsFixture.holon("Book:Dune", [("pages", .integer(412))]))
    let author = try context.stageNewHolon(HolonsFixture.holon("Person:Herbert"))
    try context.addRelatedHolons(book, "AuthoredBy", [.staged(author)])

    // Staging through a dance lands in the same nursery.
    let staged = await fixture.dance(fixture.a, DanceRequests.stageNewHolon(HolonsFixture.holon("Book:Emma")), in: context)
    #expect(staged.statusCode == .ok)
    guard case .holonReference(.staged(let emma)) = staged.body else { Issue.record("\(staged)"); return }
    #expect(try context.stagedHolon(emma).propertyMap[CoreNames.key] == .string("Book:Emma"))
    #expect(context.stagedHolons.count == 3)
    #expect(context.localHolonSpace != nil)

    let commit = await fixture.dance(fixture.a, DanceRequests.commit(), in: context)
    #expect(commit.statusCode == .ok, "\(commit.description)")
    guard case .holon(let report) = commit.body else { Issue.record("\(commit)"); return }
    #expect(report.propertyMap["commit_request_status"] == .string("Complete"))
    #expect(report.propertyMap["holons_committed"] == .integer(3))
    #expect(report.propertyMap["links_created"] == .integer(1))
    let bookId = try #require(try context.stagedHolon(book).committedId)
    try context.markCommitted()

    // A committed transaction cannot dance again.
    let late = await fixture.dance(fixture.a, DanceRequests.getAllHolons(), in: context)
    #expect(late.statusCode == .conflict)

    let reader = fixture.ids.open()
    let all = await fixture.dance(fixture.a, DanceRequests.getAllHolons(), in: reader)
    guard case .holonCollection(let collection) = all.body else { Issue.record("\(all)"); return }
    #expect(collection.members.count == 3)
    let dune = try #require(collection.member(forKey: "Book:Dune"))
    guard case .smart(let duneWire) = dune else { Issue.record("not smart: \(dune)"); return }
    #expect(duneWire.holonId == .local(bookId) && duneWire.smartPropertyValues?["pages"] == .integer(412))

    let one = await fixture.dance(fixture.a, DanceRequests.getHolonById(.local(bookId)), in: reader)
    guard case .holon(.saved(let saved)) = one.body else { Issue.record("\(one)"); return }
    #expect(saved.savedId == bookId && saved.propertyMap["pages"] == .integer(412))

    let related = await fixture.dance(fixture.a, DanceRequests.fetchAllRelatedHolons(dune), in: reader)
    guard case .nodeCollection(let nodes) = related.body, let node = nodes.members.first else {
      Issue.record("\(related)"); return
    }
    #expect(node.relationships?.map { $0.name } == ["AuthoredBy"])
    #expect(node.relationships?.first?.holons.member(forKey: "Person:Herbert") != nil)

    let query = await fixture.dance(
      fixture.a, DanceRequests.queryRelationships(NodeCollection(members: [Node(sourceHolon: dune)]), "AuthoredBy"),
      in: reader)
    guard case .nodeCollection(let answer) = query.body else { Issue.record("\(query)"); return }
    #expect(answer.querySpec?.relationshipName == "AuthoredBy")
    #expect(answer.members.first?.relationships?.first?.holons.members.count == 1)

    let deleted = await fixture.dance(fixture.a, DanceRequests.deleteHolon(bookId), in: reader)
    #expect(deleted.statusCode == .ok)
    let gone = await fixture.dance(fixture.a, DanceRequests.getHolonById(.local(bookId)), in: reader)
    #expect(gone.statusCode == .notFound)
    let again = await fixture.dance(fixture.a, DanceRequests.deleteHolon(bookId), in: reader)
    #expect(again.statusCode == .notFound)
  }

  @Test func badRequestsGetStatusCodesAndTheSessionBack() async throws {
    let fixture = try await HolonsFixture()
    let context = fixture.ids.open()
    let unknown = await fixture.dance(fixture.a, DanceRequest(danceName: "tango"), in: context)
    #expect(unknown.statusCode == .notImplemented && unknown.description.value.contains("tango"))

    let wrongBody = await fixture.dance(fixture.a, DanceRequest(danceName: "get_holon_by_id"), in: context)
    #expect(wrongBody.statusCode == .badRequest)

    _ = try context.stageNewHolon(HolonsFixture.holon("Dup"))
    let duplicate = await fixture.dance(fixture.a, DanceRequests.stageNewHolon(HolonsFixture.holon("Dup")), in: context)
    #expect(duplicate.statusCode == .conflict)
    #expect(context.stagedHolons.count == 1)

    // Without a session the guest refuses, echoing what it got.
    let transport = ConductorDanceTransport(conductor: fixture.sweet.conductor, cell: fixture.a.id)
    let bare = try await transport.send(DanceRequestEnvelope(request: DanceRequests.getAllHolons()))
    #expect(bare.response.statusCode == .badRequest && bare.session == nil)

    // A reference from another transaction is refused before any dance runs.
    let other = fixture.ids.open()
    let foreign = try other.stageNewHolon(HolonsFixture.holon("Elsewhere"))
    let cross = await fixture.dance(
      fixture.a, DanceRequests.fetchAllRelatedHolons(.staged(foreign)), in: context)
    #expect(cross.statusCode == .conflict && cross.description.value.contains("Cross"))
  }

  @Test func theIntegrityZomeRefusesBadHolonNodesAndNothingIsKept() async throws {
    let fixture = try await HolonsFixture()
    for (bad, reason) in [
      (TransientHolon(properties: ["key": .string("")]), "a holon's key may not be empty"),
      (TransientHolon(properties: ["key": .integer(7)]), "a holon's key must be a string"),
    ] {
      let context = fixture.ids.open()
      _ = try context.stageNewHolon(HolonsFixture.holon("Fine"))
      // Staged directly in the nursery (the client side does not validate), then committed.
      var session = context.exportSession()
      var nursery = session.stagedHolons
      let id = TemporaryId(versionedKey: "bad")
      nursery.insert(.staged(StagedHolon(staging: bad)), id: id)
      session.stagedHolons = nursery
      try context.importPools(from: session)
      let commit = await fixture.dance(fixture.a, DanceRequests.commit(), in: context)
      #expect(commit.statusCode == .serverError)
      #expect(commit.description.value.contains(reason), "\(commit.description)")
    }
    let all = await fixture.dance(fixture.a, DanceRequests.getAllHolons(), in: fixture.ids.open())
    guard case .holonCollection(let collection) = all.body else { Issue.record("\(all)"); return }
    #expect(collection.members.isEmpty, "the valid holon of a refused commit was kept")
  }
}
