public import Conductor
import Foundation
public import HoloCore
public import HoloNetwork
import Logging
import StateStore
import Synchronization

/// Several in-process conductors on loopback, networked through a local Kitsune2 bootstrap server (Holochain
/// sweettest's batch of conductors).
///
/// ```swift
/// let batch = try await SweetBatch.start(3)
/// let cells = try await batch.install(dna)
/// let hash: ActionHash = try await cells[0].call("forum", "create_post", post)
/// try await batch.awaitConsistency(dna.hash)
/// ```
public final class SweetBatch: Sendable {
  public let conductors: [SweetConductor]
  /// The bootstrap server's base URL.
  public let bootstrapURL: String
  private let server: Task<Void, any Error>

  private init(conductors: [SweetConductor], bootstrapURL: String, server: Task<Void, any Error>) {
    self.conductors = conductors
    self.bootstrapURL = bootstrapURL
    self.server = server
  }

  /// Starts a bootstrap server and `count` networked conductors; `configure` adjusts each one's settings
  /// (by index) from ``NetworkConfiguration/testing(bootstrapURL:)``.
  public static func start(
    _ count: Int, configure: (Int, inout NetworkConfiguration) -> Void = { _, _ in }
  ) async throws -> SweetBatch {
    let (url, server) = try await startBootstrapServer()
    var conductors: [SweetConductor] = []
    for index in 0..<count {
      let conductor = try SweetConductor()
      var configuration = NetworkConfiguration.testing(bootstrapURL: url)
      configure(index, &configuration)
      try await conductor.conductor.startNetwork(configuration)
      conductors.append(conductor)
    }
    return SweetBatch(conductors: conductors, bootstrapURL: url, server: server)
  }

  /// Runs a bootstrap server on a free loopback port; returns its URL and the task serving it.
  public static func startBootstrapServer() async throws -> (url: String, server: Task<Void, any Error>) {
    let port = Mutex<Int?>(nil)
    var logger = Logger(label: "holoswift.sweet-bootstrap")
    // Cancelling the server at shutdown makes Hummingbird log errors that are not errors.
    logger.logLevel = .critical
    let server = Task {
      try await BootstrapServer.serve(
        service: BootstrapService(), host: "127.0.0.1", port: 0, logger: logger,
        onListening: { bound in port.withLock { $0 = bound } })
    }
    for _ in 0..<500 {
      if let bound = port.withLock({ $0 }) { return ("http://127.0.0.1:\(bound)", server) }
      try await Task.sleep(for: .milliseconds(10))
    }
    server.cancel()
    throw SweetBatchError.bootstrapServerDidNotStart
  }

  /// The network of conductor `index`.
  public func network(_ index: Int) -> ConductorNetwork { conductors[index].conductor.network! }

  /// Installs `dna` on every conductor, for a new agent on each; returns the cells in conductor order.
  public func install(_ dna: DnaFile) async throws -> [SweetCell] {
    var cells: [SweetCell] = []
    for conductor in conductors { cells.append(try await conductor.install(dna)) }
    return cells
  }

  /// Waits until the conductors at `indices` (all by default) hold the same integrated ops of `dna`, with nothing
  /// left to validate, and each knows every other's agents; throws ``SweetBatchError/notConsistent`` after
  /// `timeout`.
  public func awaitConsistency(
    _ dna: DnaHash, among indices: [Int]? = nil, timeout: Duration = .seconds(30)
  ) async throws {
    let chosen = indices ?? Array(conductors.indices)
    let deadline = ContinuousClock.now + timeout
    var last = ""
    while ContinuousClock.now < deadline {
      var sets: [Set<DhtOpHash>] = []
      var busy = false
      for index in chosen {
        let dht = try conductors[index].conductor.store.dht(for: dna)
        if try !(dht.ops(withStatus: .pending) + dht.ops(withStatus: .awaitingDeps)).isEmpty { busy = true }
        sets.append(Set(try dht.integratedDigests().map(\.hash)))
      }
      if !busy, let first = sets.first, !first.isEmpty, sets.allSatisfy({ $0 == first }) { return }
      last = sets.map { "\($0.count)" }.joined(separator: ", ")
      try await Task.sleep(for: .milliseconds(50))
    }
    throw SweetBatchError.notConsistent("integrated op counts: \(last)")
  }

  /// Stops every conductor's network and the bootstrap server.
  public func shutdown() async {
    for conductor in conductors { await conductor.conductor.stopNetwork() }
    server.cancel()
    _ = await server.result
  }
}

/// Why a batch could not do what a test asked.
public enum SweetBatchError: Error, CustomStringConvertible {
  case bootstrapServerDidNotStart
  case notConsistent(String)

  public var description: String {
    switch self {
    case .bootstrapServerDidNotStart: return "the bootstrap server did not start"
    case .notConsistent(let state): return "the conductors did not become consistent: \(state)"
    }
  }
}
