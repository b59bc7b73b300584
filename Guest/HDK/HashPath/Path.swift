// Paths: predictable entry hashes arranged in a tree by links (hdi's `hash_path::path`).

/// A branch of a tree of components, from the root down (hdi's `Path`, a newtype over `Vec<Component>`: an
/// array of `bin` in msgpack).
///
/// A path is never committed: its hash is computed as if it were an app entry holding its msgpack, and links
/// from each parent to its child (typed with a link type of the zome, tagged with the child's last
/// component) make the tree walkable. See ``TypedPath``.
///
/// ```swift
/// let path = Path("forum.posts.2024")         // 3 components, each UTF-32LE
/// let hash = path.entryHash()                 // the same as Rust's path.path_entry_hash()
/// try path.typed(LinkTypes.tree).ensure()      // links root → forum → posts → 2024
/// ```
public struct Path: Hashable, Sendable, MsgPackCodable {
  public var components: [Component]

  public init(_ components: [Component] = []) { self.components = components }

  /// Splits `string` on `.` into UTF-32LE components, skipping empty ones (`"foo..bar."` is `["foo", "bar"]`),
  /// and expands sharding prefixes `<width>:<depth>#` (`"2:3#abcdefg"` is `["ab", "cd", "ef", "abcdefg"]`), as
  /// hdi's `Path::from(&str)`.
  public init(_ string: String) {
    var components: [Component] = []
    let utf8 = Array(string.utf8)
    var start = 0
    var index = 0
    while index <= utf8.count {
      if index == utf8.count || utf8[index] == UInt8(ascii: ".") {
        if index > start { Path.appendComponents(of: utf8[start..<index], to: &components) }
        start = index + 1
      }
      index += 1
    }
    self.components = components
  }

  /// The root of every path tree: the app entry holding the raw bytes `[0x00, 0x01]` (hdi's `ROOT`). Its hash
  /// is the base of the links to all one-component paths.
  public static var rootBytes: [UInt8] { [0x00, 0x01] }

  /// The hash of the root entry (hdi's `root_hash`).
  public static func rootHash() -> EntryHash { Entry.app(AppEntryBytes(bytes: rootBytes)).hash() }

  /// The entry hash of this path: blake2b-256 of `Entry::App(msgpack(path))` (hdi's `path_entry_hash`).
  public func entryHash() -> EntryHash { Entry.app(AppEntryBytes(encoding: self)).hash() }

  /// The last component, if any.
  public var leaf: Component? { components.last }

  /// Whether the path has exactly one component (its links come from the root).
  public var isRoot: Bool { components.count == 1 }

  /// The path one component shorter; `nil` for a root or empty path.
  public var parent: Path? {
    guard components.count > 1 else { return nil }
    return Path(Array(components.dropLast()))
  }

  /// Appends a component: the path becomes its own child.
  public mutating func append(_ component: Component) { components.append(component) }

  /// The tag of the link from the parent: the msgpack of the leaf component (a `bin`), or empty (hdi's
  /// `make_tag`).
  public func makeTag() -> LinkTag {
    guard let leaf else { return .empty }
    return LinkTag(encoding: leaf)
  }

  /// The components read back as UTF-32LE strings joined with `.`; `nil` if one is not such a string.
  public var string: String? {
    var text = ""
    for (index, component) in components.enumerated() {
      guard let part = component.string else { return nil }
      if index > 0 { text += "." }
      text += part
    }
    return text
  }

  /// This path with the link type its tree links use, resolved for the calling zome (calls `zome_info`).
  ///
  /// ```swift
  /// let typed = try Path("all_posts").typed(LinkTypes.tree)
  /// ```
  public func typed<L: ZomeLinkTypes>(_ linkType: L, strategy: GetStrategy = .network) throws(WasmError) -> TypedPath {
    TypedPath(self, linkType: try linkType.scoped(), strategy: strategy)
  }

  public func encode(to writer: inout MsgPackWriter) { writer.encode(components) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { components = try reader.decode() }

  /// Appends the components of one `.`-separated piece: the piece itself, preceded by its shards when it
  /// starts with a sharding strategy.
  private static func appendComponents(of piece: ArraySlice<UInt8>, to components: inout [Component]) {
    guard let shard = ShardStrategy.parse(piece) else {
      components.append(Component(String(decoding: piece, as: UTF8.self)))
      return
    }
    let text = String(decoding: shard.remainder, as: UTF8.self)
    components.append(contentsOf: shard.strategy.shards(of: text))
    components.append(Component(text))
  }
}
