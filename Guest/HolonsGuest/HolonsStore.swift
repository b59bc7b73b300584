// Saved holons on the source chain and the DHT: HolonNode entries, the anchors that list them and the space,
// and the smart links between them.
public import HDK
public import HolonsCore

/// Reads and writes saved holons with the HDK.
public enum HolonsStore {
  static let anchorType = "holons"

  /// The anchor every saved holon is linked from, ensured (its path links written the first time).
  static func ensureAllHolonsAnchor() throws(WasmError) -> EntryHash {
    try anchor(HolonsLinkTypes.anchor, type: anchorType, text: "all_holons")
  }

  /// The anchor's entry hash, without writing anything.
  static func allHolonsAnchorHash() throws(WasmError) -> EntryHash {
    try Anchor(type: anchorType, text: "all_holons").typedPath(HolonsLinkTypes.anchor).entryHash()
  }

  /// Writes what every dance relies on — the all-holons anchor and the local space — so that dances find them
  /// already saved. Call it from `init`: a re-entrant dance (a → b → a) then has nothing left to create, and
  /// two calls never race to create them on one chain.
  public static func prepare() throws(WasmError) {
    _ = try ensureAllHolonsAnchor()
    _ = try ensureLocalSpace()
  }

  /// The local holon space's holon, created (with its anchor link) the first time.
  public static func ensureLocalSpace() throws(WasmError) -> LocalId {
    let base = try Anchor(type: anchorType, text: "local_space").typedPath(HolonsLinkTypes.anchor).entryHash()
    let links = try getLinks(try LinkQuery(base: base, types: HolonsLinkTypes.localSpace), strategy: .local)
    if let first = links.min(by: { $0.timestamp < $1.timestamp }), let hash = ActionHash(first.target) {
      return LocalId(hash)
    }
    let info = try dnaInfo()
    let space = HolonNode(propertyMap: [
      CoreNames.key: .string(MapString("LocalHolonSpace")), "name": .string(MapString(info.name)),
      "type": .string("HolonSpace"),
    ])
    let spaceHash = try createEntry(space)
    let anchorHash = try anchor(HolonsLinkTypes.anchor, type: anchorType, text: "local_space")
    _ = try createLink(base: anchorHash, target: spaceHash, type: HolonsLinkTypes.localSpace)
    return LocalId(spaceHash)
  }

  /// Saves a new holon and lists it under the all-holons anchor (written by ``prepare()``). Dance writes use relaxed chain-top ordering,
  /// so that a dance whose nested dances wrote to this same chain (a → b → a) still commits.
  public static func create(_ node: HolonNode) throws(WasmError) -> LocalId {
    let hash = try createEntry(node, chainTopOrdering: .relaxed)
    _ = try createLink(
      base: try allHolonsAnchorHash(), target: hash, type: HolonsLinkTypes.allHolons, chainTopOrdering: .relaxed)
    return LocalId(hash)
  }

  /// The saved holon `id`; `nil` when there is none, it is not a holon, or it was deleted.
  public static func fetch(_ id: LocalId) throws(WasmError) -> SavedHolon? {
    guard let hash = id.actionHash, case .record(let details)? = try getDetails(hash) else { return nil }
    guard details.deletes.isEmpty, let node = try? details.record.entry(as: HolonNode.self) else { return nil }
    return SavedHolon(savedId: id, properties: node.propertyMap, originalId: node.originalId)
  }

  /// The ids of every saved holon, oldest link first.
  public static func allHolonIds() throws(WasmError) -> [LocalId] {
    let links = try getLinks(try LinkQuery(base: try allHolonsAnchorHash(), types: HolonsLinkTypes.allHolons))
    var ids: [LocalId] = []
    for link in links.sorted(by: { $0.timestamp < $1.timestamp }) {
      if let hash = ActionHash(link.target), !ids.contains(LocalId(hash)) { ids.append(LocalId(hash)) }
    }
    return ids
  }

  /// Deletes the holon `id` and its all-holons link.
  public static func delete(_ id: LocalId) throws(WasmError) {
    guard let hash = id.actionHash else { throw .guest("\(id) is not an action hash") }
    _ = try deleteEntry(hash, chainTopOrdering: .relaxed)
    let target = try hash.anyLinkableHash()
    for link in try getLinks(try LinkQuery(base: try allHolonsAnchorHash(), types: HolonsLinkTypes.allHolons))
    where link.target == target {
      _ = try deleteLink(link.createLinkHash, chainTopOrdering: .relaxed)
    }
  }

  /// Links `source` to `target` under `relationship`, the target's key in the tag.
  public static func link(
    _ source: LocalId, _ relationship: RelationshipName, _ target: LocalId, targetKey: MapString?
  ) throws(WasmError) {
    guard let base = source.actionHash, let to = target.actionHash else {
      throw .guest("smart links join action hashes")
    }
    let tag = SmartLinkTag(relationship: relationship, targetKey: targetKey).tag
    _ = try createLink(
      base: base, target: to, type: HolonsLinkTypes.smartLink, tag: tag, chainTopOrdering: .relaxed)
  }

  /// One smart link read back.
  public struct Related {
    public var relationship: RelationshipName
    public var target: LocalId
    public var targetKey: MapString?
  }

  /// The smart links from `source` (only `relationship`'s when given), oldest first.
  public static func related(_ source: LocalId, relationship: RelationshipName? = nil) throws(WasmError) -> [Related] {
    guard let base = source.actionHash else { return [] }
    var query = try LinkQuery(base: base, types: HolonsLinkTypes.smartLink)
    if let relationship { query = query.tagPrefix(SmartLinkTag.prefix(of: relationship)) }
    var found: [Related] = []
    for link in try getLinks(query).sorted(by: { $0.timestamp < $1.timestamp }) {
      guard let target = ActionHash(link.target), case .success(let tag) = SmartLinkTag.parse(link.tag) else {
        continue
      }
      found.append(Related(relationship: tag.relationship, target: LocalId(target), targetKey: tag.targetKey))
    }
    return found
  }
}
