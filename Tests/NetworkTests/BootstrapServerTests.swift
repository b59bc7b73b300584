import Foundation
import HoloCore
import HoloCrypto
import HoloNetwork
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// A signed agent info as a Kitsune2 peer puts it.
struct SignedInfo {
  let keys = Ed25519KeyPair.generate()
  var space: [UInt8] = Array("space-one".utf8)

  var agentSegment: String { Base64URL.encode(keys.publicKey) }
  var spaceSegment: String { Base64URL.encode(space) }

  func body(createdAt: Int64, expiresAt: Int64, tombstone: Bool = false, signer: Ed25519KeyPair? = nil) -> [UInt8] {
    let inner =
      #"{"agent":"\#(agentSegment)","space":"\#(spaceSegment)","createdAt":"\#(createdAt)","expiresAt":"\#(expiresAt)","isTombstone":\#(tombstone),"url":"ws://peer"}"#
    let signature = Base64URL.encode((signer ?? keys).sign(Array(inner.utf8)))
    let escaped = inner.replacingOccurrences(of: "\"", with: "\\\"")
    return Array(#"{"agentInfo":"\#(escaped)","signature":"\#(signature)"}"#.utf8)
  }
}

/// A clock the tests move.
final class TestClock: Sendable {
  let micros = Mutex<Int64>(1_800_000_000_000_000)
  var now: Int64 { micros.withLock { $0 } }
  func advance(seconds: Int64) { micros.withLock { $0 += seconds * 1_000_000 } }
}

@Suite struct BootstrapServerTests {
  static let minute: Int64 = 60 * 1_000_000

  func withServer(
    maxEntries: Int = 32, _ body: @Sendable (any TestClientProtocol, TestClock) async throws -> Void
  ) async throws {
    let clock = TestClock()
    let service = BootstrapService(spaces: BootstrapSpaces(maxEntriesPerSpace: maxEntries))
    let app = Application(router: BootstrapServer.router(service: service, now: { clock.now }))
    try await app.test(.router) { client in try await body(client, clock) }
  }

  func put(_ client: any TestClientProtocol, _ info: SignedInfo, _ body: [UInt8], agent: String? = nil)
    async throws -> (HTTPResponse.Status, String)
  {
    try await client.execute(
      uri: "/bootstrap/\(info.spaceSegment)/\(agent ?? info.agentSegment)", method: .put, body: ByteBuffer(bytes: body)
    ) { response in (response.status, String(buffer: response.body)) }
  }

  func get(_ client: any TestClientProtocol, _ space: String) async throws -> String {
    try await client.execute(uri: "/bootstrap/\(space)", method: .get) { String(buffer: $0.body) }
  }

  @Test func aSignedInfoIsListedUntilItExpiresOrIsWithdrawn() async throws {
    try await withServer { client, clock in
      let alice = SignedInfo()
      let bob = SignedInfo()
      let aliceBody = alice.body(createdAt: clock.now, expiresAt: clock.now + 20 * Self.minute)
      let first = try await put(client, alice, aliceBody)
      #expect(first.0 == .ok && first.1 == "{}")
      let bobBody = bob.body(createdAt: clock.now + 1, expiresAt: clock.now + 5 * Self.minute)
      let second = try await put(client, bob, bobBody)
      #expect(second.0 == .ok)
      let both = try await get(client, alice.spaceSegment)
      #expect(both == "[" + String(decoding: aliceBody, as: UTF8.self) + "," + String(decoding: bobBody, as: UTF8.self) + "]")
      let other = try await get(client, Base64URL.encode(Array("other".utf8)))
      #expect(other == "[]")

      // Bob's info expires; Alice withdraws hers with a tombstone.
      clock.advance(seconds: 6 * 60)
      let afterExpiry = try await get(client, alice.spaceSegment)
      #expect(afterExpiry == "[" + String(decoding: aliceBody, as: UTF8.self) + "]")
      let tombstone = alice.body(createdAt: clock.now, expiresAt: clock.now + Self.minute, tombstone: true)
      let withdrawn = try await put(client, alice, tombstone)
      #expect(withdrawn.0 == .ok)
      let afterTombstone = try await get(client, alice.spaceSegment)
      #expect(afterTombstone == "[]")
      let health = try await client.execute(uri: "/health", method: .get) { String(buffer: $0.body) }
      #expect(health == "{}")
    }
  }

  @Test func badInfosAreRefusedWithKitsuneErrors() async throws {
    try await withServer { client, clock in
      let info = SignedInfo()
      let now = clock.now
      let cases: [([UInt8], String?, String)] = [
        (info.body(createdAt: now, expiresAt: now + Self.minute, signer: Ed25519KeyPair.generate()), nil, "InvalidSignature"),
        (info.body(createdAt: now - 10 * Self.minute, expiresAt: now - Self.minute), nil, "InvalidCreatedAt"),
        (info.body(createdAt: now - 2 * Self.minute, expiresAt: now - Self.minute), nil, "InvalidExpiresAt"),
        (info.body(createdAt: now, expiresAt: now + 31 * Self.minute), nil, "InvalidExpiresAt"),
        (info.body(createdAt: now + 4 * Self.minute, expiresAt: now + 5 * Self.minute), nil, "InvalidCreatedAt"),
        (info.body(createdAt: now, expiresAt: now + Self.minute), SignedInfo().agentSegment, "InvalidAgent"),
        (Array("not json".utf8), nil, "InvalidJson"),
      ]
      for (body, agent, error) in cases {
        let (status, text) = try await put(client, info, body, agent: agent)
        #expect(status == .internalServerError && text.contains(error), "\(error): \(status) \(text)")
      }
      var elsewhere = info
      elsewhere.space = Array("space-two".utf8)
      let wrongSpace = try await client.execute(
        uri: "/bootstrap/\(info.spaceSegment)/\(info.agentSegment)", method: .put,
        body: ByteBuffer(bytes: elsewhere.body(createdAt: now, expiresAt: now + Self.minute))
      ) { String(buffer: $0.body) }
      #expect(wrongSpace.contains("InvalidSpace"))

      let large = try await put(client, info, [UInt8](repeating: 0x20, count: 2000))
      #expect(large.0 == .contentTooLarge)
      let badPath = try await client.execute(uri: "/bootstrap/!!!", method: .get) { $0.status }
      #expect(badPath == .badRequest)
      let kept = try await get(client, info.spaceSegment)
      #expect(kept == "[]", "nothing refused was kept")
    }
  }

  @Test func aFullSpaceDropsTheInfosThatExpireFirst() async throws {
    try await withServer(maxEntries: 2) { client, clock in
      let now = clock.now
      let soon = SignedInfo(), later = SignedInfo(), latest = SignedInfo()
      _ = try await put(client, soon, soon.body(createdAt: now, expiresAt: now + Self.minute))
      _ = try await put(client, later, later.body(createdAt: now, expiresAt: now + 10 * Self.minute))
      _ = try await put(client, latest, latest.body(createdAt: now, expiresAt: now + 20 * Self.minute))
      let listed = try await get(client, soon.spaceSegment)
      #expect(!listed.contains(soon.agentSegment) && listed.contains(later.agentSegment) && listed.contains(latest.agentSegment))
    }
  }
}
