import HDK
public import HolonsCore

/// `stage_new_holon`: body `Holon(Transient)` → `HolonReference(Staged)`, the holon staged in the session's
/// nursery (a holon with the same key already staged is a 409 DuplicateError).
func stageNewHolonDance(_ request: DanceRequest, _ context: GuestDanceContext) throws(HolonError) -> DanceResponse {
  guard case .holon(.transient(let holon)) = request.body else {
    throw .invalidParameter("stage_new_holon takes a transient holon")
  }
  let reference = try context.transaction.stageNewHolon(holon)
  return ok(.holonReference(.staged(reference)))
}
