public import HoloCore

/// A chain op as a store holds it: where it goes, and how far validation and integration have come.
public struct StoredOp: Hashable, Sendable {
  public var hash: DhtOpHash
  public var actionHash: ActionHash
  public var type: ChainOpType
  public var basis: AnyLinkableHash
  public var validationStatus: OpValidationStatus
  /// When the op was integrated, `nil` while it is not.
  public var integratedAt: Timestamp?
  public var storedAt: Timestamp
  /// How many validation receipts the author has for it.
  public var receiptCount: Int
}
