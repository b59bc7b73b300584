/// What `close_chain` takes: where the chain continues, if anywhere.
public struct CloseChainInput: Hashable, Sendable, MsgPackStructFields {
  public var newTarget: MigrationTarget?

  public init(newTarget: MigrationTarget?) { self.newTarget = newTarget }

  public var fieldCount: Int { 1 }

  public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("new_target", newTarget) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var target: MigrationTarget?
    try reader.readStruct(fields: ["new_target"]) { _, reader throws(MsgPackError) in target = try reader.decode() }
    newTarget = target
  }
}

/// What `open_chain` takes: where the chain came from, and the `CloseChain` action there.
public struct OpenChainInput: Hashable, Sendable, MsgPackStructFields {
  public var prevTarget: MigrationTarget
  public var closeHash: ActionHash

  public init(prevTarget: MigrationTarget, closeHash: ActionHash) {
    self.prevTarget = prevTarget
    self.closeHash = closeHash
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("prev_target", prevTarget)
    writer.writeField("close_hash", closeHash)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var target: MigrationTarget?
    var close: ActionHash?
    try reader.readStruct(fields: ["prev_target", "close_hash"]) { index, reader throws(MsgPackError) in
      if index == 0 { target = try reader.decode() } else { close = try reader.decode() }
    }
    prevTarget = try require(target, "prev_target", in: "OpenChainInput")
    closeHash = try require(close, "close_hash", in: "OpenChainInput")
  }
}

/// Opaque app bytes given to a cell's role at install time, read during `init` with `get_init_properties`
/// (transparent over `SerializedBytes`: a bare `bin`).
public struct InitProperties: Hashable, Sendable, MsgPackCodable {
  public var bytes: SerializedBytes

  public init(_ bytes: SerializedBytes) { self.bytes = bytes }

  public func encode(to writer: inout MsgPackWriter) { writer.encode(bytes) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { bytes = try reader.decode() }
}
