public import HoloCore

/// Why a state operation failed. Nothing is written when one of these is thrown from a flush.
public enum StateStoreError: Error, Sendable {
  /// A strict flush found the chain head moved since the workspace was opened (`expected` → `actual`).
  case headMoved(expected: ChainHead?, actual: ChainHead?)
  /// Genesis was asked for a chain that already has actions.
  case genesisAlreadyDone
  /// The chain has no genesis yet, so nothing can be appended.
  case noGenesis
  /// An action cannot be rebased (a `Dna` action) or appended where it is.
  case invalidAppend(String)
  /// The signer could not sign for `agent`.
  case signingFailed(agent: AgentPubKey, reason: String)
  /// Stored bytes did not decode: the database is corrupt or from an incompatible version.
  case corruptRow(table: String, reason: String)
  /// SQLite or the file system failed.
  case database(String)
}

extension StateStoreError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .headMoved(let expected, let actual):
      return "chain head moved: expected \(expected.map { "\($0.hash)@\($0.seq)" } ?? "empty"), "
        + "found \(actual.map { "\($0.hash)@\($0.seq)" } ?? "empty")"
    case .genesisAlreadyDone: return "genesis has already been written for this chain"
    case .noGenesis: return "the chain has no genesis actions yet"
    case .invalidAppend(let reason): return "invalid append: \(reason)"
    case .signingFailed(let agent, let reason): return "could not sign as \(agent): \(reason)"
    case .corruptRow(let table, let reason): return "corrupt row in \(table): \(reason)"
    case .database(let reason): return "database error: \(reason)"
    }
  }
}
