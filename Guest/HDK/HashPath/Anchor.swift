// Anchors: two-level paths of strings under a fixed root (hdk's `hash_path::anchor`).

/// An anchor: a "type" and an optional "text", as the path `[[0x00, 0x00], utf8(type), utf8(text)]` (hdi's
/// `Anchor`; note the UTF-8 components, where `Path(String)` uses UTF-32LE).
///
/// ```swift
/// let hash = try anchor(LinkTypes.anchor, type: "tags", text: "swift")
/// let tags = try listAnchorTags(LinkTypes.anchor, type: "tags")      // ["swift", …]
/// ```
public struct Anchor: Hashable, Sendable {
  public var anchorType: String
  public var anchorText: String?
  /// Where reads look (`Network` by default).
  public var strategy: GetStrategy

  public init(type: String, text: String? = nil, strategy: GetStrategy = .network) {
    anchorType = type
    anchorText = text
    self.strategy = strategy
  }

  /// The first component of every anchor path (hdi's anchor `ROOT`).
  public static var rootComponent: Component { Component(bytes: [0x00, 0x00]) }

  /// The anchor's path.
  public var path: Path {
    var components = [Anchor.rootComponent, Component(bytes: Array(anchorType.utf8))]
    if let anchorText { components.append(Component(bytes: Array(anchorText.utf8))) }
    return Path(components)
  }

  /// The anchor a two- or three-component anchor path stands for (hdk's `Anchor::try_from_path`).
  public init(path: Path) throws(WasmError) {
    let components = path.components
    guard components.count == 2 || components.count == 3 else {
      throw .guest("Bad anchor path length \(components.count)")
    }
    guard components[0] == Anchor.rootComponent else { throw .guest("Bad anchor path root") }
    guard let type = String(validating: components[1].bytes, as: UTF8.self) else {
      throw .guest("anchor type is not UTF-8")
    }
    var text: String?
    if components.count == 3 {
      guard let decoded = String(validating: components[2].bytes, as: UTF8.self) else {
        throw .guest("anchor text is not UTF-8")
      }
      text = decoded
    }
    self.init(type: type, text: text)
  }

  /// The anchor's path typed with `linkType`, keeping the anchor's strategy (hdk's `to_typed_path`).
  public func typedPath<L: ZomeLinkTypes>(_ linkType: L) throws(WasmError) -> TypedPath {
    try path.typed(linkType, strategy: strategy)
  }
}

/// Ensures the anchor `type`/`text` exists (linking root → type → text with `linkType`) and returns its entry
/// hash, to link from (hdk's `anchor`).
///
/// ```swift
/// let allPosts = try anchor(LinkTypes.anchor, type: "forum", text: "all_posts")
/// try createLink(base: allPosts, target: postHash, type: LinkTypes.allPosts)
/// ```
public func anchor<L: ZomeLinkTypes>(
  _ linkType: L, type: String, text: String, strategy: GetStrategy = .network
) throws(WasmError) -> EntryHash {
  let path = try Anchor(type: type, text: text, strategy: strategy).typedPath(linkType)
  try path.ensure()
  return path.entryHash()
}

/// The entry hashes of every anchor type (hdk's `list_anchor_type_addresses`).
///
/// ```swift
/// let types = try listAnchorTypeAddresses(LinkTypes.anchor)
/// ```
public func listAnchorTypeAddresses<L: ZomeLinkTypes>(
  _ linkType: L, strategy: GetStrategy = .network
) throws(WasmError) -> [AnyLinkableHash] {
  let root = try Path([Anchor.rootComponent]).typed(linkType, strategy: strategy)
  var targets: [AnyLinkableHash] = []
  for link in try root.children() { targets.append(link.target) }
  return targets
}

/// The entry hashes of every anchor of `type` (hdk's `list_anchor_addresses`).
///
/// ```swift
/// let tagAnchors = try listAnchorAddresses(LinkTypes.anchor, type: "tags")
/// ```
public func listAnchorAddresses<L: ZomeLinkTypes>(
  _ linkType: L, type: String, strategy: GetStrategy = .network
) throws(WasmError) -> [AnyLinkableHash] {
  let path = try Anchor(type: type, strategy: strategy).typedPath(linkType)
  var targets: [AnyLinkableHash] = []
  for link in try path.children() { targets.append(link.target) }
  return targets
}

/// The texts of every anchor of `type`, sorted by UTF-8 bytes and deduplicated (hdk's `list_anchor_tags`).
///
/// ```swift
/// let tags = try listAnchorTags(LinkTypes.anchor, type: "tags")
/// ```
public func listAnchorTags<L: ZomeLinkTypes>(
  _ linkType: L, type: String, strategy: GetStrategy = .network
) throws(WasmError) -> [String] {
  let path = try Anchor(type: type, strategy: strategy).typedPath(linkType)
  try path.ensure()
  var texts: [String] = []
  for child in try path.childrenPaths() {
    guard let text = try Anchor(path: child.path).anchorText else { throw .guest("missing anchor text") }
    texts.append(text)
  }
  texts.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  var unique: [String] = []
  for text in texts where !(unique.last.map { $0.utf8.elementsEqual(text.utf8) } ?? false) { unique.append(text) }
  return unique
}
