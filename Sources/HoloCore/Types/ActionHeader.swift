/// The fields every action has: who wrote it, when, where on the chain, and what came before.
public struct ActionHeader: Hashable, Sendable, MsgPackStructFields {
  public var author: AgentPubKey
  public var timestamp: Timestamp
  public var actionSeq: UInt32
  /// `nil` only for the genesis `Dna` action.
  public var prevAction: ActionHash?

  public init(author: AgentPubKey, timestamp: Timestamp, actionSeq: UInt32, prevAction: ActionHash?) {
    self.author = author
    self.timestamp = timestamp
    self.actionSeq = actionSeq
    self.prevAction = prevAction
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("author", author)
    writer.writeField("timestamp", timestamp)
    writer.writeField("action_seq", actionSeq)
    writer.writeField("prev_action", prevAction)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var author: AgentPubKey?
    var timestamp: Timestamp?
    var actionSeq: UInt32?
    var prevAction: ActionHash?
    try reader.readStruct(fields: ["author", "timestamp", "action_seq", "prev_action"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: author = try reader.decode()
      case 1: timestamp = try reader.decode()
      case 2: actionSeq = try reader.decode()
      default: prevAction = try reader.decode()
      }
    }
    self.author = try require(author, "author", in: "ActionHeader")
    self.timestamp = try require(timestamp, "timestamp", in: "ActionHeader")
    self.actionSeq = try require(actionSeq, "action_seq", in: "ActionHeader")
    self.prevAction = prevAction
  }
}
