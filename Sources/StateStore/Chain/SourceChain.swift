public import HoloCore
import GRDB

/// One cell's source chain, in the cell's authored database.
///
/// ```swift
/// let chain = try store.sourceChain(for: cellId, signer: KeystoreSigner(keystore: keystore))
/// try chain.genesis(membraneProof: nil)
/// let workspace = try chain.workspace()
/// try workspace.append(.create(CreateData(entryType: type, entryHash: entry.hash())), entry: entry)
/// try workspace.flush(ordering: .strict)
/// ```
public final class SourceChain: Sendable {
  /// The cell whose chain this is.
  public let cellId: CellId
  let database: DatabasePool
  let signer: any ActionSigner

  init(cellId: CellId, database: DatabasePool, signer: any ActionSigner) {
    self.cellId = cellId
    self.database = database
    self.signer = signer
  }

  /// The agent who authors this chain.
  public var agent: AgentPubKey { cellId.agent }

  /// The newest committed action, or `nil` for an empty chain.
  public func head() throws(StateStoreError) -> ChainHead? {
    try database.reading { db in try ChainRows.head(db, author: agent) }
  }

  /// Writes the three genesis actions (Dna, AgentValidationPkg, Create of the agent key) in one transaction.
  @discardableResult
  public func genesis(membraneProof: MembraneProof?, timestamp: Timestamp = .now()) throws(StateStoreError)
    -> [SignedActionHashed]
  {
    let workspace = try self.workspace()
    guard workspace.asAt == nil else { throw .genesisAlreadyDone }
    try workspace.append(.dna(DnaData(dnaHash: cellId.dnaHash)), timestamp: timestamp)
    try workspace.append(.agentValidationPkg(AgentValidationPkgData(membraneProof: membraneProof)), timestamp: timestamp)
    let agentEntry = Entry.agent(agent)
    try workspace.append(
      .create(CreateData(entryType: .agentPubKey, entryHash: agentEntry.hash())), entry: agentEntry, timestamp: timestamp)
    do {
      return try workspace.flush(ordering: .strict)
    } catch .headMoved {
      throw .genesisAlreadyDone
    }
  }

  /// A workspace whose reads and writes build on the chain as it is now.
  public func workspace() throws(StateStoreError) -> Workspace {
    Workspace(chain: self, asAt: try head())
  }

  /// The committed records `filter` selects.
  public func query(_ filter: ChainQueryFilter) throws(StateStoreError) -> [HoloCore.Record] {
    try workspace().query(filter)
  }

  /// A committed record of this chain by action hash.
  public func record(_ hash: ActionHash) throws(StateStoreError) -> HoloCore.Record? {
    try database.reading { db in try ChainRows.record(db, hash: hash) }
  }

  /// The chain ops this chain has authored, with their validation state, oldest first. They include the
  /// `CreateEntry` ops of private entries, which only their author holds: never publish those.
  public func authoredOps() throws(StateStoreError) -> [StoredOp] {
    try database.reading { db in try OpRows.all(db) }
  }
}
