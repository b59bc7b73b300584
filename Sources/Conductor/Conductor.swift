public import HoloCore
public import Keystore
public import Ribosome
public import StateStore
public import Foundation
public import Synchronization

/// Runs cells: installs DNAs for agents (genesis), calls their zomes (init first, validation before every
/// commit), and routes calls between cells, and signals to whoever listens.
///
/// ```swift
/// let conductor = Conductor(store: try StateStore(root: dir), keystore: keystore)
/// let cell = try await conductor.install(dna, agent: agent, app: "forum")
/// let hash = try await conductor.callZome(cell, zome: "forum", function: "create_post", payload: ExternIO(encoding: post))
/// ```
public final class Conductor: Sendable {
  public let store: StateStore
  public let keystore: Keystore
  public let configuration: RibosomeConfiguration
  let modules: ModuleCache
  let state = Mutex(State())
  /// Held by app operations (install, enable, clone…) so that they happen one at a time. Taken on zome-call
  /// threads only, never on the cooperative pool.
  let appLock = NSLock()
  /// The nonces of signed zome calls seen so far, conductor-wide (every app interface shares them).
  let nonces: NonceWitness
  private let signalHandlers = Mutex<[UUID: @Sendable (AppSignalEvent) -> Void]>([:])
  /// Failures of work after a call answered (post_commit, schedules, local remote signals), logged and counted.
  public let backgroundFailures = BackgroundFailures()
  /// Zome calls stopped since start because they ran past their deadline.
  public let callsPastDeadline = Atomic<Int>(0)
  /// Zome calls stopped since start because nobody waited for them any more (their client went away).
  public let cancelledCalls = Atomic<Int>(0)
  /// Set by ``actAsBadActor(_:)``.
  let skipsInlineValidation = Atomic<Bool>(false)
  /// The network, once started.
  let networkSlot = Mutex<ConductorNetwork?>(nil)

  struct State {
    /// Running cells: those of enabled apps.
    var cells: [CellId: Cell] = [:]
    var apps: [String: InstalledApp] = [:]
    /// Every DNA an app uses, clones' included.
    var dnas: [DnaHash: DnaFile] = [:]
    /// Cells built for genesis at install and not started yet, kept for the app's first enabling.
    var prepared: [CellId: Cell] = [:]
  }

  public init(
    store: StateStore, keystore: Keystore, configuration: RibosomeConfiguration = .init(),
    hostFunctions: HostFunctionTable = .holochain
  ) {
    self.store = store
    self.keystore = keystore
    self.configuration = configuration
    nonces = NonceWitness(store: store.conductor.nonces)
    modules = ModuleCache(hostFunctions: hostFunctions)
  }

  /// For tests of what the network does with invalid data: while on, this conductor commits without validating
  /// its own writes, as a tampered conductor would, and publishes what it wrote.
  public func actAsBadActor(_ on: Bool) { skipsInlineValidation.store(on, ordering: .relaxed) }

  /// The installed cell `id`.
  public func cell(_ id: CellId) throws(ConductorError) -> Cell {
    guard let cell = state.withLock({ $0.cells[id] }) else { throw .noSuchCell(id) }
    return cell
  }

  /// Every running cell id.
  public var cellIds: [CellId] { state.withLock { Array($0.cells.keys) } }

  /// The installed app `id`.
  public func app(_ id: String) throws(ConductorError) -> InstalledApp {
    guard let app = state.withLock({ $0.apps[id] }) else { throw .noSuchApp(id) }
    return app
  }

  /// Every installed app, by id.
  public var apps: [InstalledApp] { state.withLock { $0.apps.values.sorted { $0.id < $1.id } } }

  /// The host functions zomes may import (`list_wasm_host_functions`), sorted.
  public var hostFunctionNames: [String] { modules.hostFunctions.importNames }

  /// The DNA with this hash, if an installed app uses it.
  public func dna(_ hash: DnaHash) -> DnaFile? { state.withLock { $0.dnas[hash] } }

  /// Every DNA installed apps use.
  public var dnaHashes: [DnaHash] { state.withLock { Array($0.dnas.keys) } }

  /// Calls `handler` with every signal a zome emits from now on, until ``removeSignalHandler(_:)`` with the
  /// returned id.
  @discardableResult
  public func onSignal(_ handler: @escaping @Sendable (AppSignalEvent) -> Void) -> UUID {
    let id = UUID()
    signalHandlers.withLock { $0[id] = handler }
    return id
  }

  /// Stops calling the handler `id` (from ``onSignal(_:)``).
  public func removeSignalHandler(_ id: UUID) {
    _ = signalHandlers.withLock { $0.removeValue(forKey: id) }
  }

  func deliver(_ signals: [(zome: String, payload: ExternIO)], from cell: CellId) {
    guard !signals.isEmpty else { return }
    let handlers = signalHandlers.withLock { Array($0.values) }
    for (zome, payload) in signals {
      let event = AppSignalEvent(cell: cell, zomeName: zome, payload: payload)
      for handler in handlers { handler(event) }
    }
  }

  /// Lets `cell` take calls.
  func register(_ cell: Cell) throws(ConductorError) {
    try state.withLock { (state: inout State) throws(ConductorError) in
      guard state.cells[cell.id] == nil else { throw .cellExists(cell.id) }
      state.cells[cell.id] = cell
    }
  }

  /// Stops `id` taking calls (its data stays).
  func unregister(_ id: CellId) {
    _ = state.withLock { $0.cells.removeValue(forKey: id) }
  }
}
