import Testing

@testable import ConductorInterfaces

@Suite("WebSocketURL")
struct WebSocketURLTests {
  @Test("Host, port and request target")
  func parts() throws {
    let url = try WebSocketURL("ws://localhost:4444")
    #expect(url.host == "localhost")
    #expect(url.port == 4444)
    #expect(url.path == "/")
    #expect(url.hostHeader == "localhost:4444")
    #expect(url.derivedOrigin == "ws://localhost")

    let withPath = try WebSocketURL("WS://127.0.0.1/api?x=1#frag")
    #expect(withPath.port == 80)
    #expect(withPath.path == "/api?x=1")
    #expect(try WebSocketURL("ws://h:1?q").path == "/?q")
  }

  @Test("IPv6 hosts are bracketed in the URL and the headers")
  func ipv6() throws {
    let url = try WebSocketURL("ws://[::1]:8888/")
    #expect(url.host == "::1")
    #expect(url.port == 8888)
    #expect(url.hostHeader == "[::1]:8888")
    #expect(url.derivedOrigin == "ws://[::1]")
    #expect(try WebSocketURL(host: "::1", port: 9) == WebSocketURL("ws://[::1]:9"))
    #expect(try WebSocketURL(host: "example.org", port: 9) == WebSocketURL("ws://example.org:9"))
  }

  @Test(
    "Malformed URLs are refused",
    arguments: [
      "http://localhost:1", "wss://localhost:1", "ws://", "ws://:80", "ws://h:0", "ws://h:65536", "ws://h:x",
      "ws://[::1", "ws://[::1]x", "ws://user@h:1", "ws://h:1:2",
    ])
  func malformed(_ string: String) {
    #expect(throws: ConductorClientError.self) { try WebSocketURL(string) }
  }
}
