// Rewriting every holon reference inside a wire value: what crossing between holon spaces needs (see
// SpaceTranslation.swift). Each `mapReferences` returns a copy with each reference passed through `transform`.

extension Holon {
  /// This holon with every relationship target passed through `transform`.
  public func mapReferences(_ transform: (HolonReferenceWire) -> HolonReferenceWire) -> Holon {
    switch self {
    case .transient(var holon):
      holon.relationships = holon.relationships.mapReferences(transform)
      return .transient(holon)
    case .staged(var holon):
      holon.relationships = holon.relationships.mapReferences(transform)
      return .staged(holon)
    case .saved: return self
    }
  }
}

extension HolonPoolWire {
  /// This pool with every holon's references passed through `transform`.
  public func mapReferences(_ transform: (HolonReferenceWire) -> HolonReferenceWire) -> HolonPoolWire {
    var copy = self
    for member in holons { copy.insert(member.holon.mapReferences(transform), id: member.id) }
    return copy
  }
}

extension SessionState {
  /// This session with every reference in its pools passed through `transform` (the space reference too).
  public func mapReferences(_ transform: (HolonReferenceWire) -> HolonReferenceWire) -> SessionState {
    SessionState(
      txId: txId, transientHolons: transientHolons.mapReferences(transform),
      stagedHolons: stagedHolons.mapReferences(transform), localHolonSpace: localHolonSpace.map(transform))
  }
}

extension HolonCollection {
  /// This collection with every member passed through `transform`, keys kept.
  public func mapReferences(_ transform: (HolonReferenceWire) -> HolonReferenceWire) -> HolonCollection {
    var copy = HolonCollection()
    var keys: [Int: MapString] = [:]
    for entry in keyedIndex { keys[entry.position] = entry.key }
    for (position, member) in members.enumerated() { copy.append(transform(member), key: keys[position]) }
    return copy
  }
}

extension NodeCollection {
  /// This collection with every source and reached holon passed through `transform`.
  public func mapReferences(_ transform: (HolonReferenceWire) -> HolonReferenceWire) -> NodeCollection {
    NodeCollection(
      members: members.map { node in
        Node(
          sourceHolon: transform(node.sourceHolon),
          relationships: node.relationships?.map {
            Node.RelatedHolons(name: $0.name, holons: $0.holons.mapReferences(transform))
          })
      }, querySpec: querySpec)
  }
}

extension RequestBody {
  /// This body with every reference (and holon id) passed through `transform`.
  public func mapReferences(
    _ transform: (HolonReferenceWire) -> HolonReferenceWire, ids: (HolonId) -> HolonId
  ) -> RequestBody {
    switch self {
    case .none, .transientReference, .parameterValues, .stagedRef, .queryExpression: return self
    case .holon(let holon): return .holon(holon.mapReferences(transform))
    case .targetHolons(let name, let references): return .targetHolons(name, references.map(transform))
    case .holonId(let id): return .holonId(ids(id))
    }
  }
}

extension DanceType {
  /// This dance type with every reference (and holon id) passed through `transform`.
  public func mapReferences(
    _ transform: (HolonReferenceWire) -> HolonReferenceWire, ids: (HolonId) -> HolonId
  ) -> DanceType {
    switch self {
    case .standalone, .deleteMethod: return self
    case .queryMethod(let nodes): return .queryMethod(nodes.mapReferences(transform))
    case .commandMethod(let reference): return .commandMethod(transform(reference))
    case .cloneMethod(let reference): return .cloneMethod(transform(reference))
    case .newVersionMethod(let id): return .newVersionMethod(ids(id))
    }
  }
}

extension ResponseBody {
  /// This body with every reference passed through `transform`.
  public func mapReferences(_ transform: (HolonReferenceWire) -> HolonReferenceWire) -> ResponseBody {
    switch self {
    case .none: return self
    case .holon(let holon): return .holon(holon.mapReferences(transform))
    case .holonCollection(let collection): return .holonCollection(collection.mapReferences(transform))
    case .holons(let holons): return .holons(holons.map { $0.mapReferences(transform) })
    case .holonReference(let reference): return .holonReference(transform(reference))
    case .nodeCollection(let nodes): return .nodeCollection(nodes.mapReferences(transform))
    }
  }

  /// Every reference in the body.
  public var allReferences: [HolonReferenceWire] { collectReferences { _ = mapReferences($0) } }
}

/// Every reference a `mapReferences` walk visits: `walk` gets a transform that records and keeps each one.
///
/// ```swift
/// let references = collectReferences { _ = body.mapReferences($0, ids: { $0 }) }
/// ```
public func collectReferences(
  _ walk: ((HolonReferenceWire) -> HolonReferenceWire) -> Void
) -> [HolonReferenceWire] {
  var found: [HolonReferenceWire] = []
  walk { reference in
    found.append(reference)
    return reference
  }
  return found
}
