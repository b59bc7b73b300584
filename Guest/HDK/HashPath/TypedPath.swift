// A path with the link type of its tree links: creating, checking and walking the tree (hdk's `HdkPathExt`).

/// A ``Path`` with the (resolved) link type its tree links use and how to read them (hdi's `TypedPath`, with
/// hdk's `ensure`, `exists`, `children`, `children_paths` and `children_details`).
///
/// ```swift
/// let posts = try Path("forum.posts").typed(LinkTypes.tree)
/// try posts.ensure()                          // root → forum → forum.posts, each link created once
/// let children = try posts.childrenPaths()    // e.g. forum.posts.2024
/// ```
public struct TypedPath: Hashable, Sendable {
  public var linkType: ScopedLinkType
  public var path: Path
  /// Where reads look (`Network` by default).
  public var strategy: GetStrategy

  public init(_ path: Path, linkType: ScopedLinkType, strategy: GetStrategy = .network) {
    self.path = path
    self.linkType = linkType
    self.strategy = strategy
  }

  /// The path's entry hash.
  public func entryHash() -> EntryHash { path.entryHash() }

  /// The parent path, with the same link type and strategy; `nil` for a root or empty path.
  public var parent: TypedPath? {
    guard let parent = path.parent else { return nil }
    return TypedPath(parent, linkType: linkType, strategy: strategy)
  }

  /// Whether the link from the parent (or, for a one-component path, from the root) to this path exists
  /// (hdk's `exists`: links of this type from the parent, with the leaf's tag as prefix, to this hash).
  public func exists() throws(WasmError) -> Bool {
    guard !path.components.isEmpty else { return false }
    let base: EntryHash
    if path.isRoot {
      base = Path.rootHash()
    } else {
      guard let parent = path.parent else { return false }
      base = parent.entryHash()
    }
    let target = try entryHash().anyLinkableHash()
    let query = LinkQuery(
      base: try base.anyLinkableHash(), linkType: .single(zomeIndex: linkType.zomeIndex, linkType: linkType.zomeType)
    ).tagPrefix(path.makeTag())
    for link in try getLinks(query, strategy: strategy) where link.target == target { return true }
    return false
  }

  /// Creates the links of this path's branch that are missing, from the root down (hdk's `ensure`).
  public func ensure() throws(WasmError) {
    guard try !exists() else { return }
    if path.isRoot {
      _ = try createLink(base: Path.rootHash(), target: entryHash(), scopedType: linkType, tag: path.makeTag())
    } else if let parent {
      try parent.ensure()
      _ = try createLink(base: parent.entryHash(), target: entryHash(), scopedType: linkType, tag: path.makeTag())
    }
  }

  /// The links to this path's children, one per distinct tag, sorted by tag bytes; ensures the path first
  /// (hdk's `children`).
  public func children() throws(WasmError) -> [Link] {
    try ensure()
    let query = LinkQuery(
      base: try entryHash().anyLinkableHash(),
      linkType: .single(zomeIndex: linkType.zomeIndex, linkType: linkType.zomeType))
    var links = try getLinks(query, strategy: strategy)
    links.sort { $0.tag.bytes.lexicographicallyPrecedes($1.tag.bytes) }
    var unique: [Link] = []
    for link in links where unique.last?.tag != link.tag { unique.append(link) }
    return unique
  }

  /// The children as paths: this path plus the component each child link's tag holds (hdk's
  /// `children_paths`; like hdk, the children get the default strategy).
  public func childrenPaths() throws(WasmError) -> [TypedPath] {
    var paths: [TypedPath] = []
    for link in try children() {
      var child = path
      if !link.tag.bytes.isEmpty {
        do {
          child.append(try Component(msgpack: link.tag.bytes))
        } catch {
          throw .decoding("path component", error)
        }
      }
      paths.append(TypedPath(child, linkType: linkType))
    }
    return paths
  }

  /// Every child link, live or deleted, with its deletes; ensures the path first (hdk's `children_details`,
  /// which asks with an empty tag prefix).
  public func childrenDetails() throws(WasmError) -> LinkDetails {
    try ensure()
    let query = LinkQuery(
      base: try entryHash().anyLinkableHash(),
      linkType: .single(zomeIndex: linkType.zomeIndex, linkType: linkType.zomeType)
    ).tagPrefix(.empty)
    return try getLinksDetails(query, strategy: strategy)
  }
}
