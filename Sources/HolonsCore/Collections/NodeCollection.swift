public import HoloCore

/// A query's input and result: source holons, each with the holons reached from it by relationship (MAP
/// `NodeCollectionWire`, wire `{members: [Node], query_spec: QueryExpression?}`).
public struct NodeCollection: Hashable, Sendable, MsgPackStructFields {
  public var members: [Node]
  /// The query that produced this collection, if any.
  public var querySpec: QueryExpression?

  public init(members: [Node] = [], querySpec: QueryExpression? = nil) {
    self.members = members
    self.querySpec = querySpec
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("members", members)
    writer.writeField("query_spec", querySpec)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var members: [Node]?
    var spec: QueryExpression?
    try reader.readStruct(fields: ["members", "query_spec"]) { index, reader throws(MsgPackError) in
      if index == 0 { members = try reader.decode() } else { spec = try reader.decode() }
    }
    self.members = try require(members, "members", in: "NodeCollection")
    querySpec = spec
  }
}

/// One source holon of a ``NodeCollection`` and, per relationship followed, the holons reached (MAP `Node`,
/// wire `{source_holon, relationships: {name: HolonCollection}?}`, names sorted).
public struct Node: Hashable, Sendable, MsgPackStructFields {
  public var sourceHolon: HolonReferenceWire
  /// The relationships followed from the source, sorted by name; `nil` when none were queried.
  public var relationships: [RelatedHolons]?

  /// The holons one relationship reaches.
  public struct RelatedHolons: Hashable, Sendable {
    public var name: RelationshipName
    public var holons: HolonCollection

    public init(name: RelationshipName, holons: HolonCollection) {
      self.name = name
      self.holons = holons
    }
  }

  public init(sourceHolon: HolonReferenceWire, relationships: [RelatedHolons]? = nil) {
    self.sourceHolon = sourceHolon
    self.relationships = relationships.map { list in list.sorted { $0.name < $1.name } }
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("source_holon", sourceHolon)
    writer.write("relationships" as StaticString)
    guard let relationships else {
      writer.writeNil()
      return
    }
    writer.writeMapHeader(relationships.count)
    for related in relationships {
      related.name.encode(to: &writer)
      related.holons.encode(to: &writer)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var source: HolonReferenceWire?
    var related: [RelatedHolons]?
    try reader.readStruct(fields: ["source_holon", "relationships"]) { index, reader throws(MsgPackError) in
      if index == 0 {
        source = try reader.decode()
        return
      }
      if reader.peekIsNil() {
        try reader.readNil()
        return
      }
      let count = try reader.readMapHeader()
      var list: [RelatedHolons] = []
      try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in
        for _ in 0..<count {
          let name = try RelationshipName(from: &reader)
          list.append(RelatedHolons(name: name, holons: try reader.decode()))
        }
      }
      related = list
    }
    self.init(sourceHolon: try require(source, "source_holon", in: "Node"), relationships: related)
  }
}
