public import HoloCore

/// Where a paginated `dump_state` resumes: after a sequence number or after an action. Externally tagged on the
/// wire: `{"Sequence": 3}` or `{"ActionHash": bin}`.
public enum SourceChainCursor: Hashable, Sendable {
  /// Resume after this action sequence number.
  case sequence(UInt32)
  /// Resume after this action.
  case actionHash(ActionHash)
}

extension SourceChainCursor: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(1)
    switch self {
    case .sequence(let seq): writer.writeField("Sequence", seq)
    case .actionHash(let hash): writer.writeField("ActionHash", hash)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Sequence", true): self = .sequence(try reader.decode())
    case ("ActionHash", true): self = .actionHash(try reader.decode())
    default: throw .unknownVariant(type: "SourceChainCursor", variant: variant)
    }
  }
}
