import Conductor
import ConductorAPI
import Foundation
import HoloCore
import HolonsClient
import HolonsCore
import HoloswiftTesting
import LoaderJSON
import Logging

extension BenchmarkGroup {
  /// Dances: a guest→guest dance round trip and a client→guest one, each beside the plain call it rides on,
  /// and loading 500 holons through the loader into another DNA.
  static var holons: BenchmarkGroup {
    BenchmarkGroup(
      name: "holons",
      summary: "Guest→guest and client→guest dance round trips beside plain zome calls; loading 500 holons."
    ) { runner in
      let fixture: HolonsBenchFixture
      do { fixture = try HolonsBenchFixture() } catch { fatalError("cannot set up the holons bench: \(error)") }
      let ping = runner.measure("floor: test → a `ping` (in-process zome call)", iterations: 100) {
        fixture.call(fixture.a, "ping", HoloCore.Unit())
      }
      let plainCall = runner.measure("test → a `call_ping` → b `ping` (plain zome call between the two cells)", iterations: 100, floor: ping) {
        fixture.call(fixture.a, "call_ping", "holons_b")
      }
      let localDance = runner.measure("test → a dance `get_all_holons` (test initiator)", iterations: 100, floor: ping) {
        fixture.dance(fixture.testChannel, DanceRequests.getAllHolons())
      }
      runner.measure("test → a → b dance `get_all_holons` (guest→guest round trip)", iterations: 50, floor: plainCall) {
        fixture.dance(
          fixture.testChannel,
          DanceRequest(danceName: "relay", body: .parameterValues(["route": .string("holons_b"), "then": .string("get_all_holons")])))
      }
      runner.measure("client → a dance `get_all_holons` over the app websocket", iterations: 100, floor: localDance) {
        fixture.dance(fixture.clientChannel, DanceRequests.getAllHolons())
      }
      runner.measure("load 500 holons (499 links) through the loader into the storage DNA", iterations: 1) {
        fixture.load500()
      }
    }
  }
}

/// One conductor with cells `holons_a`, `holons_b` and `loader` (committing into `holons_b`), a test channel
/// and a websocket client channel into `holons_a`.
final class HolonsBenchFixture: @unchecked Sendable {
  // @unchecked Sendable: driven from the benchmark's main thread; async work is awaited before returning.
  let sweet: SweetConductor
  let a: CellId
  let loader: CellId
  let testChannel: AsyncTrustChannel<ConductorDanceTransport>
  let clientChannel: AsyncTrustChannel<AppWebsocketDanceTransport>
  let ids = TransactionIds()
  let loadSet: LoadSet

  init() throws {
    let sweet = try SweetConductor()
    self.sweet = sweet
    var logger = Logger(label: "bench-holons")
    logger.logLevel = .warning
    let logged = logger
    func dna(_ name: String, _ properties: [UInt8] = [0x80]) throws -> DnaFile {
      DnaFile(
        name: name, modifiers: DnaModifiers(networkSeed: "bench-\(name)", properties: SerializedBytes(bytes: properties)),
        integrity: [.init(name: "holons_integrity", wasm: try GuestWasm.load("holons_integrity"))],
        coordinators: [.init(name: "holons", wasm: try GuestWasm.load("holons"))])
    }
    var storage = MsgPackWriter()
    storage.writeMapHeader(1)
    storage.write("storage_role")
    storage.write("holons_b")
    let installation = AppInstallation(
      appId: "holons",
      roles: [
        .init(name: "holons_a", dna: try dna("holons_a")), .init(name: "holons_b", dna: try dna("holons_b")),
        .init(name: "loader", dna: try dna("loader", storage.bytes)),
      ])
    let (a, loader, client) = RibosomeBenchFixture.wait { () async throws -> (CellId, CellId, HolonsConnection) in
      let app = try await sweet.conductor.installApp(installation)
      let enabled = try await sweet.conductor.enableApp(app.id)
      let runtime = ConductorRuntime(conductor: sweet.conductor, logger: logged)
      let adminPort = try await runtime.startAdminInterface(port: 0, allowedOrigins: .any)
      let client = try await HolonsConnection.connect(adminPort: adminPort, appId: "holons", role: "holons_a", logger: logged)
      return (enabled.cell(role: "holons_a")!, enabled.cell(role: "loader")!, client)
    }
    self.a = a
    self.loader = loader
    testChannel = AsyncTrustChannel(transport: ConductorDanceTransport(conductor: sweet.conductor, cell: a))
    clientChannel = client.channel
    loadSet = LoadSet(
      files: ["bench.json"],
      holons: (0..<500).map { index in
        LoaderHolon(
          key: "Holon:\(index)", type: nil,
          properties: [LoaderProperty(name: "index", value: .integer(Int64(index)))],
          relationships: index == 0 ? [] : [LoaderRelationship(name: "Follows", targets: ["Holon:\(index - 1)"])],
          file: "bench.json", index: index)
      })
  }

  func call<I: MsgPackEncodable & Sendable>(_ cell: CellId, _ function: String, _ payload: I) -> ExternIO {
    let conductor = sweet.conductor
    return RibosomeBenchFixture.wait {
      try await conductor.callZome(cell, zome: "holons", function: function, payload: ExternIO(encoding: payload))
    }
  }

  func dance<T: AsyncDanceEnvelopeTransport>(_ channel: AsyncTrustChannel<T>, _ request: DanceRequest) -> ResponseStatusCode {
    let ids = ids
    let status = RibosomeBenchFixture.wait { await channel.initiateDance(request, in: ids.open()).statusCode }
    guard status == .ok else { fatalError("\(request.danceName.value) answered \(status)") }
    return status
  }

  func load500() -> ResponseStatusCode {
    let (ids, loadSet, channel) = (ids, loadSet, AsyncTrustChannel(
      transport: ConductorDanceTransport(conductor: sweet.conductor, cell: loader)))
    let response = RibosomeBenchFixture.wait { () async throws -> DanceResponse in
      let context = ids.open()
      let reference = try LoadSetBuilder.build(loadSet, in: context)
      return await channel.initiateDance(DanceRequests.loadHolons(reference), in: context)
    }
    guard case .holon(let report) = response.body,
      report.propertyMap[LoaderNames.holonsCommitted] == .integer(500)
    else { fatalError("load: \(response.statusCode) \(response.description.value)") }
    return response.statusCode
  }
}
