import HDK
public import HolonsCore

/// `get_all_holons`: → `HolonCollection` of smart references to every saved holon, each carrying its properties
/// and indexed by key.
func getAllHolonsDance(_ request: DanceRequest, _ context: GuestDanceContext) throws(HolonError) -> DanceResponse {
  var collection = HolonCollection()
  for id in try hdk({ () throws(WasmError) in try HolonsStore.allHolonIds() }) {
    guard let holon = try hdk({ () throws(WasmError) in try HolonsStore.fetch(id) }) else { continue }
    collection.append(context.reference(id, properties: holon.propertyMap), key: try Holon.saved(holon).key())
  }
  return ok(.holonCollection(collection))
}

/// `get_holon_by_id`: body `HolonId` → `Holon(Saved)`; 404 when there is none.
func getHolonByIdDance(_ request: DanceRequest, _ context: GuestDanceContext) throws(HolonError) -> DanceResponse {
  guard case .holonId(let id) = request.body else { throw .invalidParameter("get_holon_by_id takes a HolonId") }
  guard case .local(let local) = id else { throw .holonNotFound("\(id) is in another holon space") }
  guard let holon = try hdk({ () throws(WasmError) in try HolonsStore.fetch(local) }) else {
    throw .holonNotFound("no saved holon \(local)")
  }
  return ok(.holon(.saved(holon)))
}

/// `delete_holon`: dance type `DeleteMethod(LocalId)` → no body; 404 when there is no such holon.
func deleteHolonDance(_ request: DanceRequest, _ context: GuestDanceContext) throws(HolonError) -> DanceResponse {
  guard case .deleteMethod(let id) = request.danceType else {
    throw .invalidParameter("delete_holon is a DeleteMethod dance")
  }
  guard try hdk({ () throws(WasmError) in try HolonsStore.fetch(id) }) != nil else {
    throw .holonNotFound("no saved holon \(id)")
  }
  try hdk { () throws(WasmError) in try HolonsStore.delete(id) }
  return ok(.none, "Deleted \(id)")
}

/// `fetch_all_related_holons`: dance type `CommandMethod(source)` → `NodeCollection` with one node: the source
/// and, per relationship, its related holons (smart references indexed by key).
func fetchAllRelatedHolonsDance(
  _ request: DanceRequest, _ context: GuestDanceContext
) throws(HolonError) -> DanceResponse {
  guard case .commandMethod(let source) = request.danceType else {
    throw .invalidParameter("fetch_all_related_holons is a CommandMethod dance")
  }
  let node = try relatedNode(source, relationship: nil, context)
  return ok(.nodeCollection(NodeCollection(members: [node])))
}

/// `query_relationships`: dance type `QueryMethod(nodes)`, body `QueryExpression` → the nodes, each with the
/// holons its relationship reaches.
func queryRelationshipsDance(_ request: DanceRequest, _ context: GuestDanceContext) throws(HolonError) -> DanceResponse {
  guard case .queryMethod(let nodes) = request.danceType, case .queryExpression(let query) = request.body else {
    throw .invalidParameter("query_relationships is a QueryMethod dance with a QueryExpression")
  }
  var members: [Node] = []
  for node in nodes.members {
    members.append(try relatedNode(node.sourceHolon, relationship: query.relationshipName, context))
  }
  return ok(.nodeCollection(NodeCollection(members: members, querySpec: query)))
}

/// `source` with the holons its smart links reach (only `relationship`'s when given).
func relatedNode(
  _ source: HolonReferenceWire, relationship: RelationshipName?, _ context: GuestDanceContext
) throws(HolonError) -> Node {
  let id = try context.localId(of: source)
  var grouped: [Node.RelatedHolons] = []
  if let relationship { grouped.append(Node.RelatedHolons(name: relationship, holons: HolonCollection())) }
  for link in try hdk({ () throws(WasmError) in try HolonsStore.related(id, relationship: relationship) }) {
    let target = context.reference(link.target, properties: try hdk { () throws(WasmError) in
      try HolonsStore.fetch(link.target)?.propertyMap
    })
    if let index = grouped.firstIndex(where: { $0.name == link.relationship }) {
      grouped[index].holons.append(target, key: link.targetKey)
    } else {
      var collection = HolonCollection()
      collection.append(target, key: link.targetKey)
      grouped.append(Node.RelatedHolons(name: link.relationship, holons: collection))
    }
  }
  return Node(sourceHolon: source, relationships: grouped)
}
