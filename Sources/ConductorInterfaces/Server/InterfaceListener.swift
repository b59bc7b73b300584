import ConductorAPI
import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import NIOWebSocket
import ServiceLifecycle
import Synchronization

/// The websocket listener behind ``AdminInterfaceServer`` and ``AppInterfaceServer``: binds the port, admits
/// connections through its ``ConnectionGate`` (the cap and the upgrade deadline), checks each upgrade's `Origin`
/// and hands each upgraded connection to `serve`, with a frame observer in place for its watchdog.
///
/// It runs once, either as a `Service` (``run()``) or from ``start()`` until ``stop()``.
final class InterfaceListener: Service {
  typealias Serve = @Sendable (WebSocketInboundStream, ServerConnection) async -> Void

  let configuration: InterfaceServerConfiguration
  /// Counts the connections of both listening sockets (IPv4 and IPv6 loopback) together.
  let gate: ConnectionGate
  private let logger: Logger
  private let serve: Serve
  private let state = Mutex(State())

  private struct State {
    enum Phase {
      case idle
      case binding
      case listening(UInt16)
      case finished(InterfaceServerError)
    }

    var phase = Phase.idle
    var portWaiters: [CheckedContinuation<Result<UInt16, InterfaceServerError>, Never>] = []
    var runner: Runner?
  }

  /// The service group and task of a listener started with ``start()``.
  private struct Runner {
    let group: ServiceGroup
    let task: Task<Void, Never>
  }

  init(configuration: InterfaceServerConfiguration, logger: Logger, serve: @escaping Serve) {
    self.configuration = configuration
    self.gate = ConnectionGate(
      maxConnections: configuration.maxConnections, upgradeTimeout: configuration.upgradeTimeout)
    self.logger = logger
    self.serve = serve
  }

  // MARK: Running

  func run() async throws {
    let claimed = state.withLock { state in
      guard case .idle = state.phase else { return false }
      state.phase = .binding
      return true
    }
    guard claimed else { throw InterfaceServerError.alreadyStarted }
    defer { finish(.notListening) }
    let address = configuration.bindAddress
    let requestedPort = configuration.port
    let alsoIPv6 = configuration.alsoBindsIPv6Loopback && address == "127.0.0.1"
    let primaryBound = AsyncStream.makeStream(of: UInt16.self)
    let primary = makeApplication(host: address, port: requestedPort) { port in
      if alsoIPv6 {
        primaryBound.continuation.yield(port)
        primaryBound.continuation.finish()
      } else {
        self.listening(on: port)
      }
    }
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask {
        defer { primaryBound.continuation.finish() }
        do {
          try await primary.run()
        } catch {
          let failure = InterfaceServerError.bindFailed(address: address, port: requestedPort, reason: "\(error)")
          if self.finish(failure) { throw failure }
          throw error
        }
      }
      if alsoIPv6, let port = await primaryBound.stream.first(where: { _ in true }) {
        group.addTask { await self.runIPv6Loopback(port: port) }
      }
      try await group.waitForAll()
    }
  }

  /// Also listens on `[::1]:port`, as Holochain's `dual_bind` does; gives up quietly if it cannot. The listener
  /// counts as listening once this bind succeeded or failed, so clients that resolve `localhost` to `::1` never
  /// race it.
  private func runIPv6Loopback(port: UInt16) async {
    let secondary = makeApplication(host: "::1", port: port) { _ in self.listening(on: port) }
    do {
      try await secondary.run()
    } catch {
      logger.info("Not listening on the IPv6 loopback", metadata: ["port": "\(port)", "error": "\(error)"])
      listening(on: port)
    }
  }

  private func makeApplication(
    host: String, port: UInt16, onListening: @escaping @Sendable (UInt16) -> Void
  ) -> some Service {
    let webSocket = WebSocketServerConfiguration(
      maxFrameSize: configuration.maxFrameSize, autoPing: .disabled, closeTimeout: configuration.closeTimeout)
    let gate = gate
    return Application(
      router: Router(),
      server: HTTPServerBuilder { responder in
        GuardedUpgradeChannel(
          upgrade: HTTP1WebSocketUpgradeChannel(responder: responder, configuration: .init(ws: webSocket)) {
            request, channel, _ in
            self.shouldUpgrade(request, channel: channel)
          },
          gate: gate)
      },
      configuration: ApplicationConfiguration(address: .hostname(host, port: Int(port))),
      onServerRunning: { channel in
        if let port = channel.localAddress?.port { onListening(UInt16(port)) }
      },
      logger: logger
    )
  }

  // MARK: Starting and stopping

  /// Runs the listener in its own service group until ``stop()``; returns the port it listens on.
  func start() async throws(InterfaceServerError) -> UInt16 {
    let group = ServiceGroup(configuration: .init(services: [.init(service: self)], logger: logger))
    let started = state.withLock { state -> Bool in
      guard state.runner == nil, case .idle = state.phase else { return false }
      let logger = logger
      let task = Task {
        do {
          try await group.run()
        } catch {
          logger.debug("Interface stopped with an error", metadata: ["error": "\(error)"])
        }
      }
      state.runner = Runner(group: group, task: task)
      return true
    }
    guard started else { throw .alreadyStarted }
    return try await listeningPort()
  }

  /// Stops a listener started with ``start()``: closes the port and every connection (close code 1000), and waits
  /// for them, dropping clients that do not finish the closing handshake.
  func stop() async {
    guard let runner = state.withLock({ $0.runner }) else { return }
    await runner.group.triggerGracefulShutdown()
    let grace = configuration.closeTimeout + .seconds(1)
    await withTaskGroup(of: Void.self) { group in
      group.addTask { await runner.task.value }
      group.addTask {
        do {
          try await Task.sleep(for: grace)
          runner.task.cancel()
        } catch {}
      }
      await group.next()
      group.cancelAll()
    }
    await runner.task.value
  }

  // MARK: The port

  /// The port, once the listener listens; throws if it stopped or failed first.
  func listeningPort() async throws(InterfaceServerError) -> UInt16 {
    try await waitForPort().get()
  }

  private func waitForPort() async -> Result<UInt16, InterfaceServerError> {
    await withCheckedContinuation { continuation in
      let known = state.withLock { state -> Result<UInt16, InterfaceServerError>? in
        switch state.phase {
        case .listening(let port): return .success(port)
        case .finished(let error): return .failure(error)
        case .idle, .binding:
          state.portWaiters.append(continuation)
          return nil
        }
      }
      if let known { continuation.resume(returning: known) }
    }
  }

  private func listening(on port: UInt16) {
    let waiters = state.withLock { state in
      guard case .binding = state.phase else {
        return [CheckedContinuation<Result<UInt16, InterfaceServerError>, Never>]()
      }
      state.phase = .listening(port)
      defer { state.portWaiters = [] }
      return state.portWaiters
    }
    for waiter in waiters { waiter.resume(returning: .success(port)) }
  }

  /// Marks the listener finished; returns whether it had not listened yet (so `error` is why).
  @discardableResult
  private func finish(_ error: InterfaceServerError) -> Bool {
    let (waiters, beforeListening) = state.withLock { state in
      let beforeListening: Bool
      switch state.phase {
      case .finished: return ([CheckedContinuation<Result<UInt16, InterfaceServerError>, Never>](), false)
      case .idle, .binding: beforeListening = true
      case .listening: beforeListening = false
      }
      state.phase = .finished(beforeListening ? error : .notListening)
      defer { state.portWaiters = [] }
      return (state.portWaiters, beforeListening)
    }
    for waiter in waiters { waiter.resume(returning: .failure(error)) }
    return beforeListening
  }

  // MARK: Connections

  /// Accepts the upgrade only with an allowed `Origin`, as Holochain's `ConnectCallback` does (a refused upgrade
  /// gets HTTP 400). The connection cap was already applied when the connection was accepted.
  ///
  /// When a request carries several `Origin` headers, the first one counts: Holochain reads the header with
  /// `HeaderMap::get`, which returns the first value (holochain/holochain
  /// `crates/holochain_websocket/src/lib.rs`, `ConnectCallback::on_request`). Browsers send one.
  private func shouldUpgrade(
    _ request: HTTPRequest, channel: any Channel
  ) -> ShouldUpgradeResult<WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>> {
    guard let origin = request.headerFields[values: .origin].first else {
      logger.warning("Rejecting websocket connection request with missing `Origin` header")
      return .dontUpgrade
    }
    guard configuration.allowedOrigins.allows(origin) else {
      logger.warning(
        "Rejecting websocket connection request with disallowed `Origin` header", metadata: ["origin": "\(origin)"])
      return .dontUpgrade
    }
    return .upgrade([:]) { inbound, outbound, _ in
      guard let id = self.gate.upgraded(channel) else {
        // Closed (by its upgrade deadline or the client) between the upgrade and now.
        return
      }
      let logger = self.logger.with(metadataKey: "connection", value: "\(id)")
      let activity = ConnectionActivity(self.configuration)
      do {
        try await FrameObserver.install(on: channel, activity: activity)
      } catch {
        // Without the observer the watchdog would take a healthy client for a silent one.
        logger.debug("Could not observe the connection's frames; closing it", metadata: ["error": "\(error)"])
        return
      }
      logger.debug("Accepted websocket connection")
      let connection = ServerConnection(
        sender: MessageSender(outbound), channel: channel, configuration: self.configuration, activity: activity,
        logger: logger)
      await self.serve(inbound, connection)
      logger.debug("Websocket connection finished")
    }
  }
}
