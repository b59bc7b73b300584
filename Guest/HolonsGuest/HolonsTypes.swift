// The holons DNA's entry and link types, shared by the integrity zome (which defines and validates them) and the
// coordinator zome (which writes and reads them).
public import HDK
public import HolonsCore

/// The holons DNA's entry types: `holon_node` (0), public.
public enum HolonsEntryTypes: UInt8, ZomeEntryTypes {
  case holonNode

  public var definition: EntryTypeDefinition { EntryTypeDefinition("holon_node") }
}

/// The holons DNA's link types, in index order: `anchor` (0, the anchor tree), `allHolons` (1, from the
/// "holons"/"all_holons" anchor to every saved holon), `localSpace` (2, from the "holons"/"local_space" anchor
/// to the space holon) and `smartLink` (3, from a holon to a related holon, the relationship in the tag).
public enum HolonsLinkTypes: UInt8, ZomeLinkTypes {
  case anchor
  case allHolons
  case localSpace
  case smartLink
}

/// What a saved holon stores (MAP `HolonNode`): `{property_map, original_id}`. Version and lineage belong to the
/// record, not the entry.
public struct HolonNode: AppEntry, MsgPackStructFields {
  public static var entryType: HolonsEntryTypes { .holonNode }

  public var propertyMap: PropertyMap
  /// The holon this one is a new version of, if any.
  public var originalId: LocalId?

  public init(propertyMap: PropertyMap, originalId: LocalId? = nil) {
    self.propertyMap = propertyMap
    self.originalId = originalId
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("property_map", propertyMap)
    writer.writeField("original_id", originalId)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var properties: PropertyMap?
    var original: LocalId?
    try reader.readStruct(fields: ["property_map", "original_id"]) { index, reader throws(MsgPackError) in
      if index == 0 { properties = try reader.decode() } else { original = try reader.decode() }
    }
    propertyMap = try require(properties, "property_map", in: "HolonNode")
    originalId = original
  }
}

/// The tag of a smart link: `"hsl" 0x00 <relationship name> 0x00 <target key>` (UTF-8; the key may be empty). The
/// name comes first so a tag prefix selects one relationship.
public struct SmartLinkTag: Hashable {
  public var relationship: RelationshipName
  /// The target's key, when it has one.
  public var targetKey: MapString?

  public init(relationship: RelationshipName, targetKey: MapString?) {
    self.relationship = relationship
    self.targetKey = targetKey
  }

  static let prefix: [UInt8] = [0x68, 0x73, 0x6c, 0x00]  // "hsl\0"

  /// The prefix of every tag of `relationship`.
  public static func prefix(of relationship: RelationshipName) -> LinkTag {
    LinkTag(bytes: prefix + Array(relationship.name.value.utf8) + [0])
  }

  /// The tag's bytes.
  public var tag: LinkTag {
    LinkTag(bytes: Self.prefix(of: relationship).bytes + Array((targetKey?.value ?? "").utf8))
  }

  /// Parses a tag; the reason it is not a smart link tag otherwise.
  public static func parse(_ tag: LinkTag) -> Result<SmartLinkTag, SmartLinkTagError> {
    let bytes = tag.bytes
    guard bytes.count >= prefix.count, Array(bytes[0..<prefix.count]) == prefix else { return .failure(.badPrefix) }
    let rest = bytes[prefix.count...]
    guard let separator = rest.firstIndex(of: 0) else { return .failure(.missingSeparator) }
    let nameBytes = Array(rest[rest.startIndex..<separator])
    let keyBytes = Array(rest[(separator + 1)...])
    guard !nameBytes.isEmpty else { return .failure(.emptyRelationshipName) }
    guard !keyBytes.contains(0) else { return .failure(.nulInKey) }
    guard let name = String(validating: nameBytes, as: UTF8.self),
      let key = String(validating: keyBytes, as: UTF8.self)
    else { return .failure(.invalidUTF8) }
    return .success(SmartLinkTag(relationship: RelationshipName(name), targetKey: key.isEmpty ? nil : MapString(key)))
  }
}

/// Why bytes are not a smart link tag.
public enum SmartLinkTagError: Error {
  case badPrefix, missingSeparator, emptyRelationshipName, nulInKey, invalidUTF8

  public var message: String {
    switch self {
    case .badPrefix: return "a smart link tag starts with \"hsl\\0\""
    case .missingSeparator: return "a smart link tag separates the relationship name from the key with a NUL"
    case .emptyRelationshipName: return "a smart link names its relationship"
    case .nulInKey: return "a smart link's target key has a NUL in it"
    case .invalidUTF8: return "a smart link tag is not UTF-8"
    }
  }
}
