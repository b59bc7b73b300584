public import HDK
public import HolonsCore

/// Everything a dance running in a guest works with: the transaction rebuilt from the incoming session, this
/// guest's holon space, the translation to the caller's space when that differs, the lineage, and a trust
/// channel for dances of its own (MAP's guest context with `GuestConductorConfig`).
public final class GuestDanceContext {
  /// The caller's transaction, in this space's view.
  public let transaction: TransactionContext
  /// This guest's local holon space.
  public let ownSpace: LocalId
  /// How ids translate to and from the caller's space; `nil` within one space.
  public let translation: SpaceTranslation?
  /// This DNA's settings for holons.
  public let settings: HolonsSettings
  /// Set when a dance this one started was aborted for its lineage — by a guest's policy, or by the
  /// conductor's bound on nested calls: the abort, typed. The `dance` extern then fails the whole zome call
  /// (carrying the abort as a ``DanceAbortSignal``) so that nothing this branch wrote is kept.
  public private(set) var abortedLineage: HolonError?

  init(transaction: TransactionContext, ownSpace: LocalId, translation: SpaceTranslation?, settings: HolonsSettings) {
    self.transaction = transaction
    self.ownSpace = ownSpace
    self.translation = translation
    self.settings = settings
  }

  /// Starts `request` as a dance of its own, in `zome` of `target` (this cell, another cell or another role),
  /// through a trust channel over the HDK `call`: the session goes with it and comes back into
  /// ``transaction``. Never throws: failures are responses.
  public func initiateDance(
    _ request: DanceRequest, to target: CallTargetCell, zome: String = "holons"
  ) -> DanceResponse {
    let channel = TrustChannel(
      transport: ZomeCallDanceTransport(caller: HDKZomeCaller(), target: target, zome: zome))
    let response = channel.initiateDance(request, in: transaction)
    guard response.statusCode == .serverError else { return response }
    if let abort = DanceAbortSignal.abort(in: response.description.value) {
      abortedLineage = abort
      return .fromError(abort)
    } else if let limit = NestedCallRefusal.limit(in: response.description.value) {
      // The conductor refused to nest one more call: the same abort, caught one level lower.
      let path = transaction.lineage.map { $0.description } + ["(next call refused)"]
      let error = HolonError.danceLineageAborted(
        reason: "the conductor's bound: zome calls nested deeper than \(limit)", path: path)
      abortedLineage = error
      return .fromError(error)
    }
    return response
  }

  /// A smart reference, in this transaction, to the saved holon `id` of this space.
  public func reference(_ id: LocalId, properties: PropertyMap? = nil) -> HolonReferenceWire {
    transaction.smartReference(.local(id), properties: properties)
  }
}
