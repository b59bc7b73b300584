public import HoloCore
public import Ribosome
public import StateStore

/// Why a conductor operation failed. A failed zome call writes nothing.
public enum ConductorError: Error, Sendable {
  /// No cell with this id is installed.
  case noSuchCell(CellId)
  /// No app with this id, or no role of that name in it.
  case noSuchApp(String)
  case noSuchRole(app: String, role: String)
  /// A cell with this id is already installed.
  case cellExists(CellId)
  /// An app with this id is already installed.
  case appExists(String)
  /// The `installed_app_id` is not acceptable (empty, too long, control characters).
  case invalidAppId(id: String, reason: String)
  /// The operation does not fit the app's (or clone's) state, e.g. enabling an app awaiting membrane proofs.
  case invalidAppState(String)
  /// The role already has as many clones as its `clone_limit` allows.
  case cloneLimitReached(role: String, limit: Int)
  /// No clone with this id (or DNA hash) in the app.
  case noSuchClone(String)
  /// The keystore failed (e.g. generating the app's agent key).
  case keystore(String)
  /// The DNA is malformed: a zome's wasm is missing, a dependency unknown, a callback answered nonsense.
  case invalidDna(String)
  /// The zome call ran and failed (guest error, trap, fuel, memory, ABI).
  case ribosome(RibosomeError)
  /// `genesis_self_check` refused the agent or its membrane proof.
  case genesisFailed(String)
  /// `init` failed, so the cell takes no calls until it passes.
  case initFailed(zome: String, reason: String)
  /// A record the call wrote failed validation; nothing was written (Holochain's InvalidCommit).
  case invalidCommit(String)
  /// Validation needs data this node does not hold; nothing was written.
  case incompleteCommit(String)
  /// The caller may not call this function (no grant matches).
  case unauthorized(zome: String, function: String)
  /// Reading or writing the databases failed, or the chain head moved under a strict call.
  case state(StateStoreError)
  /// The network could not start, or a peer could not be reached.
  case network(String)
}

extension ConductorError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .noSuchCell(let cell): return "no cell \(cell.dnaHash) / \(cell.agent) is installed"
    case .noSuchApp(let app): return "no app \(app) is installed"
    case .noSuchRole(let app, let role): return "app \(app) has no role \(role)"
    case .cellExists(let cell): return "cell \(cell.dnaHash) / \(cell.agent) is already installed"
    case .appExists(let app): return "an app \(app) is already installed"
    case .invalidAppId(let id, let reason): return "the installed_app_id \"\(id)\" is refused: \(reason)"
    case .invalidAppState(let reason): return reason
    case .cloneLimitReached(let role, let limit): return "role \(role) already has its \(limit) clones (clone_limit)"
    case .noSuchClone(let clone): return "no clone cell \(clone)"
    case .keystore(let reason): return "keystore: \(reason)"
    case .invalidDna(let reason): return "invalid DNA: \(reason)"
    case .ribosome(let error): return "\(error)"
    case .network(let reason): return "network: \(reason)"
    case .genesisFailed(let reason): return "genesis failed: \(reason)"
    case .initFailed(let zome, let reason): return "init of zome \(zome) failed: \(reason)"
    case .invalidCommit(let reason): return "Validation failed while committing: \(reason)"
    case .incompleteCommit(let reason): return "the commit needs data this node does not hold yet: \(reason)"
    case .unauthorized(let zome, let function): return "unauthorized to call \(zome)/\(function)"
    case .state(let error): return "\(error)"
    }
  }
}
