import Foundation
import HoloCore
import HoloCrypto
import HoloNetwork
import Hummingbird
import Logging
import NIOCore
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

@Suite struct BootstrapClientTests {
  /// Stopping a server by cancelling its task makes Hummingbird log errors that are no failure here.
  static let quietLogger = {
    var logger = Logger(label: "bootstrap-client-tests")
    logger.logLevel = .critical
    return logger
  }()

  /// Runs a server with `router` on 127.0.0.1 (a free port) while `body` runs with its port, then stops it.
  func withServer<Result: Sendable>(
    _ router: Router<BasicRequestContext>, _ body: (Int) async throws -> Result
  ) async throws -> Result {
    let (ports, portSink) = AsyncStream<Int>.makeStream()
    let app = Application(
      router: router,
      configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
      onServerRunning: { channel in
        portSink.yield(channel.localAddress?.port ?? -1)
        portSink.finish()
      },
      logger: Self.quietLogger)
    return try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask { try await app.runService(gracefulShutdownSignals: []) }
      defer { group.cancelAll() }
      var iterator = ports.makeAsyncIterator()
      let port = try #require(await iterator.next())
      try #require(port > 0)
      return try await body(port)
    }
  }

  /// A client of a live bootstrap server, on a session of its own that is closed before the server stops.
  func withBootstrapServer(_ body: (BootstrapClient) async throws -> Void) async throws {
    try await withServer(BootstrapServer.router(service: BootstrapService())) { port in
      let session = URLSession(configuration: .ephemeral)
      defer { session.invalidateAndCancel() }
      let base = try #require(URL(string: "http://127.0.0.1:\(port)"))
      try await body(BootstrapClient(baseURL: base, timeout: .seconds(5), session: session))
    }
  }

  @Test func putsInfosAndGetsThemBack() async throws {
    try await withBootstrapServer { client in
      let now = BootstrapServer.nowMicros()
      let alice = PeerFixture()
      let bob = PeerFixture()
      let aliceInfo = alice.signed(createdAt: now, arc: StorageArc(start: 0, end: 99))
      let bobInfo = bob.signed(createdAt: now + 1, url: nil, arc: .empty)
      try await client.put(aliceInfo)
      try await client.put(bobInfo)
      let listed = try await client.get(space: alice.space)
      #expect(listed == [aliceInfo, bobInfo])
      #expect(listed.map(\.info) == [aliceInfo.info, bobInfo.info])
      #expect(try await client.get(space: Array("nobody-here".utf8)).isEmpty)

      // A tombstone withdraws Alice.
      try await client.put(alice.signed(createdAt: now + 2, tombstone: true))
      #expect(try await client.get(space: alice.space) == [bobInfo])
    }
  }

  @Test func aBadSignatureIsRefusedWithTheServersReason() async throws {
    try await withBootstrapServer { client in
      let now = BootstrapServer.nowMicros()
      let alice = PeerFixture()
      let forged = SignedAgentInfo.sign(alice.info(createdAt: now)) { PeerFixture().keys.sign($0) }
      await #expect(throws: BootstrapClientError.server(status: 500, message: "InvalidSignature")) {
        try await client.put(forged)
      }
      let stale = alice.signed(createdAt: now - 10 * PeerFixture.minute)
      await #expect(throws: BootstrapClientError.server(status: 500, message: "InvalidCreatedAt")) {
        try await client.put(stale)
      }
      let listed = try await client.get(space: alice.space)
      #expect(listed.isEmpty)
    }
  }

  @Test func anUnreachableServerIsATransportError() async throws {
    // A port a server had, closed again, so that nothing listens there.
    let port = try await withServer(Router()) { $0 }
    let client = BootstrapClient(baseURL: try #require(URL(string: "http://127.0.0.1:\(port)")), timeout: .seconds(5))
    do {
      _ = try await client.get(space: [1, 2, 3])
      Issue.record("a closed port answered")
    } catch {
      guard case .transport = error else {
        Issue.record("expected a transport error, got \(error)")
        return
      }
    }
  }
}
