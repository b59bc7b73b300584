/// Where a peer's ``PeerTransport`` listens, written `hsw://host:port`.
///
/// ```swift
/// let url = PeerURL(string: "hsw://127.0.0.1:4567")   // host "127.0.0.1", port 4567
/// let v6 = PeerURL(host: "::1", port: 4567)           // "hsw://[::1]:4567"
/// ```
public struct PeerURL: Hashable, Sendable, CustomStringConvertible {
  /// The URL scheme, without `://`.
  public static let scheme = "hsw"

  /// A host name or an IP address; an IPv6 address is kept without its brackets.
  public var host: String
  /// The TCP port.
  public var port: Int

  /// A URL for `host` (IPv6 addresses without brackets) and `port`.
  public init(host: String, port: Int) {
    self.host = host
    self.port = port
  }

  /// Parses `hsw://host:port`, with an IPv6 host in brackets (`hsw://[::1]:4567`); `nil` for anything else,
  /// including a port outside 1...65535, a path or an empty host.
  public init?(string: String) {
    let prefix = Self.scheme + "://"
    guard string.hasPrefix(prefix) else { return nil }
    let authority = string.dropFirst(prefix.count)
    let hostPart: Substring
    let portPart: Substring
    if authority.first == "[" {
      guard let close = authority.firstIndex(of: "]") else { return nil }
      hostPart = authority[authority.index(after: authority.startIndex)..<close]
      let rest = authority[authority.index(after: close)...]
      guard rest.first == ":" else { return nil }
      portPart = rest.dropFirst()
      guard hostPart.contains(":") else { return nil }
    } else {
      guard let colon = authority.lastIndex(of: ":") else { return nil }
      hostPart = authority[..<colon]
      portPart = authority[authority.index(after: colon)...]
      guard !hostPart.contains(":") else { return nil }
    }
    guard !hostPart.isEmpty, !hostPart.contains(where: { "/?#@[] ".contains($0) }) else { return nil }
    guard !portPart.isEmpty, portPart.allSatisfy({ $0.isASCII && $0.isNumber }), portPart.count <= 5,
      let port = Int(portPart), (1...65535).contains(port)
    else { return nil }
    self.init(host: String(hostPart), port: port)
  }

  /// `hsw://host:port`, with an IPv6 host in brackets.
  public var description: String {
    let shownHost = host.contains(":") ? "[\(host)]" : host
    return "\(Self.scheme)://\(shownHost):\(port)"
  }
}
