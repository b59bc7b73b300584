public import HoloCore

/// A holon's properties: names to values, always ordered by name (byte-wise, as MAP's
/// `BTreeMap<PropertyName, BaseValue>`), so the same map always encodes to the same bytes.
///
/// ```swift
/// var properties = PropertyMap()
/// properties["title"] = .string("Hello")
/// properties["count"] = .integer(3)
/// // properties.names == ["count", "title"]
/// ```
public struct PropertyMap: Hashable, Sendable, MsgPackCodable, ExpressibleByDictionaryLiteral {
  /// The entries, sorted by name, names unique.
  public private(set) var entries: [Entry]

  /// One property.
  public struct Entry: Hashable, Sendable {
    public var name: PropertyName
    public var value: BaseValue
  }

  public init() { entries = [] }

  /// A map of `pairs`; for a repeated name the last value wins.
  public init(_ pairs: [(PropertyName, BaseValue)]) {
    entries = []
    for (name, value) in pairs { self[name] = value }
  }

  public init(dictionaryLiteral elements: (PropertyName, BaseValue)...) { self.init(elements) }

  /// How many properties there are.
  public var count: Int { entries.count }
  /// Whether there are none.
  public var isEmpty: Bool { entries.isEmpty }
  /// The names, in order.
  public var names: [PropertyName] { entries.map { $0.name } }

  /// The value of `name`; assigning `nil` removes it.
  public subscript(name: PropertyName) -> BaseValue? {
    get {
      let (index, found) = position(of: name)
      return found ? entries[index].value : nil
    }
    set {
      let (index, found) = position(of: name)
      switch (found, newValue) {
      case (true, .some(let value)): entries[index].value = value
      case (true, .none): entries.remove(at: index)
      case (false, .some(let value)): entries.insert(Entry(name: name, value: value), at: index)
      case (false, .none): break
      }
    }
  }

  /// Binary search: where `name` is, or where it would go.
  private func position(of name: PropertyName) -> (index: Int, found: Bool) {
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].name < name {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return (low, low < entries.count && entries[low].name == name)
  }

  /// A msgpack map in name order.
  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(entries.count)
    for entry in entries {
      entry.name.encode(to: &writer)
      entry.value.encode(to: &writer)
    }
  }

  /// Accepts entries in any order (a repeated name keeps the last value, as serde's `BTreeMap` does).
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let count = try reader.readMapHeader()
    var map = PropertyMap()
    try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in
      for _ in 0..<count {
        let name = try PropertyName(from: &reader)
        map[name] = try BaseValue(from: &reader)
      }
    }
    self = map
  }
}
