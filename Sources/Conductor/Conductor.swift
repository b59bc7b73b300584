public import HoloCore
public import Keystore
public import Ribosome
public import StateStore
import Synchronization

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
  private let state = Mutex(State())
  private let signalHandlers = Mutex<[@Sendable (AppSignalEvent) -> Void]>([])

  private struct State {
    var cells: [CellId: Cell] = [:]
    var apps: [String: InstalledApp] = [:]
  }

  public init(
    store: StateStore, keystore: Keystore, configuration: RibosomeConfiguration = .init(),
    hostFunctions: HostFunctionTable = .holochain
  ) {
    self.store = store
    self.keystore = keystore
    self.configuration = configuration
    modules = ModuleCache(hostFunctions: hostFunctions)
  }

  /// The installed cell `id`.
  public func cell(_ id: CellId) throws(ConductorError) -> Cell {
    guard let cell = state.withLock({ $0.cells[id] }) else { throw .noSuchCell(id) }
    return cell
  }

  /// Every installed cell id.
  public var cellIds: [CellId] { state.withLock { Array($0.cells.keys) } }

  /// The installed app `id`.
  public func app(_ id: String) throws(ConductorError) -> InstalledApp {
    guard let app = state.withLock({ $0.apps[id] }) else { throw .noSuchApp(id) }
    return app
  }

  /// Calls `handler` with every signal a zome emits from now on.
  public func onSignal(_ handler: @escaping @Sendable (AppSignalEvent) -> Void) {
    signalHandlers.withLock { $0.append(handler) }
  }

  func deliver(_ signals: [(zome: String, payload: ExternIO)], from cell: CellId) {
    guard !signals.isEmpty else { return }
    let handlers = signalHandlers.withLock { $0 }
    for (zome, payload) in signals {
      let event = AppSignalEvent(cell: cell, zomeName: zome, payload: payload)
      for handler in handlers { handler(event) }
    }
  }

  func register(_ cell: Cell, app: String, role: String, agent: AgentPubKey) throws(ConductorError) {
    try state.withLock { (state: inout State) throws(ConductorError) in
      guard state.cells[cell.id] == nil else { throw .cellExists(cell.id) }
      state.cells[cell.id] = cell
      state.apps[app, default: InstalledApp(id: app, agent: agent, roles: [:])].roles[role] = cell.id
    }
  }
}
