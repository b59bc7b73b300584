public import HoloCore
public import Keystore
public import StateStore
import Synchronization

/// What a host function may do in the current call (Holochain's `HostFnAccess`, coarser).
public struct HostAccess: OptionSet, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// agent_info, dna_info, zome_info, call_info.
  public static let info = HostAccess(rawValue: 1 << 0)
  /// Read the source chain and the DHT (query, get, get_links…).
  public static let readChain = HostAccess(rawValue: 1 << 1)
  /// Write the source chain (create, update, delete, links, grants…).
  public static let writeChain = HostAccess(rawValue: 1 << 2)
  /// Time, randomness and other non-deterministic input.
  public static let nonDeterministic = HostAccess(rawValue: 1 << 3)
  /// Sign and decrypt with the agent's keys.
  public static let keystore = HostAccess(rawValue: 1 << 4)
  /// Call other zomes and cells, emit signals.
  public static let calls = HostAccess(rawValue: 1 << 5)
  /// Read data that must already be valid on the DHT (`must_get_*`), the only reads validation may make.
  public static let mustGet = HostAccess(rawValue: 1 << 6)

  /// Verify signatures and decrypt: Holochain's `keystore_deterministic`, which validation may use.
  public static let keystoreDeterministic = HostAccess(rawValue: 1 << 7)

  /// A zome function called by a client or another zome.
  public static let zomeCall: HostAccess = [
    .info, .readChain, .writeChain, .nonDeterministic, .keystore, .keystoreDeterministic, .calls, .mustGet,
  ]
  /// `init`: a zome call that runs once per cell.
  public static let initialization: HostAccess = zomeCall
  /// `post_commit`: everything but writing the chain.
  public static let postCommit: HostAccess = [
    .info, .readChain, .nonDeterministic, .keystore, .keystoreDeterministic, .calls, .mustGet,
  ]
  /// `validate` and `genesis_self_check`: deterministic reads and signature checks only.
  public static let validation: HostAccess = [.info, .mustGet, .keystoreDeterministic]
  /// `entry_defs` and the type-count callbacks: nothing at all.
  public static let none: HostAccess = []
}

/// Why the guest is running: a zome function or one of the callbacks. Decides what a missing `must_get_*`
/// dependency does (an error in a zome call, `UnresolvedDependencies` in `validate` and `init`).
public enum CallKind: Hashable, Sendable {
  case zomeCall
  case initialization
  case validation
  case genesisSelfCheck
  case postCommit
  case entryDefs
  case scheduled
  case remoteSignal
}

/// Side effects of a call that only happen if its writes commit: signals and schedules. Nested calls into
/// the same cell share one.
public final class CallEffects: Sendable {
  private let state = Mutex(State())
  private struct State {
    var signals: [(zome: String, payload: ExternIO)] = []
    var schedules: [(zome: String, function: String)] = []
    var traces: [String] = []
    var relaxed = false
  }

  public init() {}

  /// The signals emitted, in order, with the zome that emitted each.
  public var signals: [(zome: String, payload: ExternIO)] { state.withLock { $0.signals } }
  /// The functions scheduled, in order, each once.
  public var schedules: [(zome: String, function: String)] { state.withLock { $0.schedules } }
  /// The lines traced, in order.
  public var traces: [String] { state.withLock { $0.traces } }

  /// Whether a write asked for relaxed chain-top ordering: then the flush rebases instead of failing.
  public var relaxedOrdering: Bool { state.withLock { $0.relaxed } }

  func relax() { state.withLock { $0.relaxed = true } }
  func emit(_ signal: ExternIO, zome: String) { state.withLock { $0.signals.append((zome, signal)) } }
  func schedule(_ function: String, zome: String) {
    state.withLock { state in
      if !state.schedules.contains(where: { $0 == (zome, function) }) { state.schedules.append((zome, function)) }
    }
  }
  func trace(_ line: String) { state.withLock { $0.traces.append(line) } }
}

/// One zome call as host functions see it: whose cell, which zome and function, what it may touch, the
/// workspace its writes go to, and the conductor around it.
///
/// A context belongs to one call on one thread; nested calls into the same cell share its workspace and effects.
public final class ZomeCallContext: Sendable {
  public let cell: CellId
  /// The cell's DNA with its zomes' declared types.
  public let dna: DnaLayout
  public let zomeName: String
  public let functionName: String
  /// The agent that made the call (the chain author for local calls).
  public let provenance: AgentPubKey
  /// The grant that authorised the call (`call_info`); the cell's own agent by default.
  public let capGrant: CapGrant
  public let access: HostAccess
  /// Why the guest runs.
  public let kind: CallKind
  /// The call's workspace, when it may read or write the chain.
  public let workspace: Workspace?
  /// The DNA's DHT database: what this conductor holds as an authority.
  public let dht: DhtStore?
  /// The DNA's cache database: what this node fetched from other authorities.
  public let cache: DhtStore?
  /// The conductor's network, for reads this node cannot answer alone.
  public let network: (any CascadeNetwork)?
  /// The keystore holding the agent's keys.
  public let keystore: Keystore?
  /// The conductor, for calls, remote signals and clones.
  public let host: (any ZomeCallHost)?
  /// Signals, schedules and traces waiting for the call to commit.
  public let effects: CallEffects
  /// How deep this call is nested (1 for a call from outside).
  public let depth: Int
  /// Stops this call and the calls nested in it (deadline, or nobody waiting); nested calls share it.
  public let interrupt: CallInterrupt

  public init(
    cell: CellId, dna: DnaLayout, zomeName: String, functionName: String, provenance: AgentPubKey,
    capGrant: CapGrant? = nil, access: HostAccess, kind: CallKind = .zomeCall, workspace: Workspace? = nil,
    dht: DhtStore? = nil, cache: DhtStore? = nil, network: (any CascadeNetwork)? = nil, keystore: Keystore? = nil,
    host: (any ZomeCallHost)? = nil, effects: CallEffects = CallEffects(), depth: Int = 1,
    interrupt: CallInterrupt = CallInterrupt()
  ) {
    self.interrupt = interrupt
    self.cell = cell
    self.dna = dna
    self.zomeName = zomeName
    self.functionName = functionName
    self.provenance = provenance
    self.capGrant = capGrant ?? .chainAuthor(cell.agent)
    self.access = access
    self.kind = kind
    self.workspace = workspace
    self.dht = dht
    self.cache = cache
    self.network = network
    self.keystore = keystore
    self.host = host
    self.effects = effects
    self.depth = depth
  }

  /// The calling zome's layout.
  public var zome: ZomeLayout? { dna.zome(named: zomeName) }

  /// Fails the host function unless the call may use `needed`.
  public func require(_ needed: HostAccess, for function: String) throws(HostFunctionFailure) {
    guard access.isSuperset(of: needed) else {
      throw .host("\(function) is not allowed in \(functionName): the host denies this call that access")
    }
  }

  /// The workspace, or a clear error when the call has none.
  public func requireWorkspace(for function: String) throws(HostFunctionFailure) -> Workspace {
    guard let workspace else { throw .host("\(function) needs a source chain, and \(functionName) has none") }
    return workspace
  }

  /// The keystore, or a clear error when the call has none.
  public func requireKeystore(for function: String) throws(HostFunctionFailure) -> Keystore {
    guard let keystore else { throw .host("\(function) needs the keystore, and this call has none") }
    return keystore
  }

  /// The conductor, or a clear error when the ribosome runs without one.
  public func requireHost(for function: String) throws(HostFunctionFailure) -> any ZomeCallHost {
    guard let host else { throw .host("\(function) needs a conductor, and this ribosome runs without one") }
    return host
  }

  /// Lines the guest traced, for tests and logs.
  public var traces: [String] { effects.traces }

  func recordTrace(_ line: String) { effects.trace(line) }
}
