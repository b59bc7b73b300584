public import HoloCore

/// A holon's relationships: for each name, the holons it points to, in the order they were added (MAP
/// `TransientRelationshipMap` / `StagedRelationshipMap`). Names are kept sorted (UTF-8 byte order) so the wire
/// form — a msgpack map of name to an array of references — is deterministic.
public struct RelationshipMap: Hashable, Sendable, MsgPackCodable {
  /// One relationship and its targets.
  public struct Entry: Hashable, Sendable {
    public var name: RelationshipName
    public var targets: [HolonReferenceWire]
  }

  /// The relationships, sorted by name, names unique, none empty.
  public private(set) var entries: [Entry]

  /// No relationships.
  public init() { entries = [] }

  /// Whether there are no relationships.
  public var isEmpty: Bool { entries.isEmpty }

  /// The relationship names, sorted.
  public var names: [RelationshipName] { entries.map { $0.name } }

  /// The targets of `name` (empty when there are none).
  public subscript(name: RelationshipName) -> [HolonReferenceWire] {
    get { entries.first { $0.name == name }?.targets ?? [] }
    set {
      let index = entries.firstIndex { !($0.name < name) } ?? entries.count
      let exists = index < entries.count && entries[index].name == name
      switch (exists, newValue.isEmpty) {
      case (true, true): entries.remove(at: index)
      case (true, false): entries[index].targets = newValue
      case (false, false): entries.insert(Entry(name: name, targets: newValue), at: index)
      case (false, true): break
      }
    }
  }

  /// Adds `targets` to `name`, skipping any already there.
  public mutating func add(_ targets: [HolonReferenceWire], to name: RelationshipName) {
    var current = self[name]
    for target in targets where !current.contains(target) { current.append(target) }
    self[name] = current
  }

  /// Removes `targets` from `name`.
  public mutating func remove(_ targets: [HolonReferenceWire], from name: RelationshipName) {
    self[name] = self[name].filter { !targets.contains($0) }
  }

  /// Every reference, in name order: what binding checks and space crossings rewrite.
  public var allReferences: [HolonReferenceWire] { entries.flatMap { $0.targets } }

  /// The same map with every reference passed through `transform`.
  public func mapReferences<E: Error>(
    _ transform: (HolonReferenceWire) throws(E) -> HolonReferenceWire
  ) throws(E) -> RelationshipMap {
    var copy = self
    for index in copy.entries.indices {
      var targets: [HolonReferenceWire] = []
      for target in copy.entries[index].targets { targets.append(try transform(target)) }
      copy.entries[index].targets = targets
    }
    return copy
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(entries.count)
    for entry in entries {
      entry.name.encode(to: &writer)
      entry.targets.encode(to: &writer)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let count = try reader.readMapHeader()
    var map = RelationshipMap()
    try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in
      for _ in 0..<count {
        let name = try RelationshipName(from: &reader)
        let targets: [HolonReferenceWire] = try reader.decode()
        guard map[name].isEmpty else {
          throw .invalidValue(type: "RelationshipMap", reason: "relationship \(name.name.value) appears twice")
        }
        guard !targets.isEmpty else {
          throw .invalidValue(type: "RelationshipMap", reason: "relationship \(name.name.value) has no targets")
        }
        map[name] = targets
      }
    }
    self = map
  }
}
