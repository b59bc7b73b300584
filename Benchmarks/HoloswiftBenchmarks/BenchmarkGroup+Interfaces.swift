import ConductorAPI
import Bundles
import ConductorInterfaces
import Conductor
import Foundation
import HoloCore
import HoloCrypto
import HoloswiftTesting
import Keystore
import Logging
import StateStore

extension BenchmarkGroup {
  /// The conductor as a client sees it: signed zome calls over the app websocket (latency percentiles, and
  /// throughput from 1 and 8 clients), installing the demo hApp, and starting a conductor that holds 10 apps.
  static var interfaces: BenchmarkGroup {
    BenchmarkGroup(
      name: "interfaces",
      summary: "Zome calls over the app websocket, app install, and conductor start with 10 apps."
    ) { runner in
      let fixture: InterfaceBenchFixture
      do { fixture = try InterfaceBenchFixture() } catch { fatalError("cannot set up the interface bench: \(error)") }
      let inProcess = runner.measure("floor: the same zome call in process (forum `list_posts`)", iterations: 300) {
        fixture.inProcessCall()
      }
      runner.measure("zome call round trip over the app websocket, 1 client", iterations: 300, floor: inProcess) {
        fixture.websocketCalls(clients: 1, callsPerClient: 1)
      }
      print("")
      print("| websocket zome calls (forum `list_posts`) | p50 | p99 | calls/s |")
      print("|---|--:|--:|--:|")
      for clients in [1, 8] {
        let (p50, p99, rate) = fixture.latencies(clients: clients, callsPerClient: 400 / clients)
        print("| \(clients) client\(clients == 1 ? "" : "s") | \(p50) µs | \(p99) µs | \(rate) |")
      }
      print("")
      runner.measure("install the demo hApp (.happ bytes → genesis, disabled)", iterations: 5) {
        fixture.installDemo()
      }
      runner.measure("conductor start (restore) with 10 enabled apps", iterations: 3) {
        fixture.restartWithTenApps()
      }
    }
  }
}

/// A runtime with the forum hApp on real sockets, and clients for it.
final class InterfaceBenchFixture: @unchecked Sendable {
  // @unchecked Sendable: driven from the benchmark's main thread; async work is awaited before returning.
  let directory = NSTemporaryDirectory() + "holoswift-bench-ws-" + UUID().uuidString
  let conductor: Conductor
  let runtime: ConductorRuntime
  let happ: [UInt8]
  let info: AppInfo
  let appPort: UInt16
  let logger: Logger
  private var clients: [ConductorClient] = []
  private var installs = 0

  init() throws {
    var logger = Logger(label: "bench")
    logger.logLevel = .warning
    self.logger = logger
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let keystore = try Keystore.open(path: directory + "/keystore.sqlite3", passphrase: Array("bench".utf8), limits: .minimum)
    conductor = Conductor(store: try StateStore(root: directory + "/data"), keystore: keystore)
    runtime = ConductorRuntime(conductor: conductor, logger: logger)
    happ = try Self.forumHapp()
    let (runtime, happ) = (runtime, happ)
    (info, appPort) = RibosomeBenchFixture.wait {
      let response = await runtime.adminAPI.handle(.installApp(InstallAppPayload(source: .bytes(happ), installedAppId: "forum")))
      guard case .appInstalled(let info) = response else { fatalError("install: \(response)") }
      _ = await runtime.adminAPI.handle(.enableApp(installedAppId: "forum"))
      return (info, try await runtime.attachAppInterface(port: 0, allowedOrigins: .any, installedAppId: nil))
    }
    for _ in 0..<8 { clients.append(try connectedClient()) }
  }

  static func forumHapp() throws -> [UInt8] {
    let dna = try DnaBundle(
      manifest: DnaManifest(
        name: "forum",
        integrity: IntegrityManifest(zomes: [ZomeManifest(name: "forum_integrity", path: "i.wasm")]),
        coordinator: CoordinatorManifest(zomes: [ZomeManifest(name: "forum", path: "c.wasm", dependencies: ["forum_integrity"])])),
      resources: ["i.wasm": try GuestWasm.load("forum_integrity"), "c.wasm": try GuestWasm.load("forum")])
    return try AppBundle(
      manifest: AppManifest(name: "forum", roles: [AppRoleManifest(name: "forum", dna: AppRoleDnaManifest(path: "forum.dna"))]),
      resources: ["forum.dna": try dna.pack()]
    ).pack()
  }

  private func connectedClient() throws -> ConductorClient {
    let (runtime, appPort, logger) = (runtime, appPort, logger)
    return RibosomeBenchFixture.wait {
      let issued = runtime.tokens.issue(IssueAppAuthenticationTokenPayload(installedAppId: "forum"))
      let client = try await ConductorClient.connect(port: appPort, logger: logger)
      try await client.authenticate(token: issued.token)
      return client
    }
  }

  private var cell: CellId { info.cells(for: "forum").first!.cellId! }

  /// A signed `list_posts` call.
  func signedCall() -> ZomeCallParamsSigned {
    let params = ZomeCallParams(
      provenance: info.agentPubKey, cellId: cell, zomeName: "forum", fnName: "list_posts", capSecret: nil,
      payload: ExternIO(encoding: HoloCore.Unit()), nonce: Nonce256Bits(checked: SecureRandom.bytes(32)),
      expiresAt: Timestamp(microseconds: Timestamp.now().microseconds + 300_000_000))
    let bytes = params.msgpackBytes()
    guard let signature = try? conductor.keystore.sign(publicKey: info.agentPubKey.core, message: SHA512.hash(bytes)) else {
      fatalError("cannot sign")
    }
    return ZomeCallParamsSigned(bytes: ExternIO(bytes: bytes), signature: Signature(checked: signature))
  }

  func inProcessCall() -> ExternIO {
    let (conductor, cell) = (conductor, cell)
    return RibosomeBenchFixture.wait {
      try await conductor.callZome(cell, zome: "forum", function: "list_posts", payload: ExternIO(encoding: HoloCore.Unit()))
    }
  }

  /// `callsPerClient` calls from each of `clients` clients at once; returns each call's latency in µs.
  @discardableResult
  func websocketCalls(clients count: Int, callsPerClient: Int) -> [Double] {
    let chosen = Array(clients.prefix(count))
    let calls = (0..<(count * callsPerClient)).map { _ in signedCall() }
    return RibosomeBenchFixture.wait {
      try await withThrowingTaskGroup(of: [Double].self) { group in
        for (index, client) in chosen.enumerated() {
          let mine = Array(calls[(index * callsPerClient)..<((index + 1) * callsPerClient)])
          group.addTask {
            var latencies: [Double] = []
            let clock = ContinuousClock()
            for call in mine {
              let start = clock.now
              let response = try await client.appRequest(.callZome(call))
              guard case .zomeCalled = response else { fatalError("call failed: \(response)") }
              let elapsed = start.duration(to: clock.now)
              latencies.append(Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12)
            }
            return latencies
          }
        }
        return try await group.reduce(into: []) { $0 += $1 }
      }
    }
  }

  func latencies(clients: Int, callsPerClient: Int) -> (p50: Int, p99: Int, callsPerSecond: Int) {
    let start = Date()
    let sorted = websocketCalls(clients: clients, callsPerClient: callsPerClient).sorted()
    let elapsed = Date().timeIntervalSince(start)
    let p50 = sorted[sorted.count / 2]
    let p99 = sorted[min(sorted.count - 1, sorted.count * 99 / 100)]
    return (Int(p50), Int(p99), Int(Double(sorted.count) / elapsed))
  }

  func installDemo() -> Int {
    installs += 1
    let (runtime, happ, id) = (runtime, happ, "demo-\(installs)")
    return RibosomeBenchFixture.wait {
      let response = await runtime.adminAPI.handle(.installApp(InstallAppPayload(source: .bytes(happ), installedAppId: id)))
      guard case .appInstalled = response else { fatalError("install: \(response)") }
      return 1
    }
  }

  /// A second conductor on its own directory with 10 enabled apps, closed and reopened: the reopen is timed
  /// by the caller (setup happens once).
  private lazy var tenApps: String = {
    let path = NSTemporaryDirectory() + "holoswift-bench-ten-" + UUID().uuidString
    let happ = happ
    RibosomeBenchFixture.wait {
      let conductor = try Self.open(path)
      let runtime = ConductorRuntime(conductor: conductor, logger: self.logger)
      for index in 0..<10 {
        let id = "app-\(index)"
        _ = await runtime.adminAPI.handle(.installApp(InstallAppPayload(source: .bytes(happ), installedAppId: id)))
        _ = await runtime.adminAPI.handle(.enableApp(installedAppId: id))
      }
      try conductor.keystore.close()
    }
    return path
  }()

  static func open(_ path: String) throws -> Conductor {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let keystore = try Keystore.open(path: path + "/keystore.sqlite3", passphrase: Array("bench".utf8), limits: .minimum)
    return Conductor(store: try StateStore(root: path + "/data"), keystore: keystore)
  }

  func restartWithTenApps() -> Int {
    let path = tenApps
    return RibosomeBenchFixture.wait {
      let conductor = try Self.open(path)
      try await conductor.restore()
      let running = conductor.cellIds.count
      try conductor.keystore.close()
      guard running == 10 else { fatalError("\(running) cells running after the restart") }
      return running
    }
  }
}
