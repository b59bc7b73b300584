import HoloNetwork
import NIOCore
import NIOPosix
import Synchronization
import Testing

// MARK: Helpers

/// A running transport whose handler answers a request with `"re:" + payload`.
private func echoTransport(
  _ configuration: TransportConfiguration = .init(),
  handler: PeerTransport.Handler? = nil
) async throws -> (PeerTransport, PeerURL) {
  let transport = PeerTransport(
    configuration: configuration, handler: handler ?? { payload, _ in Array("re:".utf8) + payload })
  let url = try await transport.start()
  return (transport, url)
}

/// `true` once `condition` holds, polling for at most `limit`.
private func eventually(within limit: Duration = .seconds(10), _ condition: () -> Bool) async -> Bool {
  let deadline = ContinuousClock.now + limit
  while ContinuousClock.now < deadline {
    if condition() { return true }
    try? await Task.sleep(for: .milliseconds(5))
  }
  return condition()
}

/// The error a call threw, or `nil` if it succeeded.
private func failure<T>(_ call: () async throws -> T) async -> TransportError? {
  do {
    _ = try await call()
    return nil
  } catch let error as TransportError {
    return error
  } catch {
    Issue.record("not a TransportError: \(error)")
    return nil
  }
}

/// Raw protocol bytes, as another implementation would write them.
private func rawFrame(
  magic: [UInt8] = [0x48, 0x53], version: UInt8 = 1, kind: UInt8, id: UInt64, declaredLength: UInt32? = nil,
  payload: [UInt8] = []
) -> [UInt8] {
  var bytes = magic + [version, kind]
  bytes += (0..<8).reversed().map { UInt8(truncatingIfNeeded: id >> (8 * UInt64($0))) }
  let length = declaredLength ?? UInt32(payload.count)
  bytes += (0..<4).reversed().map { UInt8(truncatingIfNeeded: length >> (8 * UInt32($0))) }
  return bytes + payload
}

/// Collects what a raw connection receives and whether the other side closed it.
private final class Collector: ChannelInboundHandler, Sendable {
  typealias InboundIn = ByteBuffer

  private let state = Mutex<(bytes: [UInt8], closed: Bool)>(([], false))

  var bytes: [UInt8] { state.withLock { $0.bytes } }
  var closed: Bool { state.withLock { $0.closed } }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let buffer = unwrapInboundIn(data)
    state.withLock { $0.bytes += buffer.readableBytesView }
  }

  func channelInactive(context: ChannelHandlerContext) {
    state.withLock { $0.closed = true }
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    context.close(promise: nil)
  }
}

/// A plain TCP client speaking bytes, not the protocol.
private struct RawClient {
  let channel: any Channel
  let collector: Collector

  init(to url: PeerURL, connectTimeout: TimeAmount = .seconds(2)) async throws {
    let collector = Collector()
    channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .connectTimeout(connectTimeout)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(collector) }
      }
      .connect(host: url.host, port: url.port).get()
    self.collector = collector
  }

  func write(_ bytes: [UInt8]) async throws {
    try await channel.writeAndFlush(ByteBuffer(bytes: bytes)).get()
  }

  func close() async {
    try? await channel.close()
  }
}

/// A server that accepts connections and never reads or answers.
private func silentServer(acceptConnections: Bool = true) async throws -> (any Channel, PeerURL) {
  let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
    .serverChannelOption(.backlog, value: 1)
    .serverChannelOption(.autoRead, value: acceptConnections)
    .childChannelOption(.autoRead, value: false)
    .bind(host: "127.0.0.1", port: 0).get()
  return (channel, PeerURL(host: "127.0.0.1", port: channel.localAddress!.port!))
}

/// A flag set from any task.
private final class Flag: Sendable {
  private let value = Atomic<Bool>(false)

  var isSet: Bool { value.load(ordering: .relaxed) }

  func set() { value.store(true, ordering: .relaxed) }
}

/// A gate handlers wait at until it opens, or until their task is cancelled.
private final class Gate: Sendable {
  private struct State {
    var isOpen = false
    var arrived = 0
    var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
  }

  private let state = Mutex(State())

  /// How many handlers have reached the gate.
  var arrived: Int { state.withLock { $0.arrived } }

  func wait() async {
    let key = state.withLock { state in
      state.arrived += 1
      return state.arrived
    }
    await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        let passes = state.withLock { state in
          if state.isOpen || Task.isCancelled { return true }
          state.waiters[key] = continuation
          return false
        }
        if passes { continuation.resume() }
      }
    } onCancel: {
      state.withLock { $0.waiters.removeValue(forKey: key) }?.resume()
    }
  }

  func open() {
    let waiters = state.withLock { state in
      state.isOpen = true
      defer { state.waiters = [:] }
      return Array(state.waiters.values)
    }
    for waiter in waiters { waiter.resume() }
  }
}

/// The transport end to end. Its tests wait on timeouts of a second or two, so they run with the other
/// BoundedTimeTests, after the parallel suite, where a loaded machine cannot starve them (see the Makefile).
@Suite(.serialized) struct TransportBoundedTimeTests {
  // MARK: PeerURL

  @Test func peerURLParsesAndPrints() {
    #expect(PeerURL(string: "hsw://127.0.0.1:4567") == PeerURL(host: "127.0.0.1", port: 4567))
    #expect(PeerURL(string: "hsw://[::1]:80") == PeerURL(host: "::1", port: 80))
    #expect(PeerURL(string: "hsw://peer.example:65535")?.host == "peer.example")
    #expect(PeerURL(host: "::1", port: 80).description == "hsw://[::1]:80")
    #expect(PeerURL(host: "10.0.0.1", port: 9).description == "hsw://10.0.0.1:9")
    for bad in [
      "http://127.0.0.1:1", "hsw://127.0.0.1", "hsw://:80", "hsw://127.0.0.1:0", "hsw://127.0.0.1:65536",
      "hsw://127.0.0.1:80/path", "hsw://::1:80", "hsw://[::1]", "hsw://[::1]80", "hsw://h:-1", "hsw://h:8a",
    ] {
      #expect(PeerURL(string: bad) == nil, "\(bad)")
    }
  }

  // MARK: Requests

  @Test func requestRoundTrip() async throws {
    let (b, urlB) = try await echoTransport()
    let (a, _) = try await echoTransport()
    #expect(try await a.request(Array("hello".utf8), to: urlB) == Array("re:hello".utf8))
    #expect(try await a.request([], to: urlB) == Array("re:".utf8))
    let stats = a.statistics
    #expect(stats.connectionsOpened == 1)
    // Two frames each way, 16-byte headers: "hello" (5) and "" out, "re:hello" (8) and "re:" (3) in.
    #expect(stats.bytesSent == 2 * 16 + 5)
    #expect(stats.bytesReceived == 2 * 16 + 8 + 3)
    await a.stop()
    await b.stop()
  }

  @Test func concurrentRequestsShareOneConnectionAndGetTheirOwnAnswers() async throws {
    let (b, urlB) = try await echoTransport(.init(maxConcurrentInboundPerConnection: 1000)) { payload, _ in
      // Answer out of order.
      try? await Task.sleep(for: .milliseconds(Int(payload[0] % 7)))
      return payload.reversed()
    }
    let (a, _) = try await echoTransport()
    let answers = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
      for index in 0..<300 {
        group.addTask {
          let payload = [UInt8(index % 256), UInt8(index / 256), 0xAB]
          return (index, try await a.request(payload, to: urlB))
        }
      }
      return try await group.reduce(into: [Int: [UInt8]]()) { $0[$1.0] = $1.1 }
    }
    #expect(answers.count == 300)
    for (index, answer) in answers {
      #expect(answer == [0xAB, UInt8(index / 256), UInt8(index % 256)])
    }
    #expect(a.statistics.connectionsOpened == 1)
    #expect(b.statistics.connectionsOpened == 1)
    await a.stop()
    await b.stop()
  }

  @Test func oneWayMessageReachesTheHandler() async throws {
    let received = Mutex<[([UInt8], Bool)]>([])
    let (b, urlB) = try await echoTransport { payload, isRequest in
      received.withLock { $0.append((payload, isRequest)) }
      return Array("ignored".utf8)
    }
    let (a, _) = try await echoTransport()
    try await a.send([1, 2, 3], to: urlB)
    #expect(await eventually { received.withLock { $0.count } == 1 })
    let first = try #require(received.withLock { $0.first })
    #expect(first.0 == [1, 2, 3])
    #expect(first.1 == false)
    // Nothing comes back for a one-way message (an answer would reach A as a frame for no request, dropped).
    #expect(try await a.request([9], to: urlB) == Array("ignored".utf8))
    #expect(received.withLock { $0.last?.1 } == true)
    #expect(a.statistics.framesDropped == 0)
    await a.stop()
    await b.stop()
  }

  @Test func handlerWithoutAnswerGivesARemoteError() async throws {
    let (b, urlB) = try await echoTransport { _, _ in nil }
    let (a, _) = try await echoTransport()
    #expect(await failure { try await a.request([1], to: urlB) } == .remote(urlB, "no handler answer"))
    await a.stop()
    await b.stop()
  }

  @Test func slowHandlerDoesNotHoldUpOtherRequests() async throws {
    let gate = Gate()
    let (b, urlB) = try await echoTransport { payload, _ in
      if payload == Array("slow".utf8) { await gate.wait() }
      return payload
    }
    let (a, _) = try await echoTransport()
    let slow = Task { try await a.request(Array("slow".utf8), to: urlB, timeout: .seconds(10)) }
    #expect(await eventually { gate.arrived == 1 })
    // The same connection carries the fast request while the slow one is still in its handler.
    #expect(try await a.request(Array("fast".utf8), to: urlB, timeout: .seconds(2)) == Array("fast".utf8))
    #expect(a.statistics.connectionsOpened == 1)
    gate.open()
    #expect(try await slow.value == Array("slow".utf8))
    await a.stop()
    await b.stop()
  }

  @Test func requestBeyondTheInboundLimitIsBusy() async throws {
    let gate = Gate()
    let (b, urlB) = try await echoTransport(.init(maxConcurrentInboundPerConnection: 1)) { payload, _ in
      await gate.wait()
      return payload
    }
    let (a, _) = try await echoTransport()
    let first = Task { try await a.request([1], to: urlB, timeout: .seconds(10)) }
    #expect(await eventually { gate.arrived == 1 })
    #expect(await failure { try await a.request([2], to: urlB, timeout: .seconds(2)) } == .busy(urlB))
    gate.open()
    #expect(try await first.value == [1])
    // Room again once the first is answered.
    #expect(try await a.request([3], to: urlB, timeout: .seconds(2)) == [3])
    await a.stop()
    await b.stop()
  }

  // MARK: Timeouts and dead peers

  @Test func requestWithoutAnswerTimesOutAndTheLateAnswerIsDropped() async throws {
    let (b, urlB) = try await echoTransport { payload, _ in
      if payload == [0] { try? await Task.sleep(for: .milliseconds(400)) }
      return payload
    }
    let (a, _) = try await echoTransport()
    let start = ContinuousClock.now
    #expect(await failure { try await a.request([0], to: urlB, timeout: .milliseconds(150)) } == .timedOut(urlB))
    #expect(ContinuousClock.now - start < .seconds(2))
    // The answer still comes, after the timeout: dropped, and the connection keeps working.
    #expect(await eventually { a.statistics.framesDropped == 1 })
    #expect(try await a.request([1], to: urlB, timeout: .seconds(2)) == [1])
    #expect(a.statistics.connectionsOpened == 1)
    await a.stop()
    await b.stop()
  }

  @Test func closedPortIsUnreachableQuickly() async throws {
    let (listener, deadURL) = try await silentServer()
    try await listener.close()
    let (a, _) = try await echoTransport()
    let start = ContinuousClock.now
    let error = await failure { try await a.request([1], to: deadURL) }
    guard case .unreachable(let peer, _) = error else {
      Issue.record("expected unreachable, got \(String(describing: error))")
      return
    }
    #expect(peer == deadURL)
    #expect(ContinuousClock.now - start < .seconds(2))
    let sendError = await failure { try await a.send([1], to: deadURL) }
    guard case .unreachable(deadURL, _) = sendError else {
      Issue.record("expected unreachable, got \(String(describing: sendError))")
      return
    }
    await a.stop()
  }

  @Test func silentPeerTimesOutWhileAHealthyPeerIsServed() async throws {
    let (silent, silentURL) = try await silentServer()
    let (b, urlB) = try await echoTransport()
    let (a, _) = try await echoTransport()
    async let stuck = failure { try await a.request([0], to: silentURL, timeout: .milliseconds(600)) }
    let healthy = try await withThrowingTaskGroup(of: [UInt8].self) { group in
      for index in 0..<20 {
        group.addTask { try await a.request([UInt8(index)], to: urlB, timeout: .seconds(5)) }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(healthy.count == 20)
    #expect(await stuck == .timedOut(silentURL))
    await a.stop()
    await b.stop()
    try await silent.close()
  }

  @Test func peerThatNeverCompletesTheConnectFailsOnlyItsOwnCalls() async throws {
    // A listener that never accepts, its backlog filled: the kernel drops further SYNs, so connects hang.
    let (hung, hungURL) = try await silentServer(acceptConnections: false)
    var fillers: [RawClient] = []
    var queueFull = false
    for _ in 0..<8 {
      do {
        fillers.append(try await RawClient(to: hungURL, connectTimeout: .milliseconds(300)))
      } catch {
        queueFull = true
        break
      }
    }
    try #require(queueFull, "the kernel accepted every connect; cannot make a hanging peer here")
    let (b, urlB) = try await echoTransport()
    let (a, _) = try await echoTransport(.init(connectTimeout: .milliseconds(1500)))
    let stuckDone = Flag()
    let stuck = Task {
      defer { stuckDone.set() }
      return await failure { try await a.request([0], to: hungURL, timeout: .seconds(5)) }
    }
    try await Task.sleep(for: .milliseconds(50))  // the dial to the hung peer is under way
    for index in 0..<10 {
      #expect(try await a.request([UInt8(index)], to: urlB, timeout: .seconds(5)) == Array("re:".utf8) + [UInt8(index)])
    }
    #expect(!stuckDone.isSet, "the healthy peer's requests waited for the hung connect")
    let error = await stuck.value
    guard case .unreachable(hungURL, _) = error else {
      Issue.record("expected unreachable, got \(String(describing: error))")
      return
    }
    // Stopping fails a call still waiting for its dial, at once.
    let waiting = Task { await failure { try await a.request([1], to: hungURL, timeout: .seconds(5)) } }
    try await Task.sleep(for: .milliseconds(50))
    let stopStart = ContinuousClock.now
    await a.stop()
    #expect(await waiting.value == .closed(hungURL))
    #expect(ContinuousClock.now - stopStart < .seconds(1))
    for filler in fillers { await filler.close() }
    try await hung.close()
    await a.stop()
    await b.stop()
  }

  // MARK: Lifecycle

  @Test func callsBeforeStartAreNotRunning() async throws {
    let a = PeerTransport { _, _ in nil }
    let target = PeerURL(host: "127.0.0.1", port: 9)
    #expect(a.url == nil)
    #expect(await failure { try await a.request([1], to: target) } == .notRunning)
    #expect(await failure { try await a.send([1], to: target) } == .notRunning)
  }

  @Test func startTwiceKeepsTheURLAndABusyPortFailsToBind() async throws {
    let (a, url) = try await echoTransport()
    #expect(try await a.start() == url)
    #expect(a.url == url)
    let other = PeerTransport { _, _ in nil }
    let error = await failure { try await other.start(port: url.port) }
    guard case .bindFailed(_, url.port, _) = error else {
      Issue.record("expected bindFailed, got \(String(describing: error))")
      return
    }
    #expect(other.url == nil)
    await a.stop()
    #expect(a.url == nil)
  }

  @Test func reconnectsAfterThePeerRestartsOnTheSamePort() async throws {
    let (b, urlB) = try await echoTransport()
    let (a, _) = try await echoTransport()
    #expect(try await a.request([1], to: urlB) == Array("re:".utf8) + [1])
    await b.stop()
    // A's cached connection is dead: the call fails (on the dead connection, or dialling a closed port).
    let whileDown = await failure { try await a.request([2], to: urlB, timeout: .seconds(2)) }
    switch whileDown {
    case .closed(urlB), .unreachable(urlB, _): break
    default: Issue.record("expected closed or unreachable, got \(String(describing: whileDown))")
    }
    #expect(try await b.start(port: urlB.port) == urlB)
    #expect(try await a.request([3], to: urlB, timeout: .seconds(2)) == Array("re:".utf8) + [3])
    #expect(a.statistics.connectionsOpened == 2)
    await a.stop()
    await b.stop()
  }

  @Test func stopFailsRequestsInFlightAndCancelsHandlers() async throws {
    let gate = Gate()
    let handlerCancelled = Flag()
    let (b, urlB) = try await echoTransport { payload, _ in
      await gate.wait()
      if Task.isCancelled { handlerCancelled.set() }
      return payload
    }
    let (a, _) = try await echoTransport()

    // The caller stops: its own waiting request fails with `.closed`.
    let first = Task { await failure { try await a.request([1], to: urlB, timeout: .seconds(10)) } }
    #expect(await eventually { gate.arrived == 1 })
    await a.stop()
    #expect(await first.value == .closed(urlB))
    #expect(await failure { try await a.request([1], to: urlB) } == .notRunning)
    // B's handler task for the request on the closed connection is cancelled.
    #expect(await eventually { handlerCancelled.isSet || gate.arrived > 1 })

    // The peer stops: the request waiting on it fails with `.closed` too.
    _ = try await a.start()
    let second = Task { await failure { try await a.request([2], to: urlB, timeout: .seconds(10)) } }
    #expect(await eventually { gate.arrived == 2 })
    await b.stop()
    let secondError = await second.value
    #expect(secondError == .closed(urlB))
    gate.open()
    #expect(handlerCancelled.isSet)
    await a.stop()
  }

  // MARK: Garbage and limits

  @Test func badMagicClosesOnlyThatConnection() async throws {
    let (b, urlB) = try await echoTransport()
    let raw = try await RawClient(to: urlB)
    try await raw.write([0x47, 0x45, 0x54, 0x20, 0x2F, 0x20] + (0..<64).map { _ in UInt8.random(in: 0...255) })
    #expect(await eventually { raw.collector.closed })
    #expect(raw.collector.bytes.isEmpty)
    #expect(b.statistics.framesDropped == 1)
    let (a, _) = try await echoTransport()
    #expect(try await a.request([1], to: urlB) == Array("re:".utf8) + [1])
    await a.stop()
    await b.stop()
  }

  @Test func unsupportedVersionGetsAnErrorFrameThenClose() async throws {
    let (b, urlB) = try await echoTransport()
    let raw = try await RawClient(to: urlB)
    try await raw.write(rawFrame(version: 2, kind: 0, id: 7, payload: [1, 2]))
    #expect(await eventually { raw.collector.closed })
    let text = Array("unsupported protocol version 2".utf8)
    #expect(raw.collector.bytes == rawFrame(kind: 3, id: 0, payload: text))
    #expect(b.statistics.framesDropped == 1)
    let (a, _) = try await echoTransport()
    #expect(try await a.request([1], to: urlB) == Array("re:".utf8) + [1])
    await a.stop()
    await b.stop()
  }

  @Test func unknownKindGetsAnErrorFrameAndTheConnectionGoesOn() async throws {
    let (b, urlB) = try await echoTransport()
    let raw = try await RawClient(to: urlB)
    try await raw.write(
      rawFrame(kind: 7, id: 42, payload: [9, 9, 9]) + rawFrame(kind: 0, id: 43, payload: Array("hi".utf8)))
    let expected =
      rawFrame(kind: 3, id: 42, payload: Array("unknown frame kind 7".utf8))
      + rawFrame(kind: 1, id: 43, payload: Array("re:hi".utf8))
    #expect(await eventually { raw.collector.bytes.count >= expected.count })
    #expect(raw.collector.bytes == expected)
    #expect(!raw.collector.closed)
    await raw.close()
    await b.stop()
  }

  @Test func oversizedHeaderClosesTheConnectionWithoutWaitingForTheBody() async throws {
    let (b, urlB) = try await echoTransport(.init(maxFrameBytes: 1024))
    let raw = try await RawClient(to: urlB)
    // Only the header: the server must not wait for 1025 bytes of body before closing.
    try await raw.write(rawFrame(kind: 0, id: 1, declaredLength: 1025))
    #expect(await eventually { raw.collector.closed })
    #expect(b.statistics.framesDropped == 1)
    // Exactly at the limit is fine.
    let (a, _) = try await echoTransport(.init(maxFrameBytes: 4096))
    let answer = try await a.request([UInt8](repeating: 7, count: 1021), to: urlB)
    #expect(answer.count == 1024)
    await a.stop()
    await b.stop()
  }

  @Test func payloadOverTheLimitFailsLocallyWithoutSending() async throws {
    let (b, urlB) = try await echoTransport()
    let (a, _) = try await echoTransport(.init(maxFrameBytes: 1024))
    let big = [UInt8](repeating: 1, count: 1025)
    #expect(await failure { try await a.request(big, to: urlB) } == .frameTooLarge(1025))
    #expect(await failure { try await a.send(big, to: urlB) } == .frameTooLarge(1025))
    #expect(a.statistics == TransportStatistics())
    #expect(b.statistics.connectionsOpened == 0)
    await a.stop()
    await b.stop()
  }

  @Test func answersOverTheLimitAndPeersWithSmallerLimits() async throws {
    // B's answer ("re:" + 1022 bytes) is over its own limit: an error frame instead.
    let (b, urlB) = try await echoTransport(.init(maxFrameBytes: 1024))
    let (a, _) = try await echoTransport(.init(maxFrameBytes: 4096))
    #expect(
      await failure { try await a.request([UInt8](repeating: 0, count: 1022), to: urlB) }
        == .remote(urlB, "response too large"))
    // A request within A's limit but over B's: B hangs up, A's request fails.
    #expect(await failure { try await a.request([UInt8](repeating: 0, count: 2000), to: urlB) } == .closed(urlB))
    #expect(await eventually { b.statistics.framesDropped == 1 })
    await a.stop()
    await b.stop()
  }
}
