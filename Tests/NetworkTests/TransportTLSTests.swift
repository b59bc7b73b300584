import HoloNetwork
import Testing

/// The transport over TLS: each node's throwaway certificate, traffic both ways, and no talking in the clear.
/// Handshakes take real time, so these run in the BoundedTimeTests phase, like the other transport tests.
@Suite(.serialized) struct TransportTLSBoundedTimeTests {
  func transport(tls: Bool) async throws -> (PeerTransport, PeerURL) {
    let configuration = TransportConfiguration(
      connectTimeout: .seconds(3), requestTimeout: .seconds(5), tls: tls ? try TransportTLS.selfSigned() : nil)
    let transport = PeerTransport(configuration: configuration) { payload, isRequest in
      isRequest ? Array("tls:".utf8) + payload : nil
    }
    return (transport, try await transport.start())
  }

  @Test func twoTLSPeersTalkBothWays() async throws {
    let (a, urlA) = try await transport(tls: true)
    let (b, urlB) = try await transport(tls: true)
    #expect(try await a.request([1, 2, 3], to: urlB) == Array("tls:".utf8) + [1, 2, 3])
    #expect(try await b.request([4], to: urlA) == Array("tls:".utf8) + [4])
    await a.stop()
    await b.stop()
  }

  @Test func aPlainPeerCannotTalkToATLSOneWhichServesOthersOn() async throws {
    let (server, url) = try await transport(tls: true)
    let (plain, _) = try await transport(tls: false)
    var refused = false
    do {
      _ = try await plain.request([9], to: url, timeout: .seconds(3))
    } catch {
      refused = true
    }
    #expect(refused, "a plain frame must not reach a TLS peer's handler")
    let (other, _) = try await transport(tls: true)
    #expect(try await other.request([7], to: url) == Array("tls:".utf8) + [7])
    for transport in [server, plain, other] { await transport.stop() }
  }
}
