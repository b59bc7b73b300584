import HoloCore
import Yams

/// Parses YAML into the generic value serde would buffer it as (serde's `Content`), which is also what
/// rmp-serde writes for YAML properties: plain scalars are resolved by ``YAMLScalar``, quoted ones are
/// strings, and mappings keep their order.
///
/// ```swift
/// let value = try YAMLReader.read("a: 1\nb: [x, ~]")
/// // .map([a: .uint(1), b: .array([.string("x"), .nilValue])])
/// ```
enum YAMLReader {
  /// Marks plain scalars without a tag, which Yams would otherwise resolve to `str` like quoted ones.
  private static let untaggedPlain = Tag.Name(rawValue: "tag:holoswift,2025:untagged-plain")

  /// Resolves every untagged plain scalar to ``untaggedPlain``, so explicit tags stay distinguishable.
  private static let resolver: Resolver = (try? Resolver.basic.appending(untaggedPlain, "^")) ?? .basic

  /// Parses one YAML document; an empty document is `nil`.
  static func read(_ text: String) throws(BundleError) -> MsgPackValue {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, resolver)
    } catch {
      throw .badYAML(String(describing: error))
    }
    guard let root else { return .nilValue }
    return try value(of: root, depth: 0)
  }

  private static func value(of node: Node, depth: Int) throws(BundleError) -> MsgPackValue {
    guard depth < MsgPackReader.maximumDepth else { throw .badYAML("the document nests too deeply") }
    switch node {
    case .scalar(let scalar):
      return try scalarValue(scalar, tag: tagName(of: node), at: node.mark)
    case .sequence(let sequence):
      try requireCoreTag(tagName(of: node), .seq, at: node.mark)
      var values: [MsgPackValue] = []
      values.reserveCapacity(sequence.count)
      for element in sequence { values.append(try value(of: element, depth: depth + 1)) }
      return .array(values)
    case .mapping(let mapping):
      try requireCoreTag(tagName(of: node), .map, at: node.mark)
      var entries: [MsgPackMapEntry] = []
      entries.reserveCapacity(mapping.count)
      for (key, element) in mapping {
        entries.append(
          MsgPackMapEntry(key: try value(of: key, depth: depth + 1), value: try value(of: element, depth: depth + 1)))
      }
      return .map(entries)
    case .alias:
      // `compose` replaces aliases by the anchored node; an alias left over has nothing to refer to.
      throw .badYAML("unresolved alias\(location(node.mark))")
    }
  }

  private static func scalarValue(_ scalar: Node.Scalar, tag: Tag.Name, at mark: Mark?) throws(BundleError)
    -> MsgPackValue
  {
    let text = scalar.string
    let resolved: YAMLScalar
    switch tag {
    case untaggedPlain: resolved = YAMLScalar.resolve(text)
    case .str: return .string(text)
    case .null, .bool, .int, .float:
      resolved = YAMLScalar.resolve(text)
      guard matches(resolved, tag) else {
        throw .badYAML("`\(text)` is not a valid \(tag.rawValue)\(location(mark))")
      }
      if tag == .float, case .unsigned(let number) = resolved { return .float64(Double(number)) }
      if tag == .float, case .negative(let number) = resolved { return .float64(Double(number)) }
    default:
      throw .badYAML("custom tag `\(tag.rawValue)` is not supported in manifests\(location(mark))")
    }
    switch resolved {
    case .null: return .nilValue
    case .bool(let flag): return .bool(flag)
    case .unsigned(let number): return .uint(number)
    case .negative(let number): return .int(number)
    case .float(let number): return .float64(number)
    case .string: return .string(text)
    case .integerOutOfRange: throw .badYAML("integer `\(text)` does not fit 64 bits\(location(mark))")
    }
  }

  /// Whether an explicitly tagged scalar (`!!int 5`) holds a value of its tag.
  private static func matches(_ resolved: YAMLScalar, _ tag: Tag.Name) -> Bool {
    switch (resolved, tag) {
    case (.null, .null), (.bool, .bool), (.unsigned, .int), (.negative, .int), (.integerOutOfRange, .int): true
    case (.float, .float), (.unsigned, .float), (.negative, .float): true
    default: false
    }
  }

  private static func requireCoreTag(_ tag: Tag.Name, _ expected: Tag.Name, at mark: Mark?) throws(BundleError) {
    guard tag == expected else {
      throw .badYAML("custom tag `\(tag.rawValue)` is not supported in manifests\(location(mark))")
    }
  }

  /// The node's tag after resolution (reading it resolves it with the parser's resolver).
  private static func tagName(of node: Node) -> Tag.Name { Tag.Name(rawValue: node.tag.rawValue) }

  private static func location(_ mark: Mark?) -> String {
    mark.map { " at line \($0.line) column \($0.column)" } ?? ""
  }
}
