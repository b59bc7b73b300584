public import HoloCore

/// Which browser origins may open a websocket to an interface. A single string on the wire: `"*"` for any
/// origin, otherwise a comma-separated list (`"http://localhost:3000,http://localhost:3001"`).
///
/// ```swift
/// let origins = AllowedOrigins(string: "http://a.test, http://b.test")
/// origins.allows("http://a.test")   // true
/// ```
public enum AllowedOrigins: Hashable, Sendable {
  /// Any origin (`"*"`).
  case any
  /// Only these origins.
  case origins(Set<String>)

  /// Parses the wire form as Holochain does: `"*"` is any origin, anything else is split on commas and trimmed.
  public init(string: String) {
    if string == "*" {
      self = .any
      return
    }
    var origins: Set<String> = []
    for part in string.split(separator: ",", omittingEmptySubsequences: false) {
      origins.insert(Self.trimmed(part))
    }
    self = .origins(origins)
  }

  /// The wire form; listed origins are sorted so the same set always gives the same string.
  public var stringValue: String {
    switch self {
    case .any: return "*"
    case .origins(let origins):
      return origins.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: ",")
    }
  }

  /// Whether a connection with this `Origin` header value may connect.
  public func allows(_ origin: String) -> Bool {
    switch self {
    case .any: return true
    case .origins(let origins): return origins.contains(origin)
    }
  }

  private static func trimmed(_ text: Substring) -> String {
    var scalars = text.unicodeScalars[...]
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}

extension AllowedOrigins: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(stringValue) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    self.init(string: try reader.readString())
  }
}
