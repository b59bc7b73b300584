/// A `ws://` URL, split into what a connection needs: `ws://host[:port][/path][?query]`, the host a name, an
/// IPv4 address or a bracketed IPv6 address (`ws://[::1]:4444`).
///
/// ```swift
/// let url = try WebSocketURL("ws://localhost:4444")
/// url.hostHeader   // "localhost:4444"
/// ```
struct WebSocketURL: Equatable {
  /// The host to connect to, without brackets.
  let host: String
  let port: Int
  /// The request target: the path (at least `/`) and the query.
  let path: String

  init(_ string: String) throws(ConductorClientError) {
    let lowered = string.lowercased()
    if lowered.hasPrefix("wss://") {
      throw .connectionFailed("TLS websockets (wss://) are not supported: \(string)")
    }
    guard lowered.hasPrefix("ws://") else { throw .connectionFailed("not a ws:// URL: \(string)") }
    let rest = string.dropFirst("ws://".count)
    let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
    let authority = rest[..<authorityEnd]
    var target = String(rest[authorityEnd...])
    if let fragment = target.firstIndex(of: "#") { target = String(target[..<fragment]) }
    if !target.hasPrefix("/") { target = "/" + target }
    guard !authority.contains("@") else { throw .connectionFailed("user information is not supported: \(string)") }

    let host: Substring
    let portText: Substring?
    if authority.hasPrefix("[") {
      guard let close = authority.firstIndex(of: "]") else { throw .connectionFailed("unclosed IPv6 host: \(string)") }
      host = authority[authority.index(after: authority.startIndex)..<close]
      let afterHost = authority[authority.index(after: close)...]
      if afterHost.isEmpty {
        portText = nil
      } else {
        guard afterHost.hasPrefix(":") else { throw .connectionFailed("invalid host: \(string)") }
        portText = afterHost.dropFirst()
      }
    } else if let colon = authority.firstIndex(of: ":") {
      host = authority[..<colon]
      portText = authority[authority.index(after: colon)...]
    } else {
      host = authority
      portText = nil
    }
    guard !host.isEmpty else { throw .connectionFailed("missing host: \(string)") }
    var port = 80
    if let portText {
      guard portText.allSatisfy(\.isASCII), let parsed = Int(portText), (1...65535).contains(parsed) else {
        throw .connectionFailed("invalid port: \(string)")
      }
      port = parsed
    }
    self.host = String(host)
    self.port = port
    self.path = target
  }

  /// The URL of `host` and `port`; an IPv6 address is bracketed.
  init(host: String, port: UInt16) throws(ConductorClientError) {
    try self.init(host.contains(":") ? "ws://[\(host)]:\(port)" : "ws://\(host):\(port)")
  }

  private var bracketedHost: String { host.contains(":") ? "[\(host)]" : host }

  /// The `Host` header: the host and the port.
  var hostHeader: String { "\(bracketedHost):\(port)" }

  /// The `Origin` that websocket clients derive from the URL (`ws://host`), sent when no origin is configured.
  var derivedOrigin: String { "ws://\(bracketedHost)" }
}
