public import Logging
public import NIOCore
import NIOPosix
import Synchronization

/// The TCP transport that conductors on different hosts talk over: requests, responses and one-way messages,
/// many at a time on one connection, each in a frame of protocol version 1 (a 16-byte header: magic "HS",
/// version, kind, a big-endian u64 id and u32 length; then the payload).
///
/// Outbound connections are made on first use and kept per ``PeerURL``; a connection that closes or fails is
/// forgotten, and the next call dials again. A peer may also send requests over the connection it opened to us;
/// they are answered on that connection.
///
/// ```swift
/// let server = PeerTransport { payload, isRequest in isRequest ? Array(payload.reversed()) : nil }
/// let url = try await server.start()          // hsw://127.0.0.1:<any free port>
/// let client = PeerTransport { _, _ in nil }
/// _ = try await client.start()
/// let answer = try await client.request([1, 2, 3], to: url)   // [3, 2, 1]
/// await client.stop()
/// await server.stop()
/// ```
public final class PeerTransport: Sendable {
  /// Called for each inbound request (`isRequest` true) or one-way message, on a Swift task (never on the event
  /// loop), so a slow handler never holds up other frames. For a request, the returned bytes are the response
  /// (`nil` answers with an error frame, "no handler answer"); for a one-way message the result is ignored.
  /// A handler task is cancelled when its connection closes.
  public typealias Handler = @Sendable (_ payload: [UInt8], _ isRequest: Bool) async -> [UInt8]?

  /// The configuration given at creation.
  public let configuration: TransportConfiguration
  private let group: any EventLoopGroup
  private let environment: ConnectionEnvironment
  private let counters = TransportCounters()
  private let state = Mutex(State())

  /// Two threads for every transport that is given no group of its own; never shut down.
  private static let sharedGroup = MultiThreadedEventLoopGroup(numberOfThreads: min(2, System.coreCount))

  fileprivate enum Phase {
    case idle
    case starting(generation: UInt64)
    case running(listener: any Channel, url: PeerURL)
  }

  /// An outbound connection being made or made.
  fileprivate enum Slot {
    case connecting(token: UInt64, EventLoopPromise<PeerConnection>)
    case connected(token: UInt64, PeerConnection)

    var token: UInt64 {
      switch self {
      case .connecting(let token, _), .connected(let token, _): return token
      }
    }
  }

  private struct State {
    var phase = Phase.idle
    /// Bumped by every stop, so that a start or an accept from before it does not take effect after it.
    var generation: UInt64 = 0
    var outbound: [PeerURL: Slot] = [:]
    var inbound: [ObjectIdentifier: PeerConnection] = [:]
    var lastToken: UInt64 = 0
  }

  /// A transport that answers with `handler`. It neither listens nor dials until ``start(host:port:)``.
  ///
  /// - Parameters:
  ///   - eventLoopGroup: The NIO group for its sockets; by default a two-thread group shared by all transports.
  ///   - logger: Protocol errors and dropped frames are logged at debug level.
  public init(
    configuration: TransportConfiguration = .init(), eventLoopGroup: (any EventLoopGroup)? = nil,
    logger: Logger = Logger(label: "holoswift.transport"), handler: @escaping Handler
  ) {
    self.configuration = configuration
    self.group = eventLoopGroup ?? Self.sharedGroup
    self.environment = ConnectionEnvironment(
      configuration: configuration, handler: handler, counters: counters, logger: logger)
  }

  deinit {
    let (listener, connections) = state.withLock { state in
      (state.phase.listener, state.outbound.values.compactMap(\.connection) + Array(state.inbound.values))
    }
    listener?.close(promise: nil)
    for connection in connections { connection.channel.close(promise: nil) }
  }

  // MARK: Lifecycle

  /// Starts listening on `host:port` (port 0 picks a free port) and returns the URL peers reach it at.
  ///
  /// Called while running, it returns the current URL. After ``stop()`` it may be called again, on the same
  /// port too.
  ///
  /// - Throws: ``TransportError/bindFailed(host:port:reason:)`` when the address cannot be bound, or when a
  ///   start is already under way; ``TransportError/notRunning`` if ``stop()`` was called meanwhile.
  @discardableResult
  public func start(host: String = "127.0.0.1", port: Int = 0) async throws(TransportError) -> PeerURL {
    enum Begin {
      case running(PeerURL)
      case underWay
      case start(generation: UInt64)
    }
    let begin = state.withLock { state -> Begin in
      switch state.phase {
      case .running(_, let url): return .running(url)
      case .starting: return .underWay
      case .idle:
        state.phase = .starting(generation: state.generation)
        return .start(generation: state.generation)
      }
    }
    let generation: UInt64
    switch begin {
    case .running(let url): return url
    case .underWay: throw .bindFailed(host: host, port: port, reason: "a start is under way")
    case .start(let value): generation = value
    }

    let listener: any Channel
    do {
      listener = try await ServerBootstrap(group: group)
        .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
        .serverChannelOption(.backlog, value: 256)
        .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
        .childChannelInitializer { [weak self] channel in
          channel.eventLoop.makeCompletedFuture { () throws -> Void in
            guard let self else { throw ChannelError.ioOnClosedChannel }
            try self.accept(channel, generation: generation)
          }
        }
        .bind(host: host, port: port).get()
    } catch {
      state.withLock { state in
        if case .starting(generation) = state.phase { state.phase = .idle }
      }
      throw .bindFailed(host: host, port: port, reason: "\(error)")
    }
    let url = PeerURL(host: host, port: listener.localAddress?.port ?? port)
    let started = state.withLock { state in
      guard case .starting(generation) = state.phase, state.generation == generation else { return false }
      state.phase = .running(listener: listener, url: url)
      return true
    }
    guard started else {
      // Stopped meanwhile: a listener that fails to close is already closing; nothing was served on it yet.
      try? await listener.close()
      throw .notRunning
    }
    return url
  }

  /// The URL the transport listens at, while it runs.
  public var url: PeerURL? {
    state.withLock { state in
      if case .running(_, let url) = state.phase { return url }
      return nil
    }
  }

  /// Closes the listener and every connection. Requests waiting on them fail with ``TransportError/closed(_:)``
  /// (on the peer's side too), inbound handler tasks are cancelled, and calls made afterwards throw
  /// ``TransportError/notRunning`` until the next ``start(host:port:)``.
  public func stop() async {
    let (listener, dials, connections) = state.withLock { state in
      state.generation += 1
      let taken = (
        state.phase.listener, state.outbound.compactMap { peer, slot in slot.dial.map { (peer, $0) } },
        state.outbound.values.compactMap(\.connection) + Array(state.inbound.values)
      )
      state.phase = .idle
      state.outbound = [:]
      state.inbound = [:]
      return taken
    }
    // Callers waiting for a dial fail now; the dial's connection is closed when it completes (its slot is gone).
    for (peer, promise) in dials { promise.fail(TransportError.closed(peer)) }
    await withTaskGroup(of: Void.self) { group in
      if let listener {
        // Closing fails only for a listener already closed (or closing): stopping wants exactly that.
        group.addTask { try? await listener.close() }
      }
      for connection in connections {
        group.addTask { await connection.close() }
      }
    }
  }

  // MARK: Calls

  /// Sends `payload` as a request to `peer` and returns its answer.
  ///
  /// - Parameter timeout: How long to wait, connecting included; by default
  ///   ``TransportConfiguration/requestTimeout``.
  /// - Throws: ``TransportError/frameTooLarge(_:)`` (nothing sent), ``TransportError/notRunning``,
  ///   ``TransportError/unreachable(_:_:)``, ``TransportError/timedOut(_:)``, ``TransportError/closed(_:)``,
  ///   ``TransportError/busy(_:)``, ``TransportError/remote(_:_:)`` (the peer's error text, such as
  ///   "no handler answer"), ``TransportError/cancelled``.
  public func request(_ payload: [UInt8], to peer: PeerURL, timeout: Duration? = nil) async throws(TransportError)
    -> [UInt8]
  {
    guard payload.count <= configuration.maxFrameBytes else { throw .frameTooLarge(payload.count) }
    let deadline = NIODeadline.now() + TimeAmount(timeout ?? configuration.requestTimeout)
    let connection = try await connection(to: peer, deadline: deadline)
    return try await connection.request(payload, deadline: deadline)
  }

  /// Sends `payload` to `peer` as a one-way message, which gets no answer; returns once it is written.
  ///
  /// - Throws: ``TransportError/frameTooLarge(_:)`` (nothing sent), ``TransportError/notRunning``,
  ///   ``TransportError/unreachable(_:_:)``, ``TransportError/timedOut(_:)`` (connecting took longer than
  ///   ``TransportConfiguration/requestTimeout``), ``TransportError/closed(_:)``, ``TransportError/cancelled``.
  public func send(_ payload: [UInt8], to peer: PeerURL) async throws(TransportError) {
    guard payload.count <= configuration.maxFrameBytes else { throw .frameTooLarge(payload.count) }
    let deadline = NIODeadline.now() + TimeAmount(configuration.requestTimeout)
    let connection = try await connection(to: peer, deadline: deadline)
    try await connection.send(payload)
  }

  /// Counters since the transport was created.
  public var statistics: TransportStatistics { counters.snapshot }

  // MARK: Connections

  /// The open connection to `peer`, or one dialled now; callers arriving during a dial share it. No lock is held
  /// while waiting, so a slow peer holds up only its own callers.
  private func connection(to peer: PeerURL, deadline: NIODeadline) async throws(TransportError) -> PeerConnection {
    enum Plan {
      case notRunning
      case use(PeerConnection)
      case wait(EventLoopFuture<PeerConnection>)
      case dial(EventLoopPromise<PeerConnection>, token: UInt64)
    }
    let eventLoop = group.next()
    let plan = state.withLock { state -> Plan in
      guard case .running = state.phase else { return .notRunning }
      switch state.outbound[peer] {
      case .connected(_, let connection) where connection.isOpen: return .use(connection)
      case .connecting(_, let promise): return .wait(promise.futureResult)
      case .connected, nil: break
      }
      state.lastToken += 1
      let promise = eventLoop.makePromise(of: PeerConnection.self)
      state.outbound[peer] = .connecting(token: state.lastToken, promise)
      return .dial(promise, token: state.lastToken)
    }
    switch plan {
    case .notRunning:
      throw .notRunning
    case .use(let connection):
      return connection
    case .wait(let future):
      return try await wait(for: future, peer: peer, until: deadline)
    case .dial(let promise, let token):
      Task { await self.dial(peer, token: token, into: promise) }
      return try await wait(for: promise.futureResult, peer: peer, until: deadline)
    }
  }

  private func wait(for future: EventLoopFuture<PeerConnection>, peer: PeerURL, until deadline: NIODeadline)
    async throws(TransportError) -> PeerConnection
  {
    let eventLoop = future.eventLoop
    let bounded = eventLoop.makePromise(of: PeerConnection.self)
    future.cascade(to: bounded)
    let timer = eventLoop.scheduleTask(deadline: deadline) { bounded.fail(TransportError.timedOut(peer)) }
    bounded.futureResult.whenComplete { _ in timer.cancel() }
    do {
      return try await withTaskCancellationHandler {
        try await bounded.futureResult.get()
      } onCancel: {
        bounded.fail(TransportError.cancelled)
      }
    } catch {
      throw TransportError(error, peer: peer)
    }
  }

  private func dial(_ peer: PeerURL, token: UInt64, into promise: EventLoopPromise<PeerConnection>) async {
    let environment = self.environment
    let connection: PeerConnection
    do {
      connection = try await ClientBootstrap(group: promise.futureResult.eventLoop)
        .connectTimeout(TimeAmount(configuration.connectTimeout))
        .channelOption(.socketOption(.tcp_nodelay), value: 1)
        .connect(host: peer.host, port: peer.port) { channel in
          channel.eventLoop.makeCompletedFuture {
            let connection = PeerConnection(channel: channel, peer: peer, environment: environment)
            try connection.installHandlers(asServer: false)
            return connection
          }
        }
    } catch {
      state.withLock { state in
        if state.outbound[peer]?.token == token { state.outbound[peer] = nil }
      }
      promise.fail(TransportError.unreachable(peer, "\(error)"))
      return
    }
    counters.didOpenConnection()
    let kept = state.withLock { state in
      guard state.outbound[peer]?.token == token else { return false }
      state.outbound[peer] = .connected(token: token, connection)
      return true
    }
    guard kept else {
      // Stopped while dialling: the callers waiting see the connection closed.
      await connection.close()
      promise.fail(TransportError.closed(peer))
      return
    }
    connection.channel.closeFuture.whenComplete { [weak self] _ in
      self?.state.withLock { state in
        if state.outbound[peer]?.token == token { state.outbound[peer] = nil }
      }
    }
    promise.succeed(connection)
  }

  /// Sets up a connection the listener accepted; on the channel's event loop.
  private func accept(_ channel: any Channel, generation: UInt64) throws {
    let address = channel.remoteAddress
    let peer = PeerURL(host: address?.ipAddress ?? "unknown", port: address?.port ?? 0)
    let connection = PeerConnection(channel: channel, peer: peer, environment: environment)
    try connection.installHandlers(asServer: true)
    let key = ObjectIdentifier(connection)
    let adopted = state.withLock { state in
      guard state.generation == generation else { return false }
      state.inbound[key] = connection
      return true
    }
    guard adopted else { throw ChannelError.ioOnClosedChannel }
    counters.didOpenConnection()
    channel.closeFuture.whenComplete { [weak self] _ in
      _ = self?.state.withLock { $0.inbound.removeValue(forKey: key) }
    }
  }
}

extension PeerTransport.Phase {
  fileprivate var listener: (any Channel)? {
    if case .running(let listener, _) = self { return listener }
    return nil
  }
}

extension PeerTransport.Slot {
  fileprivate var connection: PeerConnection? {
    if case .connected(_, let connection) = self { return connection }
    return nil
  }

  fileprivate var dial: EventLoopPromise<PeerConnection>? {
    if case .connecting(_, let promise) = self { return promise }
    return nil
  }
}
