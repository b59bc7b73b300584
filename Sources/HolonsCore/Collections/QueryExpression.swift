public import HoloCore

/// A query step: follow one relationship (MAP `QueryExpression`, wire `{relationship_name}`).
public struct QueryExpression: Hashable, Sendable, MsgPackStructFields {
  public var relationshipName: RelationshipName

  public init(relationshipName: RelationshipName) { self.relationshipName = relationshipName }

  public var fieldCount: Int { 1 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("relationship_name", relationshipName)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var name: RelationshipName?
    try reader.readStruct(fields: ["relationship_name"]) { _, reader throws(MsgPackError) in
      name = try reader.decode()
    }
    relationshipName = try require(name, "relationship_name", in: "QueryExpression")
  }
}
