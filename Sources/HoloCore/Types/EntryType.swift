/// Whether an entry is published to the DHT.
public enum EntryVisibility: String, Hashable, Sendable, MsgPackCodable {
  case `public` = "Public"
  case `private` = "Private"

  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    if hasContent { try reader.skipValue() }  // `{"Public": null}`, which serde also accepts
    guard let value = EntryVisibility(rawValue: variant) else {
      throw .unknownVariant(type: "EntryVisibility", variant: variant)
    }
    self = value
  }
}

/// An app entry type: which zome defines it, its index there, and its visibility.
public struct AppEntryDef: Hashable, Sendable, MsgPackCodable {
  public var entryIndex: EntryDefIndex
  public var zomeIndex: ZomeIndex
  public var visibility: EntryVisibility

  public init(entryIndex: EntryDefIndex, zomeIndex: ZomeIndex, visibility: EntryVisibility) {
    self.entryIndex = entryIndex
    self.zomeIndex = zomeIndex
    self.visibility = visibility
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(3)
    writer.writeField("entry_index", entryIndex)
    writer.writeField("zome_index", zomeIndex)
    writer.writeField("visibility", visibility)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var entryIndex: EntryDefIndex?
    var zomeIndex: ZomeIndex?
    var visibility: EntryVisibility?
    try reader.readStruct(fields: ["entry_index", "zome_index", "visibility"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: entryIndex = try reader.decode()
      case 1: zomeIndex = try reader.decode()
      default: visibility = try reader.decode()
      }
    }
    self.entryIndex = try require(entryIndex, "entry_index", in: "AppEntryDef")
    self.zomeIndex = try require(zomeIndex, "zome_index", in: "AppEntryDef")
    self.visibility = try require(visibility, "visibility", in: "AppEntryDef")
  }
}

/// What kind of entry an action creates (externally tagged: `"AgentPubKey"`, `{"App": {…}}`, …).
public enum EntryType: Hashable, Sendable, MsgPackCodable {
  case agentPubKey
  case app(AppEntryDef)
  case capClaim
  case capGrant

  /// The entry's visibility (system entries: agent keys are public, capabilities private).
  public var visibility: EntryVisibility {
    switch self {
    case .agentPubKey: return .public
    case .app(let def): return def.visibility
    case .capClaim, .capGrant: return .private
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .agentPubKey: writer.write("AgentPubKey" as StaticString)
    case .app(let def):
      writer.writeMapHeader(1)
      writer.writeField("App", def)
    case .capClaim: writer.write("CapClaim" as StaticString)
    case .capGrant: writer.write("CapGrant" as StaticString)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("AgentPubKey", false): self = .agentPubKey
    case ("App", true): self = .app(try reader.decode())
    case ("CapClaim", false): self = .capClaim
    case ("CapGrant", false): self = .capGrant
    default: throw .unknownVariant(type: "EntryType", variant: variant)
    }
  }
}
