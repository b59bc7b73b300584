import Conductor
import HoloCore
import HolonsClient
import HolonsCore
import HoloswiftTesting

/// One conductor with one app of holons cells: `holons_a` and `holons_b` (two DNAs: the same zomes, other
/// seeds) and `holons_strict` (strict cycles, at most 3 hops).
struct HolonsFixture {
  let sweet: SweetConductor
  let a: SweetCell
  let b: SweetCell
  let strict: SweetCell
  let ids = TransactionIds()

  init() async throws {
    sweet = try SweetConductor()
    let app = try await sweet.conductor.installApp(
      AppInstallation(
        appId: "holons", roles: [
          .init(name: "holons_a", dna: try Self.dna(name: "holons_a")),
          .init(name: "holons_b", dna: try Self.dna(name: "holons_b")),
          .init(
            name: "holons_strict",
            dna: try Self.dna(name: "holons_strict", properties: ["strict_dance_cycles": .bool(true), "max_dance_depth": .uint(3)])),
        ]))
    let enabled = try await sweet.conductor.enableApp(app.id)
    a = SweetCell(conductor: sweet.conductor, id: try require(enabled.cell(role: "holons_a")))
    b = SweetCell(conductor: sweet.conductor, id: try require(enabled.cell(role: "holons_b")))
    strict = SweetCell(conductor: sweet.conductor, id: try require(enabled.cell(role: "holons_strict")))
  }

  /// The holons DNA under `name`, with DNA `properties` (a msgpack map).
  static func dna(name: String, properties: [String: MsgPackValue] = [:]) throws -> DnaFile {
    var writer = MsgPackWriter()
    writer.writeMapHeader(properties.count)
    for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
      writer.write(key)
      value.encode(to: &writer)
    }
    return DnaFile(
      name: name, modifiers: DnaModifiers(networkSeed: "holons-\(name)", properties: SerializedBytes(bytes: writer.bytes)),
      integrity: [.init(name: "holons_integrity", wasm: try GuestWasm.load("holons_integrity"))],
      coordinators: [.init(name: "holons", wasm: try GuestWasm.load("holons"))])
  }

  /// Runs `request` from the test initiator into `cell`, in `context`.
  func dance(_ cell: SweetCell, _ request: DanceRequest, in context: TransactionContext) async -> DanceResponse {
    await cell.danceChannel().initiateDance(request, in: context)
  }

  /// A `relay` request with `parameters`.
  static func relay(_ parameters: PropertyMap) -> DanceRequest {
    DanceRequest(danceName: "relay", body: .parameterValues(parameters))
  }

  /// A transient holon with key `key` and more properties.
  static func holon(_ key: String, _ more: [(PropertyName, BaseValue)] = []) -> TransientHolon {
    TransientHolon(properties: PropertyMap([(CoreNames.key, .string(MapString(key)))] + more))
  }
}

/// `#require` for fixture setup outside a test body.
func require<T>(_ value: T?, _ what: String = "value") throws -> T {
  guard let value else { throw FixtureError.missing(what) }
  return value
}

enum FixtureError: Error { case missing(String) }
