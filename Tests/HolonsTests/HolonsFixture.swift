import Conductor
import ConductorAPI
import ConductorInterfaces
import HoloCore
import HolonsClient
import HolonsCore
import HoloswiftTesting
import Keystore
import Logging

/// One conductor with one app of holons cells: `holons_a` and `holons_b` (two DNAs: the same zomes, other
/// seeds) and `holons_strict` (strict cycles, at most 3 hops).
struct HolonsFixture {
  let sweet: SweetConductor
  let a: SweetCell
  let b: SweetCell
  let strict: SweetCell
  let ids = TransactionIds()

  /// With `loader`, a role `loader` (its own DNA) that commits loads into `holons_b`; with `deep`, a role
  /// `holons_deep` whose dances may nest 100 deep (past the conductor's own bound on nested calls).
  init(loader: Bool = false, deep: Bool = false) async throws {
    sweet = try SweetConductor()
    var loaderRoles: [AppInstallation.Role] =
      loader ? [.init(name: "loader", dna: try Self.dna(name: "loader", properties: ["storage_role": .string("holons_b")]))] : []
    if deep {
      loaderRoles.append(.init(name: "holons_deep", dna: try Self.dna(name: "holons_deep", properties: ["max_dance_depth": .uint(100)])))
    }
    let app = try await sweet.conductor.installApp(
      AppInstallation(
        appId: "holons", roles: loaderRoles + [
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
    loaderCell = loader ? SweetCell(conductor: sweet.conductor, id: try require(enabled.cell(role: "loader"))) : nil
    deepCell = deep ? SweetCell(conductor: sweet.conductor, id: try require(enabled.cell(role: "holons_deep"))) : nil
  }

  /// The `loader` cell, when asked for.
  let loaderCell: SweetCell?
  /// The `holons_deep` cell, when asked for.
  let deepCell: SweetCell?

  /// A client initiator into `cell` over a real App websocket (signed as the app's agent); `close` it after.
  func client(_ cell: SweetCell, zome: String = "holons") async throws -> WebsocketClient {
    let logger = Logger(label: "holons-client")
    let runtime = ConductorRuntime(conductor: sweet.conductor, logger: logger)
    let port = try await runtime.attachAppInterface(port: 0, allowedOrigins: .any, installedAppId: nil)
    let token = runtime.tokens.issue(IssueAppAuthenticationTokenPayload(installedAppId: "holons"))
    // A request timeout that is only a safety net: a load in a debug build on a busy machine takes its time, and a
    // test must not fail for that (it once did, at the default 60 s).
    var configuration = ConductorClient.Configuration()
    configuration.requestTimeout = .seconds(900)
    let connection = try await ConductorClient.connect(port: port, configuration: configuration, logger: logger)
    try await connection.authenticate(token: token.token)
    let signer = KeystoreSigner(keystore: sweet.conductor.keystore, provenance: cell.id.agent)
    return WebsocketClient(
      runtime: runtime, connection: connection, signer: signer,
      channel: AsyncTrustChannel(
        transport: AppWebsocketDanceTransport(client: connection, cell: cell.id, zome: zome, signer: signer)))
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

/// A client connection with its trust channel.
struct WebsocketClient {
  let runtime: ConductorRuntime
  let connection: ConductorClient
  let signer: KeystoreSigner
  let channel: AsyncTrustChannel<AppWebsocketDanceTransport>

  func close() async {
    await connection.close()
    await runtime.stop()
  }
}

/// Signs with the conductor's keystore, as the app's own agent (the author needs no grant).
struct KeystoreSigner: ZomeCallSigner {
  let keystore: Keystore
  let provenance: AgentPubKey

  func sign(digest: [UInt8]) async throws -> Signature {
    Signature(checked: try keystore.sign(publicKey: provenance.core, message: digest))
  }
}
