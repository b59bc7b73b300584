/// How a guest translates holon ids when a dance comes from another holon space (another DNA): ids local to the
/// caller's space become `External(callerSpace, id)` on the way in, ids that name this space become `Local` and
/// the reverse on the way out. So neither side ever mistakes the other's `Local` ids for its own, and holons
/// that come back from another space are `External`.
public struct SpaceTranslation: Hashable, Sendable {
  /// This guest's space.
  public var own: LocalId
  /// The caller's space.
  public var peer: LocalId

  public init(own: LocalId, peer: LocalId) {
    self.own = own
    self.peer = peer
  }

  /// The translation between the space of `ownSpace` and that named by an incoming session's
  /// `localHolonSpace`, or `nil` when they are the same space (or the caller named none: a client works in the
  /// space it talks to).
  public static func between(ownSpace: LocalId, incoming: HolonReferenceWire?) -> SpaceTranslation? {
    guard case .smart(let wire)? = incoming else { return nil }
    let peer = wire.holonId.localId
    if case .local = wire.holonId, peer == ownSpace { return nil }
    if case .external(let space, _) = wire.holonId, space.localId == ownSpace { return nil }
    return SpaceTranslation(own: ownSpace, peer: peer)
  }

  /// An id as the caller sent it, seen from here.
  public func inbound(_ id: HolonId) -> HolonId {
    switch id {
    case .local(let local): return .external(space: OutboundProxyId(peer), local: local)
    case .external(let space, let local) where space.localId == own: return .local(local)
    case .external: return id
    }
  }

  /// An id from here, as the caller will see it.
  public func outbound(_ id: HolonId) -> HolonId {
    switch id {
    case .local(let local): return .external(space: OutboundProxyId(own), local: local)
    case .external(let space, let local) where space.localId == peer: return .local(local)
    case .external: return id
    }
  }

  /// `reference` as the caller sent it, seen from here.
  public func inbound(_ reference: HolonReferenceWire) -> HolonReferenceWire { map(reference, inbound) }

  /// `reference` from here, as the caller will see it.
  public func outbound(_ reference: HolonReferenceWire) -> HolonReferenceWire { map(reference, outbound) }

  private func map(_ reference: HolonReferenceWire, _ ids: (HolonId) -> HolonId) -> HolonReferenceWire {
    guard case .smart(var wire) = reference else { return reference }
    wire.holonId = ids(wire.holonId)
    return .smart(wire)
  }
}
