// Creating, deleting, reading and counting links (hdk's `link` module), and the link query builder.

extension LinkTag {
  /// An empty tag (hdk's `()` tag).
  public static var empty: LinkTag { LinkTag(bytes: []) }

  /// The tag's bytes are the UTF-8 of `text` (how most apps tag links with plain strings).
  ///
  /// ```swift
  /// let tag = LinkTag(utf8: "2024-06")
  /// ```
  public init(utf8 text: String) { self.init(bytes: Array(text.utf8)) }
}

/// Links `base` to `target` with the link type `type` and `tag` (hdk's `create_link`).
///
/// ```swift
/// try createLink(base: postHash, target: commentHash, type: LinkTypes.postToComments)
/// ```
public func createLink<B: HoloHashType, T: HoloHashType, L: ZomeLinkTypes>(
  base: HoloHash<B>, target: HoloHash<T>, type: L, tag: LinkTag = .empty,
  chainTopOrdering: ChainTopOrdering = .strict
) throws(WasmError) -> ActionHash {
  let scoped = try type.scoped()
  return try createLink(
    base: base, target: target, scopedType: scoped, tag: tag, chainTopOrdering: chainTopOrdering)
}

/// Links `base` to `target` with an already resolved link type.
///
/// ```swift
/// try createLink(base: a, target: b, scopedType: ScopedLinkType(zomeIndex: ZomeIndex(0), zomeType: LinkType(1)))
/// ```
public func createLink<B: HoloHashType, T: HoloHashType>(
  base: HoloHash<B>, target: HoloHash<T>, scopedType: ScopedLinkType, tag: LinkTag = .empty,
  chainTopOrdering: ChainTopOrdering = .strict
) throws(WasmError) -> ActionHash {
  try HostFn.createLink(
    CreateLinkInput(
      baseAddress: try base.anyLinkableHash(), targetAddress: try target.anyLinkableHash(),
      zomeIndex: scopedType.zomeIndex, linkType: scopedType.zomeType, tag: tag, chainTopOrdering: chainTopOrdering))
}

/// Deletes the link created by the `CreateLink` action `createLinkHash` (hdk's `delete_link`); `options` say
/// how to find that action when it is not local.
///
/// ```swift
/// for link in try getLinks(query) { try deleteLink(link.createLinkHash) }
/// ```
public func deleteLink(
  _ createLinkHash: ActionHash, options: GetOptions = .network, chainTopOrdering: ChainTopOrdering = .strict
) throws(WasmError) -> ActionHash {
  try HostFn.deleteLink(
    DeleteLinkInput(address: createLinkHash, chainTopOrdering: chainTopOrdering, getOptions: options))
}

extension LinkQuery {
  /// A query for the links of `types` on `base` (hdk's `LinkQuery::try_new`); narrow it with
  /// ``tagPrefix(_:)``, ``after(_:)``, ``before(_:)`` and ``author(_:)``.
  ///
  /// ```swift
  /// let query = try LinkQuery(base: postHash, types: LinkTypes.postToComments)
  ///   .tagPrefix(LinkTag(utf8: "2024"))
  ///   .author(me)
  /// ```
  public init<B: HoloHashType, F: LinkTypeFilterConvertible>(base: HoloHash<B>, types: F) throws(WasmError) {
    self.init(base: try base.anyLinkableHash(), linkType: try types.linkTypeFilter())
  }

  /// Only links whose tag starts with `prefix`.
  public func tagPrefix(_ prefix: LinkTag) -> LinkQuery {
    var query = self
    query.tagPrefix = prefix
    return query
  }

  /// Only links created after `timestamp`.
  public func after(_ timestamp: Timestamp) -> LinkQuery {
    var query = self
    query.after = timestamp
    return query
  }

  /// Only links created before `timestamp`.
  public func before(_ timestamp: Timestamp) -> LinkQuery {
    var query = self
    query.before = timestamp
    return query
  }

  /// Only links created by `agent`.
  public func author(_ agent: AgentPubKey) -> LinkQuery {
    var query = self
    query.author = agent
    return query
  }
}

/// The live links matching `query` (hdk's `get_links`).
///
/// ```swift
/// let comments = try getLinks(LinkQuery(base: postHash, types: LinkTypes.postToComments))
/// ```
public func getLinks(_ query: LinkQuery, strategy: GetStrategy = .network) throws(WasmError) -> [Link] {
  let answers = try HostFn.getLinks([GetLinksInput(query: query, getOptions: GetOptions(strategy: strategy))])
  var links: [Link] = []
  for answer in answers { links.append(contentsOf: answer) }
  return links
}

/// Every `CreateLink` matching `query`, live or deleted, with the `DeleteLink`s on it (hdk's
/// `get_links_details`).
///
/// ```swift
/// let details = try getLinksDetails(LinkQuery(base: postHash, types: AllLinkTypes()))
/// ```
public func getLinksDetails(_ query: LinkQuery, strategy: GetStrategy = .network) throws(WasmError) -> LinkDetails {
  let answers = try HostFn.getLinksDetails(
    [GetLinksInput(query: query, getOptions: GetOptions(strategy: strategy))])
  guard answers.count == 1 else {
    throw .guest("get_links_details: the host answered \(answers.count) times for one request")
  }
  return answers[0]
}

/// How many live links match `query`, as the base's authorities count them (hdk's `count_links`).
///
/// ```swift
/// let count = try countLinks(LinkQuery(base: postHash, types: LinkTypes.postToComments))
/// ```
public func countLinks(_ query: LinkQuery) throws(WasmError) -> Int { try HostFn.countLinks(query) }

extension Link {
  /// The link's type, if it is one of `L` in `types` (the calling zome's `zome_info().zome_types`).
  public func linkType<L: ZomeLinkTypes>(_: L.Type, in types: ScopedZomeTypesSet) -> L? {
    L(ScopedLinkType(zomeIndex: zomeIndex, zomeType: linkType), in: types)
  }
}
