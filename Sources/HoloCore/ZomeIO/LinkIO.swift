/// Which link types a link query matches.
public enum LinkTypeFilter: Hashable, Sendable, MsgPackCodable {
  /// Any of these types, per defining zome (`Vec<(ZomeIndex, Vec<LinkType>)>`).
  case types([ZomeTypeIndices<LinkTypeTag>])
  /// Any type defined in these zomes.
  case dependencies([ZomeIndex])

  /// One link type of one zome.
  public static func single(zomeIndex: ZomeIndex, linkType: LinkType) -> LinkTypeFilter {
    .types([ZomeTypeIndices(zomeIndex: zomeIndex, types: [linkType])])
  }

  /// Whether a link of `linkType` defined in zome `zomeIndex` matches.
  public func contains(zomeIndex: ZomeIndex, linkType: LinkType) -> Bool {
    switch self {
    case .types(let zomes): return zomes.contains { $0.zomeIndex == zomeIndex && $0.types.contains(linkType) }
    case .dependencies(let zomes): return zomes.contains(zomeIndex)
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .types(let types): writer.writeField("Types", types)
    case .dependencies(let zomes): writer.writeField("Dependencies", zomes)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Types", true): self = .types(try reader.decode())
    case ("Dependencies", true): self = .dependencies(try reader.decode())
    default: throw .unknownVariant(type: "LinkTypeFilter", variant: variant)
    }
  }
}

/// What `create_link` takes.
///
/// ```swift
/// let input = CreateLinkInput(baseAddress: base, targetAddress: target, zomeIndex: ZomeIndex(0),
///                             linkType: LinkType(1), tag: LinkTag(bytes: []))
/// ```
public struct CreateLinkInput: Hashable, Sendable, MsgPackStructFields {
  public var baseAddress: AnyLinkableHash
  public var targetAddress: AnyLinkableHash
  public var zomeIndex: ZomeIndex
  public var linkType: LinkType
  public var tag: LinkTag
  public var chainTopOrdering: ChainTopOrdering

  public init(
    baseAddress: AnyLinkableHash, targetAddress: AnyLinkableHash, zomeIndex: ZomeIndex, linkType: LinkType,
    tag: LinkTag, chainTopOrdering: ChainTopOrdering = .strict
  ) {
    self.baseAddress = baseAddress
    self.targetAddress = targetAddress
    self.zomeIndex = zomeIndex
    self.linkType = linkType
    self.tag = tag
    self.chainTopOrdering = chainTopOrdering
  }

  public var fieldCount: Int { 6 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("base_address", baseAddress)
    writer.writeField("target_address", targetAddress)
    writer.writeField("zome_index", zomeIndex)
    writer.writeField("link_type", linkType)
    writer.writeField("tag", tag)
    writer.writeField("chain_top_ordering", chainTopOrdering)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var base: AnyLinkableHash?
    var target: AnyLinkableHash?
    var zome: ZomeIndex?
    var type: LinkType?
    var tag: LinkTag?
    var ordering: ChainTopOrdering?
    let fields: [StaticString] = [
      "base_address", "target_address", "zome_index", "link_type", "tag", "chain_top_ordering",
    ]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: base = try reader.decode()
      case 1: target = try reader.decode()
      case 2: zome = try reader.decode()
      case 3: type = try reader.decode()
      case 4: tag = try reader.decode()
      default: ordering = try reader.decode()
      }
    }
    baseAddress = try require(base, "base_address", in: "CreateLinkInput")
    targetAddress = try require(target, "target_address", in: "CreateLinkInput")
    zomeIndex = try require(zome, "zome_index", in: "CreateLinkInput")
    linkType = try require(type, "link_type", in: "CreateLinkInput")
    self.tag = try require(tag, "tag", in: "CreateLinkInput")
    chainTopOrdering = try require(ordering, "chain_top_ordering", in: "CreateLinkInput")
  }
}

/// What `delete_link` takes: the `CreateLink` action to delete, and how to find it if it is not local.
public struct DeleteLinkInput: Hashable, Sendable, MsgPackStructFields {
  public var address: ActionHash
  public var chainTopOrdering: ChainTopOrdering
  public var getOptions: GetOptions

  public init(address: ActionHash, chainTopOrdering: ChainTopOrdering = .strict, getOptions: GetOptions = .network) {
    self.address = address
    self.chainTopOrdering = chainTopOrdering
    self.getOptions = getOptions
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("address", address)
    writer.writeField("chain_top_ordering", chainTopOrdering)
    writer.writeField("get_options", getOptions)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var address: ActionHash?
    var ordering: ChainTopOrdering?
    var options: GetOptions?
    try reader.readStruct(fields: ["address", "chain_top_ordering", "get_options"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: address = try reader.decode()
      case 1: ordering = try reader.decode()
      default: options = try reader.decode()
      }
    }
    self.address = try require(address, "address", in: "DeleteLinkInput")
    chainTopOrdering = try require(ordering, "chain_top_ordering", in: "DeleteLinkInput")
    getOptions = try require(options, "get_options", in: "DeleteLinkInput")
  }
}

/// One request of `get_links` or `get_links_details`.
public struct GetLinksInput: Hashable, Sendable, MsgPackStructFields {
  public var baseAddress: AnyLinkableHash
  public var linkType: LinkTypeFilter
  public var getOptions: GetOptions
  /// Only links whose tag starts with these bytes.
  public var tagPrefix: LinkTag?
  /// Only links created after this time.
  public var after: Timestamp?
  /// Only links created before this time.
  public var before: Timestamp?
  /// Only links created by this agent.
  public var author: AgentPubKey?

  public init(
    baseAddress: AnyLinkableHash, linkType: LinkTypeFilter, getOptions: GetOptions = .network,
    tagPrefix: LinkTag? = nil, after: Timestamp? = nil, before: Timestamp? = nil, author: AgentPubKey? = nil
  ) {
    self.baseAddress = baseAddress
    self.linkType = linkType
    self.getOptions = getOptions
    self.tagPrefix = tagPrefix
    self.after = after
    self.before = before
    self.author = author
  }

  /// The input for a ``LinkQuery`` (`GetLinksInput::from_query`).
  public init(query: LinkQuery, getOptions: GetOptions = .network) {
    self.init(
      baseAddress: query.base, linkType: query.linkType, getOptions: getOptions, tagPrefix: query.tagPrefix,
      after: query.after, before: query.before, author: query.author)
  }

  public var fieldCount: Int { 7 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("base_address", baseAddress)
    writer.writeField("link_type", linkType)
    writer.writeField("get_options", getOptions)
    writer.writeField("tag_prefix", tagPrefix)
    writer.writeField("after", after)
    writer.writeField("before", before)
    writer.writeField("author", author)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var base: AnyLinkableHash?
    var linkType: LinkTypeFilter?
    var options: GetOptions?
    var tagPrefix: LinkTag?
    var after: Timestamp?
    var before: Timestamp?
    var author: AgentPubKey?
    let fields: [StaticString] = ["base_address", "link_type", "get_options", "tag_prefix", "after", "before", "author"]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: base = try reader.decode()
      case 1: linkType = try reader.decode()
      case 2: options = try reader.decode()
      case 3: tagPrefix = try reader.decode()
      case 4: after = try reader.decode()
      case 5: before = try reader.decode()
      default: author = try reader.decode()
      }
    }
    baseAddress = try require(base, "base_address", in: "GetLinksInput")
    self.linkType = try require(linkType, "link_type", in: "GetLinksInput")
    getOptions = try require(options, "get_options", in: "GetLinksInput")
    self.tagPrefix = tagPrefix
    self.after = after
    self.before = before
    self.author = author
  }
}

/// What `count_links` takes: a base, the link types, and optional filters. (Note the field order differs
/// from ``GetLinksInput``: `before` comes before `after`.)
public struct LinkQuery: Hashable, Sendable, MsgPackStructFields {
  public var base: AnyLinkableHash
  public var linkType: LinkTypeFilter
  public var tagPrefix: LinkTag?
  public var before: Timestamp?
  public var after: Timestamp?
  public var author: AgentPubKey?

  public init(
    base: AnyLinkableHash, linkType: LinkTypeFilter, tagPrefix: LinkTag? = nil, before: Timestamp? = nil,
    after: Timestamp? = nil, author: AgentPubKey? = nil
  ) {
    self.base = base
    self.linkType = linkType
    self.tagPrefix = tagPrefix
    self.before = before
    self.after = after
    self.author = author
  }

  public var fieldCount: Int { 6 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("base", base)
    writer.writeField("link_type", linkType)
    writer.writeField("tag_prefix", tagPrefix)
    writer.writeField("before", before)
    writer.writeField("after", after)
    writer.writeField("author", author)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var base: AnyLinkableHash?
    var linkType: LinkTypeFilter?
    var tagPrefix: LinkTag?
    var before: Timestamp?
    var after: Timestamp?
    var author: AgentPubKey?
    let fields: [StaticString] = ["base", "link_type", "tag_prefix", "before", "after", "author"]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: base = try reader.decode()
      case 1: linkType = try reader.decode()
      case 2: tagPrefix = try reader.decode()
      case 3: before = try reader.decode()
      case 4: after = try reader.decode()
      default: author = try reader.decode()
      }
    }
    self.base = try require(base, "base", in: "LinkQuery")
    self.linkType = try require(linkType, "link_type", in: "LinkQuery")
    self.tagPrefix = tagPrefix
    self.before = before
    self.after = after
    self.author = author
  }
}

/// A `CreateLink` action with the `DeleteLink` actions on it: `(SignedActionHashed, Vec<SignedActionHashed>)`.
public struct CreateLinkWithDeletes: Hashable, Sendable, MsgPackCodable {
  public var createLink: SignedActionHashed
  public var deletes: [SignedActionHashed]

  public init(createLink: SignedActionHashed, deletes: [SignedActionHashed] = []) {
    self.createLink = createLink
    self.deletes = deletes
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(2)
    writer.encode(createLink)
    writer.encode(deletes)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    try readTupleHeader(2, of: "CreateLinkWithDeletes", in: &reader)
    createLink = try reader.decode()
    deletes = try reader.decode()
  }
}

/// What `get_links_details` returns per input: a newtype over `[[create_link, [delete_link…]]…]`.
public struct LinkDetails: Hashable, Sendable, MsgPackCodable {
  public var links: [CreateLinkWithDeletes]

  public init(_ links: [CreateLinkWithDeletes] = []) { self.links = links }

  public func encode(to writer: inout MsgPackWriter) { writer.encode(links) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { links = try reader.decode() }
}
