/// A link as `get_links` returns it.
public struct Link: Hashable, Sendable, MsgPackStructFields {
  public var author: AgentPubKey
  public var base: AnyLinkableHash
  public var target: AnyLinkableHash
  public var timestamp: Timestamp
  public var zomeIndex: ZomeIndex
  public var linkType: LinkType
  public var tag: LinkTag
  /// The hash of the `CreateLink` action.
  public var createLinkHash: ActionHash

  public init(
    author: AgentPubKey, base: AnyLinkableHash, target: AnyLinkableHash, timestamp: Timestamp,
    zomeIndex: ZomeIndex, linkType: LinkType, tag: LinkTag, createLinkHash: ActionHash
  ) {
    self.author = author
    self.base = base
    self.target = target
    self.timestamp = timestamp
    self.zomeIndex = zomeIndex
    self.linkType = linkType
    self.tag = tag
    self.createLinkHash = createLinkHash
  }

  public var fieldCount: Int { 8 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("author", author)
    writer.writeField("base", base)
    writer.writeField("target", target)
    writer.writeField("timestamp", timestamp)
    writer.writeField("zome_index", zomeIndex)
    writer.writeField("link_type", linkType)
    writer.writeField("tag", tag)
    writer.writeField("create_link_hash", createLinkHash)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var author: AgentPubKey?
    var base: AnyLinkableHash?
    var target: AnyLinkableHash?
    var timestamp: Timestamp?
    var zomeIndex: ZomeIndex?
    var linkType: LinkType?
    var tag: LinkTag?
    var createLinkHash: ActionHash?
    let fields: [StaticString] = [
      "author", "base", "target", "timestamp", "zome_index", "link_type", "tag", "create_link_hash",
    ]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: author = try reader.decode()
      case 1: base = try reader.decode()
      case 2: target = try reader.decode()
      case 3: timestamp = try reader.decode()
      case 4: zomeIndex = try reader.decode()
      case 5: linkType = try reader.decode()
      case 6: tag = try reader.decode()
      default: createLinkHash = try reader.decode()
      }
    }
    self.author = try require(author, "author", in: "Link")
    self.base = try require(base, "base", in: "Link")
    self.target = try require(target, "target", in: "Link")
    self.timestamp = try require(timestamp, "timestamp", in: "Link")
    self.zomeIndex = try require(zomeIndex, "zome_index", in: "Link")
    self.linkType = try require(linkType, "link_type", in: "Link")
    self.tag = try require(tag, "tag", in: "Link")
    self.createLinkHash = try require(createLinkHash, "create_link_hash", in: "Link")
  }
}
