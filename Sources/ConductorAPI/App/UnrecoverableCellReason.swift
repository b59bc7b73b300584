public import HoloCore

/// Why a cell's source chain cannot be restored: a validated warrant against the agent.
public enum UnrecoverableCellReason: Hashable, Sendable {
  /// Conflicting actions at one sequence number (a proven chain fork).
  case chainForkWarrant(WarrantSummary)
  /// Another chain-integrity warrant (an invalid chain op…).
  case chainIntegrityWarrant(WarrantSummary)
}

extension UnrecoverableCellReason: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .chainForkWarrant(let summary): writer.writeVariant("chain_fork_warrant", summary)
    case .chainIntegrityWarrant(let summary): writer.writeVariant("chain_integrity_warrant", summary)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "UnrecoverableCellReason")
    switch variant.name {
    case "chain_fork_warrant": self = .chainForkWarrant(try variant.decodeContent())
    case "chain_integrity_warrant": self = .chainIntegrityWarrant(try variant.decodeContent())
    default: throw variant.unknown
    }
  }
}

/// Who warranted whom and when: enough of a signed warrant to identify it.
public struct WarrantSummary: Hashable, Sendable, MsgPackStructFields {
  /// The agent that authored and signed the warrant.
  public var author: AgentPubKey
  /// The agent the warrant is against.
  public var warrantee: AgentPubKey
  public var timestamp: Timestamp

  public init(author: AgentPubKey, warrantee: AgentPubKey, timestamp: Timestamp) {
    self.author = author
    self.warrantee = warrantee
    self.timestamp = timestamp
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("author", author)
    writer.writeField("warrantee", warrantee)
    writer.writeField("timestamp", timestamp)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var author: AgentPubKey?
    var warrantee: AgentPubKey?
    var timestamp: Timestamp?
    try reader.readStruct(fields: ["author", "warrantee", "timestamp"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: author = try reader.decode()
      case 1: warrantee = try reader.decode()
      default: timestamp = try reader.decode()
      }
    }
    self.author = try require(author, "author", in: "WarrantSummary")
    self.warrantee = try require(warrantee, "warrantee", in: "WarrantSummary")
    self.timestamp = try require(timestamp, "timestamp", in: "WarrantSummary")
  }
}
