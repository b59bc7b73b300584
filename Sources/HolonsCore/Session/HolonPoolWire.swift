public import HoloCore

/// A transaction's pool of transient or staged holons as it crosses a boundary (MAP `SerializableHolonPool`,
/// wire `{holons: {TemporaryId: HolonWire}, keyed_index: {key: TemporaryId}}`), both maps ordered by key so the
/// bytes are deterministic.
public struct HolonPoolWire: Hashable, Sendable, MsgPackStructFields {
  /// One holon of the pool.
  public struct Member: Hashable, Sendable {
    public var id: TemporaryId
    public var holon: Holon
  }

  /// One entry of the key index.
  public struct KeyedEntry: Hashable, Sendable {
    public var key: MapString
    public var id: TemporaryId
  }

  /// The holons, sorted by id, ids unique.
  public private(set) var holons: [Member]
  /// The key index, sorted by key (byte-wise), keys unique.
  public private(set) var keyedIndex: [KeyedEntry]

  /// An empty pool.
  public init() {
    holons = []
    keyedIndex = []
  }

  /// Whether the pool has no holons and no keys.
  public var isEmpty: Bool { holons.isEmpty && keyedIndex.isEmpty }

  /// Adds or replaces the holon `id` (binary search: loads of hundreds of holons stay cheap in guests).
  public mutating func insert(_ holon: Holon, id: TemporaryId) {
    let index = Self.position(of: id, in: holons, by: { $0.id })
    if index < holons.count, holons[index].id == id {
      holons[index].holon = holon
    } else {
      holons.insert(Member(id: id, holon: holon), at: index)
    }
  }

  /// The holon `id`, if present.
  public func holon(_ id: TemporaryId) -> Holon? {
    let index = Self.position(of: id, in: holons, by: { $0.id })
    return index < holons.count && holons[index].id == id ? holons[index].holon : nil
  }

  /// Indexes `id` under `key`, replacing any previous id for that key.
  public mutating func index(_ id: TemporaryId, key: MapString) {
    let index = Self.position(of: key, in: keyedIndex, by: { $0.key })
    if index < keyedIndex.count, !(key < keyedIndex[index].key) {
      keyedIndex[index].id = id
    } else {
      keyedIndex.insert(KeyedEntry(key: key, id: id), at: index)
    }
  }

  /// The id indexed under `key`, if any.
  public func id(forKey key: MapString) -> TemporaryId? {
    let index = Self.position(of: key, in: keyedIndex, by: { $0.key })
    return index < keyedIndex.count && !(key < keyedIndex[index].key) ? keyedIndex[index].id : nil
  }

  /// The first position in `elements` (sorted by `field`) whose field is not below `value`.
  private static func position<E, V: Comparable>(of value: V, in elements: [E], by field: (E) -> V) -> Int {
    if let last = elements.last, field(last) < value { return elements.count }
    var low = 0
    var high = elements.count
    while low < high {
      let middle = (low + high) / 2
      if field(elements[middle]) < value { low = middle + 1 } else { high = middle }
    }
    return low
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.write("holons" as StaticString)
    writer.writeMapHeader(holons.count)
    for member in holons {
      member.id.encode(to: &writer)
      member.holon.encode(to: &writer)
    }
    writer.write("keyed_index" as StaticString)
    writer.writeMapHeader(keyedIndex.count)
    for entry in keyedIndex {
      entry.key.encode(to: &writer)
      entry.id.encode(to: &writer)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var pool = HolonPoolWire()
    var seen = [false, false]
    try reader.readStruct(fields: ["holons", "keyed_index"]) { index, reader throws(MsgPackError) in
      seen[index] = true
      let count = try reader.readMapHeader()
      try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in
        for _ in 0..<count {
          if index == 0 {
            let id = try TemporaryId(from: &reader)
            pool.insert(try Holon(from: &reader), id: id)
          } else {
            let key = try MapString(from: &reader)
            pool.index(try TemporaryId(from: &reader), key: key)
          }
        }
      }
    }
    if !seen[0] { throw .missingField(type: "HolonPoolWire", field: "holons") }
    if !seen[1] { throw .missingField(type: "HolonPoolWire", field: "keyed_index") }
    self = pool
  }
}
