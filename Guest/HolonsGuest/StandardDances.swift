public import HDK
public import HolonsCore

/// The dances every holons coordinator answers, by name.
public enum StandardDances {
  /// The handler of the dance `name`, if it is a standard one.
  public static func handler(named name: String) -> DanceHandler? {
    switch name {
    case "commit": return commitDance
    case "stage_new_holon": return stageNewHolonDance
    case "get_all_holons": return getAllHolonsDance
    case "get_holon_by_id": return getHolonByIdDance
    case "delete_holon": return deleteHolonDance
    case "fetch_all_related_holons": return fetchAllRelatedHolonsDance
    case "query_relationships": return queryRelationshipsDance
    case "load_holons": return loadHolonsDance
    case "relay": return relayDance
    default: return nil
    }
  }
}

/// Runs HDK work inside a dance: a `WasmError` becomes `HolonError.wasmError` (500).
func hdk<T>(_ body: () throws(WasmError) -> T) throws(HolonError) -> T {
  switch Result(catching: body) {
  case .success(let value): return value
  case .failure(let error): throw .wasmError(wasmErrorText(error))
  }
}

/// A 200 response.
func ok(_ body: ResponseBody = .none, _ description: String = "Success") -> DanceResponse {
  DanceResponse(statusCode: .ok, description: MapString(description), body: body)
}

extension GuestDanceContext {
  /// The local id a reference names in this space: a smart reference to a local holon, or a staged holon that
  /// was committed. `InvalidHolonReference` otherwise.
  func localId(of reference: HolonReferenceWire) throws(HolonError) -> LocalId {
    switch reference {
    case .smart(let wire):
      guard case .local(let id) = wire.holonId else {
        throw .invalidHolonReference("\(wire.holonId) is in another holon space")
      }
      return id
    case .staged(let wire):
      guard let id = try transaction.stagedHolon(wire).committedId else {
        throw .invalidHolonReference("staged holon \(wire.id) is not committed yet")
      }
      return id
    case .transient(let wire):
      throw .invalidHolonReference("transient holon \(wire.id) is never saved")
    }
  }
}
