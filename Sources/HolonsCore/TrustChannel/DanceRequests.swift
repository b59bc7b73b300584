/// Builders for the requests of the holons zome's dances, shared by every initiator.
public enum DanceRequests {
  /// `commit`: persist every staged holon of the session's transaction.
  public static func commit() -> DanceRequest { DanceRequest(danceName: "commit") }

  /// `stage_new_holon`: stage `holon` (a transient holon) in the session's nursery.
  public static func stageNewHolon(_ holon: TransientHolon) -> DanceRequest {
    DanceRequest(danceName: "stage_new_holon", body: .holon(.transient(holon)))
  }

  /// `get_all_holons`: every saved holon of the space, as smart references carrying their properties.
  public static func getAllHolons() -> DanceRequest { DanceRequest(danceName: "get_all_holons") }

  /// `get_holon_by_id`: the saved holon `id`.
  public static func getHolonById(_ id: HolonId) -> DanceRequest {
    DanceRequest(danceName: "get_holon_by_id", body: .holonId(id))
  }

  /// `delete_holon`: delete the saved holon `id`.
  public static func deleteHolon(_ id: LocalId) -> DanceRequest {
    DanceRequest(danceName: "delete_holon", danceType: .deleteMethod(id))
  }

  /// `fetch_all_related_holons`: every relationship of the holon `source`.
  public static func fetchAllRelatedHolons(_ source: HolonReferenceWire) -> DanceRequest {
    DanceRequest(danceName: "fetch_all_related_holons", danceType: .commandMethod(source))
  }

  /// `query_relationships`: follow `relationship` from each source holon of `nodes`.
  public static func queryRelationships(_ nodes: NodeCollection, _ relationship: RelationshipName) -> DanceRequest {
    DanceRequest(
      danceName: "query_relationships", danceType: .queryMethod(nodes),
      body: .queryExpression(QueryExpression(relationshipName: relationship)))
  }

  /// `load_holons`: load the load set held by the transient holon `loadSet`.
  public static func loadHolons(_ loadSet: TransientReferenceWire) -> DanceRequest {
    DanceRequest(danceName: "load_holons", body: .transientReference(loadSet))
  }
}
