public import HoloCore

/// A record as a flush wrote it to its author's chain, with the ops it produced there (hashed once, so that
/// the steps after a commit need not hash them again).
public struct WrittenRecord: Sendable {
  public var action: SignedActionHashed
  public var entry: Entry?
  /// The ops filed in the authored database, including the `CreateEntry` op of a private entry.
  public var ops: [ProducedOp]

  public init(action: SignedActionHashed, entry: Entry?, ops: [ProducedOp]) {
    self.action = action
    self.entry = entry
    self.ops = ops
  }

  /// Whether the record's entry is private: it, and its `CreateEntry` op, never leave the author.
  public var hasPrivateEntry: Bool { action.content.entryType?.visibility == .private }
}
