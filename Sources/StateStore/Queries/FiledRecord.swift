public import HoloCore

/// A record found at a DHT basis, with the op type that filed it there.
///
/// Holochain files every op at a basis hash: a `CreateLink` at its base, a `DeleteRecord` at the deleted
/// action, an `UpdateEntry` at the original entry. Asking "what is filed at X as op type T" answers links,
/// deletes, updates and creators alike.
public struct FiledRecord: Hashable, Sendable {
  public var record: HoloCore.Record
  public var opType: ChainOpType
  /// The op's validation state where it was found (authored and uncommitted data count as valid).
  public var validationStatus: OpValidationStatus

  public init(record: HoloCore.Record, opType: ChainOpType, validationStatus: OpValidationStatus) {
    self.record = record
    self.opType = opType
    self.validationStatus = validationStatus
  }

  /// The action's hash.
  public var actionHash: ActionHash { record.signedAction.hash }
  /// The action.
  public var action: Action { record.signedAction.content }
}
