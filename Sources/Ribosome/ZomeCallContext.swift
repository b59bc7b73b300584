public import HoloCore
public import StateStore

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

  /// A zome function called by a client or another zome.
  public static let zomeCall: HostAccess = [.info, .readChain, .writeChain, .nonDeterministic, .keystore, .calls]
  /// `validate` and `genesis_self_check`: deterministic reads only.
  public static let validation: HostAccess = [.info]
}

/// One zome call as host functions see it: whose cell, which zome and function, what it may touch, and the
/// workspace its writes go to.
///
/// A context belongs to one call on one thread; nested calls into the same cell share its workspace.
public final class ZomeCallContext: @unchecked Sendable {
  // @unchecked: a context is created for one zome call and only used on that call's thread; nested calls
  // run synchronously on the same thread.
  public let cell: CellId
  public let dnaDef: DnaDef
  public let zomeName: String
  public let functionName: String
  /// The agent that made the call (the chain author for local calls).
  public let provenance: AgentPubKey
  public let access: HostAccess
  /// The call's workspace, when it may read or write the chain.
  public let workspace: Workspace?
  /// Signs as the cell's agent.
  public let signer: (any ActionSigner)?
  /// How deep this call is nested (1 for a call from outside).
  public let depth: Int
  /// Lines the guest traced, for tests and logs.
  public private(set) var traces: [String] = []

  public init(
    cell: CellId, dnaDef: DnaDef, zomeName: String, functionName: String, provenance: AgentPubKey,
    access: HostAccess, workspace: Workspace?, signer: (any ActionSigner)?, depth: Int = 1
  ) {
    self.cell = cell
    self.dnaDef = dnaDef
    self.zomeName = zomeName
    self.functionName = functionName
    self.provenance = provenance
    self.access = access
    self.workspace = workspace
    self.signer = signer
    self.depth = depth
  }

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

  func recordTrace(_ line: String) { traces.append(line) }
}
