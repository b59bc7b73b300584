public import HoloCore

/// One op a record produces, with what the stores need to file it.
public struct ProducedOp: Hashable, Sendable {
  public var type: ChainOpType
  public var hash: DhtOpHash
  public var basis: AnyLinkableHash
}

/// Which chain ops a record produces (Holochain's `produce_ops_from_record`).
public enum ChainOps {
  /// The ops of `action`: every op type the action produces, except `CreateEntry` when `entry` is absent.
  /// As in Holochain, the author's record of a private entry holds the entry, so its author files a
  /// `CreateEntry` op for it too (and finds the entry by hash); callers that share ops with others pass the
  /// entry only when it is public (see ``DhtStore/integrateAuthored(_:at:)``).
  public static func produced(by action: SignedActionHashed, entry: Entry?) -> [ProducedOp] {
    let content = action.content
    var ops: [ProducedOp] = []
    for type in ChainOpType.producedBy(content) {
      if type == .createEntry && entry == nil { continue }
      guard let basis = type.basis(of: content, actionHash: action.hash) else { continue }
      ops.append(ProducedOp(type: type, hash: type.opHash(of: content), basis: basis))
    }
    return ops
  }
}
