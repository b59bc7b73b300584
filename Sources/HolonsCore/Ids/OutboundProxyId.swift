public import HoloCore

/// The id of another holon space, as seen from this one: the ``LocalId`` of the outbound proxy holon
/// (MAP `core_types::OutboundProxyId`). On the wire it is the `LocalId` itself (a Rust newtype).
public struct OutboundProxyId: Hashable, Comparable, Sendable, MsgPackCodable, CustomStringConvertible {
  /// The proxy holon's local id.
  public var localId: LocalId

  public init(_ localId: LocalId) { self.localId = localId }

  public var description: String { localId.description }

  public static func < (lhs: OutboundProxyId, rhs: OutboundProxyId) -> Bool { lhs.localId < rhs.localId }

  public func encode(to writer: inout MsgPackWriter) { localId.encode(to: &writer) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) { localId = try LocalId(from: &reader) }
}
