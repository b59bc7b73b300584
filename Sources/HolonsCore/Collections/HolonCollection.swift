public import HoloCore

/// An ordered collection of holon references with an index by key (MAP `HolonCollectionWire`, wire
/// `{members: [HolonReference], keyed_index: {key: position}}`, the index sorted by key).
public struct HolonCollection: Hashable, Sendable, MsgPackStructFields {
  /// The members, in order.
  public private(set) var members: [HolonReferenceWire]
  /// Key → position in ``members``, sorted by key.
  public private(set) var keyedIndex: [(key: MapString, position: Int)]

  /// An empty collection.
  public init() {
    members = []
    keyedIndex = []
  }

  /// Appends `member`, indexing it under `key` when given (a key already indexed keeps its first member).
  public mutating func append(_ member: HolonReferenceWire, key: MapString? = nil) {
    members.append(member)
    guard let key, position(forKey: key) == nil else { return }
    let index = keyedIndex.firstIndex { key < $0.key } ?? keyedIndex.count
    keyedIndex.insert((key, members.count - 1), at: index)
  }

  /// The position of the member indexed under `key`.
  public func position(forKey key: MapString) -> Int? { keyedIndex.first { $0.key == key }?.position }

  /// The member indexed under `key`.
  public func member(forKey key: MapString) -> HolonReferenceWire? {
    position(forKey: key).map { members[$0] }
  }

  public static func == (lhs: HolonCollection, rhs: HolonCollection) -> Bool {
    lhs.members == rhs.members && lhs.keyedIndex.map { $0.key } == rhs.keyedIndex.map { $0.key }
      && lhs.keyedIndex.map { $0.position } == rhs.keyedIndex.map { $0.position }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(members)
    for entry in keyedIndex {
      hasher.combine(entry.key)
      hasher.combine(entry.position)
    }
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("members", members)
    writer.write("keyed_index" as StaticString)
    writer.writeMapHeader(keyedIndex.count)
    for entry in keyedIndex {
      entry.key.encode(to: &writer)
      writer.write(Int64(entry.position))
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var members: [HolonReferenceWire]?
    var index: [(key: MapString, position: Int)] = []
    try reader.readStruct(fields: ["members", "keyed_index"]) { field, reader throws(MsgPackError) in
      if field == 0 {
        members = try reader.decode()
        return
      }
      let count = try reader.readMapHeader()
      for _ in 0..<count {
        let key = try MapString(from: &reader)
        let position: Int64 = try reader.readInteger()
        index.append((key, Int(position)))
      }
    }
    self.members = try require(members, "members", in: "HolonCollection")
    for entry in index where entry.position < 0 || entry.position >= self.members.count {
      throw .invalidValue(type: "HolonCollection", reason: "keyed_index position \(entry.position) is out of bounds")
    }
    var sorted: [(key: MapString, position: Int)] = []
    for entry in index {
      guard !sorted.contains(where: { $0.key == entry.key }) else {
        throw .invalidValue(type: "HolonCollection", reason: "key \(entry.key.value) is indexed twice")
      }
      let at = sorted.firstIndex { entry.key < $0.key } ?? sorted.count
      sorted.insert(entry, at: at)
    }
    keyedIndex = sorted
  }
}
