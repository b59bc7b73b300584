/// A cell: one agent running one DNA. A 2-array `[dna_hash, agent_pub_key]` on the wire.
public struct CellId: Hashable, Sendable, MsgPackCodable, CustomStringConvertible {
  public var dnaHash: DnaHash
  public var agent: AgentPubKey

  public init(dnaHash: DnaHash, agent: AgentPubKey) {
    self.dnaHash = dnaHash
    self.agent = agent
  }

  public var description: String { "CellId(\(dnaHash), \(agent))" }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(2)
    writer.encode(dnaHash)
    writer.encode(agent)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    guard try reader.readArrayHeader() == 2 else {
      throw .invalidValue(type: "CellId", reason: "expected [dna_hash, agent_pub_key]")
    }
    dnaHash = try reader.decode()
    agent = try reader.decode()
  }
}
