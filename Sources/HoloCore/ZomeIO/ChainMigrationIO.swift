/// What `close_chain` takes: where the chain continues, if anywhere. Same fields and wire form as the
/// `CloseChain` action's data, so it is that type.
public typealias CloseChainInput = CloseChainData

/// What `open_chain` takes: where the chain came from, and the `CloseChain` action there. Same fields and wire
/// form as the `OpenChain` action's data, so it is that type.
public typealias OpenChainInput = OpenChainData

/// Opaque app bytes given to a cell's role at install time, read during `init` with `get_init_properties`
/// (transparent over `SerializedBytes`: a bare `bin`).
public struct InitProperties: Hashable, Sendable, MsgPackCodable {
  public var bytes: SerializedBytes

  public init(_ bytes: SerializedBytes) { self.bytes = bytes }

  public func encode(to writer: inout MsgPackWriter) { writer.encode(bytes) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { bytes = try reader.decode() }
}
