import HoloCore
import Yams

/// Writes a generic value as YAML the way serde_yaml does: block style, no document marker, strings quoted
/// only when they would otherwise read back as something else (`'0'`, `'true'`, `''`).
///
/// ```swift
/// try YAMLWriter.write(.map([.init(key: .string("manifest_version"), value: .string("0"))]))
/// // "manifest_version: '0'\n"
/// ```
enum YAMLWriter {
  static func write(_ value: MsgPackValue) throws(BundleError) -> String {
    do {
      return try Yams.serialize(node: node(for: value), indent: 2, width: -1, allowUnicode: true)
    } catch {
      throw .badYAML("cannot write the manifest as YAML: \(error)")
    }
  }

  private static func node(for value: MsgPackValue) -> Node {
    switch value {
    case .nilValue: return plain("null")
    case .bool(let flag): return plain(flag ? "true" : "false")
    case .uint(let number): return plain(String(number))
    case .int(let number): return plain(String(number))
    case .float32(let number): return plain(format(Double(number)))
    case .float64(let number): return plain(format(number))
    case .string(let text): return string(text)
    case .binary(let bytes): return sequence(bytes.map { plain(String($0)) })
    case .array(let values): return sequence(values.map(node(for:)))
    case .map(let entries):
      return .mapping(.init(entries.map { (node(for: $0.key), node(for: $0.value)) }, Tag(.map), .block))
    case .ext(let type, let data):
      // YAML has no extension values; keep their bytes readable rather than fail.
      return sequence([plain(String(type))] + data.map { plain(String($0)) })
    }
  }

  private static func plain(_ text: String) -> Node { .scalar(.init(text, Tag(.str), .plain)) }

  private static func sequence(_ nodes: [Node]) -> Node { .sequence(.init(nodes, Tag(.seq), .block)) }

  /// A string as serde_yaml writes it: a literal block if multi-line, single-quoted if it would read back as
  /// another type or is a leading-zero number (`'0'`, `'true'`, `''`, `'007'`), else as the emitter likes.
  private static func string(_ text: String) -> Node {
    let style: Node.Scalar.Style
    if text.contains("\n") {
      style = .literal
    } else if YAMLScalar.resolve(text) != .string || YAMLScalar.digitsButNotNumber(text) {
      style = .singleQuoted
    } else {
      style = .any
    }
    return .scalar(.init(text, Tag(.str), style))
  }

  /// serde_yaml's float spelling: `.inf`, `-.inf`, `.nan`, else the shortest round-trip form with ryu's
  /// exponent style (`1e20`, `1.5e-7`).
  private static func format(_ number: Double) -> String {
    if number.isNaN { return ".nan" }
    if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
    let text = "\(number)"
    guard let exponentStart = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
    var exponent = text[text.index(after: exponentStart)...]
    let negative = exponent.hasPrefix("-")
    if negative || exponent.hasPrefix("+") { exponent = exponent.dropFirst() }
    let digits = exponent.drop(while: { $0 == "0" })
    return text[..<exponentStart] + "e" + (negative ? "-" : "") + (digits.isEmpty ? "0" : digits)
  }
}
