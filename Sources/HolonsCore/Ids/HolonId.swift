public import HoloCore

/// Where a saved holon lives: in this space (`Local`) or in another one (`External`) — MAP `core_types::HolonId`.
///
/// Wire form (rmp-serde, externally tagged): `{"Local": [bytes…]}` or
/// `{"External": {"space_id": [bytes…], "local_id": [bytes…]}}`.
public enum HolonId: Hashable, Sendable, MsgPackCodable, CustomStringConvertible {
  /// A holon of the local space.
  case local(LocalId)
  /// A holon of the space `space`, with id `local` there.
  case external(space: OutboundProxyId, local: LocalId)

  /// Wraps an ``ExternalId``.
  public init(_ externalId: ExternalId) { self = .external(space: externalId.spaceId, local: externalId.localId) }

  /// Whether the holon lives in this space.
  public var isLocal: Bool {
    if case .local = self { return true }
    return false
  }

  /// Whether the holon lives in another space.
  public var isExternal: Bool { !isLocal }

  /// The holon's id within its own space (for an external id, within the other space).
  public var localId: LocalId {
    switch self {
    case .local(let id): return id
    case .external(_, let id): return id
    }
  }

  /// The external id, for an `External` holon id.
  public var externalId: ExternalId? {
    guard case .external(let space, let local) = self else { return nil }
    return ExternalId(spaceId: space, localId: local)
  }

  public var description: String {
    switch self {
    case .local(let id): return "Local(\(id))"
    case .external(let space, let local): return "External(\(space)::\(local))"
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .local(let id): writer.writeVariant("Local", id)
    case .external(let space, let local): writer.writeVariant("External", ExternalId(spaceId: space, localId: local))
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    try requireContent(hasContent, true, variant: variant, of: "HolonId")
    switch variant {
    case "Local": self = .local(try reader.decode())
    case "External": self = HolonId(try reader.decode(ExternalId.self))
    default: throw .unknownVariant(type: "HolonId", variant: variant)
    }
  }
}
