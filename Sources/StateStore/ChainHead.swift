public import HoloCore

/// The newest action of a source chain: what a new action builds on.
public struct ChainHead: Hashable, Sendable {
  public var hash: ActionHash
  public var seq: UInt32
  public var timestamp: Timestamp

  public init(hash: ActionHash, seq: UInt32, timestamp: Timestamp) {
    self.hash = hash
    self.seq = seq
    self.timestamp = timestamp
  }
}

/// What a flush does when the chain head moved since its workspace opened.
public enum ChainOrdering: Sendable {
  /// Fail with ``StateStoreError/headMoved(expected:actual:)`` and write nothing.
  case strict
  /// Rebase the new actions onto the new head, re-sign them, and write them.
  case relaxed
}
