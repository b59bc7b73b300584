/// Where a closed chain continues, or where an opened chain came from: another DNA or another agent key.
public enum MigrationTarget: Hashable, Sendable, MsgPackCodable {
  case dna(DnaHash)
  case agent(AgentPubKey)

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .dna(let hash): writer.writeField("Dna", hash)
    case .agent(let key): writer.writeField("Agent", key)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Dna", true): self = .dna(try reader.decode())
    case ("Agent", true): self = .agent(try reader.decode())
    default: throw .unknownVariant(type: "MigrationTarget", variant: variant)
    }
  }
}
