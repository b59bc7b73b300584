import Conductor
import ConductorAPI
import Foundation
import HoloCore
import HolonsClient
import HolonsCore
import HoloswiftTesting
import LoaderJSON
import Logging
import Testing

/// The holon loader in split mode: a client sends a JSON load set to the loader guest, which stages and resolves
/// it and has the storage guest (another DNA) commit it, by guest→guest dances.
@Suite struct LoaderTests {
  static func write(_ files: [String: String]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
    return directory
  }

  static let types = """
    {"holons": [{"key": "#Book.HolonType"}, {"key": "#Person.HolonType"}]}
    """
  static let books = """
    {"meta": {"load_with": ["types.json"]},
     "holons": [
      {"key": "Book:Dune", "type": "#Book.HolonType", "properties": {"title": "Dune", "pages": 412, "tags": ["sf", "desert"]},
       "relationships": [{"name": "AuthoredBy", "target": "Person:Herbert"}]},
      {"key": "Book:Emma", "type": "#Book.HolonType", "properties": {"title": "Emma", "in_print": true},
       "relationships": [{"name": "AuthoredBy", "target": {"$ref": "Person:Austen"}}, {"name": "Cites", "target": ["Book:Dune"]}]},
      {"key": "Person:Herbert", "type": "#Person.HolonType"},
      {"key": "Person:Austen", "type": "#Person.HolonType"}
     ]}
    """

  @Test func aClientLoadsJsonThroughTheLoaderIntoTheStorageDna() async throws {
    let fixture = try await HolonsFixture(loader: true)
    let loader = try #require(fixture.loaderCell)
    let directory = try Self.write(["types.json": Self.types, "books.json": Self.books])
    let loadSet = try LoaderJSON.load(path: directory.appendingPathComponent("books.json").path).get()
    #expect(loadSet.holons.count == 6)

    let websocket = try await fixture.client(loader)
    let context = fixture.ids.open()
    let setReference = try LoadSetBuilder.build(loadSet, in: context)
    let response = await websocket.channel.initiateDance(DanceRequests.loadHolons(setReference), in: context)
    #expect(response.statusCode == .ok, "\(response.description)")
    guard case .holon(let report) = response.body else { Issue.record("\(response)"); return }
    #expect(report.propertyMap[LoaderNames.loadCommitStatus] == .string("Complete"))
    #expect(report.propertyMap[LoaderNames.holonsStaged] == .integer(6))
    #expect(report.propertyMap[LoaderNames.holonsCommitted] == .integer(6))
    // Four DescribedBy links, two AuthoredBy, one Cites.
    #expect(report.propertyMap[LoaderNames.linksCreated] == .integer(7))
    #expect(report.propertyMap[LoaderNames.errorCount] == .integer(0))

    // The holons are in the storage DNA, and only there.
    let reader = fixture.ids.open()
    let stored = await fixture.dance(fixture.b, DanceRequests.getAllHolons(), in: reader)
    guard case .holonCollection(let collection) = stored.body else { Issue.record("\(stored)"); return }
    #expect(collection.members.count == 6)
    let emma = try #require(collection.member(forKey: "Book:Emma"))
    let related = await fixture.dance(fixture.b, DanceRequests.fetchAllRelatedHolons(emma), in: reader)
    guard case .nodeCollection(let nodes) = related.body else { Issue.record("\(related)"); return }
    #expect(nodes.members.first?.relationships?.map { $0.name.name.value } == ["AuthoredBy", "Cites", "DescribedBy"])
    let inLoader = await fixture.dance(loader, DanceRequests.getAllHolons(), in: fixture.ids.open())
    guard case .holonCollection(let none) = inLoader.body else { Issue.record("\(inLoader)"); return }
    #expect(none.members.isEmpty)

    // A second load resolves against what is saved, and an unknown target skips the commit, naming file and key.
    let more = try Self.write([
      "more.json": """
        {"holons": [{"key": "Book:Sequel", "relationships": [{"name": "Follows", "target": "Book:Dune"}]},
                    {"key": "Book:Lost", "relationships": [{"name": "Cites", "target": "Book:Nowhere"}]}]}
        """
    ])
    let second = fixture.ids.open()
    let secondSet = try LoadSetBuilder.build(
      try LoaderJSON.load(path: more.appendingPathComponent("more.json").path).get(), in: second)
    let skipped = await websocket.channel.initiateDance(DanceRequests.loadHolons(secondSet), in: second)
    guard case .holon(let skippedReport) = skipped.body else { Issue.record("\(skipped)"); return }
    #expect(skippedReport.propertyMap[LoaderNames.loadCommitStatus] == .string("Skipped"))
    #expect(skippedReport.propertyMap[LoaderNames.errorCount] == .integer(1))
    let errorReference = try #require(skippedReport.relationships[LoaderNames.errors].first)
    guard case .transient(let errorWire) = errorReference else { Issue.record("\(errorReference)"); return }
    let error = try second.transientHolon(errorWire)
    #expect(error.propertyMap["holon_key"] == .string("Book:Lost"))
    #expect(error.propertyMap[LoaderNames.file] == .string(.init(more.appendingPathComponent("more.json").path)))
    guard case .string(let message)? = error.propertyMap["message"] else { Issue.record("no message"); return }
    #expect(message.value.contains("Book:Nowhere"))
    await websocket.close()
  }
}

/// What `holoswift holons` does: set up a client through the admin interface alone (signing credentials
/// authorized by a grant), then load and list.
@Suite struct HolonsConnectionTests {
  @Test func aClientSetUpThroughTheAdminInterfaceLoadsAndLists() async throws {
    let fixture = try await HolonsFixture()
    let logger = Logger(label: "holons-connection")
    let runtime = ConductorRuntime(conductor: fixture.sweet.conductor, logger: logger)
    let adminPort = try await runtime.startAdminInterface(port: 0, allowedOrigins: .any)
    // The request timeout is a safety net: a load waits its turn on a busy machine.
    let connection = try await HolonsConnection.connect(
      adminPort: adminPort, appId: "holons", role: "holons_a", requestTimeout: .seconds(900), logger: logger)
    #expect(connection.cell == fixture.a.id)

    let directory = try LoaderTests.write(["types.json": LoaderTests.types])
    let context = fixture.ids.open()
    let loadSet = try LoadSetBuilder.build(
      try LoaderJSON.load(path: directory.appendingPathComponent("types.json").path).get(), in: context)
    let loaded = await connection.channel.initiateDance(DanceRequests.loadHolons(loadSet), in: context)
    guard case .holon(let report) = loaded.body else { Issue.record("\(loaded)"); return }
    #expect(report.propertyMap[LoaderNames.holonsCommitted] == .integer(2))
    let all = await connection.channel.initiateDance(DanceRequests.getAllHolons(), in: fixture.ids.open())
    guard case .holonCollection(let collection) = all.body else { Issue.record("\(all)"); return }
    #expect(collection.member(forKey: "#Book.HolonType") != nil)

    // A role the app does not have is a setup error.
    await #expect(throws: HolonsConnection.SetupError.self) {
      _ = try await HolonsConnection.connect(adminPort: adminPort, appId: "holons", role: "nope", logger: logger)
    }
    await connection.close()
    await runtime.stop()
  }
}
