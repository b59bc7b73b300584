public import ConductorAPI
import HoloCore
public import Logging
import NIOWebSocket
import Synchronization
import WSCore

/// A client of a conductor's admin or app websocket interface (Holoswift's or Holochain's).
///
/// Requests may run concurrently: each gets its own id and waits for the response with that id. Signals pushed
/// by an app interface arrive on ``signals``.
///
/// ```swift
/// let admin = try await ConductorClient.connect(port: adminPort, logger: logger)
/// let response = try await admin.adminRequest(.issueAppAuthenticationToken(.init(installedAppId: "chat")))
/// guard case .appAuthenticationTokenIssued(let issued) = response else { return }
///
/// let app = try await ConductorClient.connect(port: appPort, logger: logger)
/// try await app.authenticate(token: issued.token)
/// let info = try await app.appRequest(.appInfo)
/// for await signal in app.signals { print(signal) }
/// ```
public final class ConductorClient: Sendable {
  /// The signals the server pushes (app interfaces, after authentication). One reader; ends when the connection
  /// closes. Keeps the newest ``Configuration/signalBufferSize`` signals for a slow reader.
  public let signals: AsyncStream<Signal>
  private let signalSink: AsyncStream<Signal>.Continuation
  private let configuration: Configuration
  private let logger: Logger
  private let state = Mutex(State())

  private struct State {
    enum Phase {
      case connecting
      case open(MessageSender)
      case closed(ConnectionClosure)
    }

    var phase = Phase.connecting
    var readyWaiter: CheckedContinuation<Result<Void, ConductorClientError>, Never>?
    var pending: [UInt64: ResponseSlot] = [:]
    var nextRequestId: UInt64 = 1
    var closeWaiters: [CheckedContinuation<ConnectionClosure, Never>] = []
    var task: Task<Void, Never>?
  }

  private init(configuration: Configuration, logger: Logger) {
    self.configuration = configuration
    self.logger = logger
    (signals, signalSink) = AsyncStream.makeStream(
      of: Signal.self, bufferingPolicy: .bufferingNewest(max(1, configuration.signalBufferSize)))
  }

  // MARK: Connecting

  /// Connects to `ws://host:port`. `host` is a host name, an IPv4 address or an IPv6 address (`::1`).
  ///
  /// ```swift
  /// let client = try await ConductorClient.connect(port: 4444, logger: Logger(label: "client"))
  /// ```
  public static func connect(
    port: UInt16, host: String = "127.0.0.1", configuration: Configuration = .init(), logger: Logger
  ) async throws(ConductorClientError) -> ConductorClient {
    try await connect(url: WebSocketURL(host: host, port: port), configuration: configuration, logger: logger)
  }

  /// Connects to a websocket URL (`ws://localhost:4444`, `ws://[::1]:4444/`); `wss://` is not supported.
  public static func connect(
    url: String, configuration: Configuration = .init(), logger: Logger
  ) async throws(ConductorClientError) -> ConductorClient {
    try await connect(url: WebSocketURL(url), configuration: configuration, logger: logger)
  }

  private static func connect(
    url: WebSocketURL, configuration: Configuration, logger: Logger
  ) async throws(ConductorClientError) -> ConductorClient {
    let client = ConductorClient(configuration: configuration, logger: logger)
    try await client.open(url: url)
    return client
  }

  private func open(url: WebSocketURL) async throws(ConductorClientError) {
    let task = Task { await self.runConnection(url: url) }
    state.withLock { $0.task = task }
    let timeout = configuration.connectTimeout
    let outcome = await withTaskGroup(of: Void.self) { group in
      group.addTask {
        do {
          try await Task.sleep(for: timeout)
          self.connectingFailed(.timedOut)
        } catch {}
      }
      let outcome = await withCheckedContinuation { continuation in
        let known = state.withLock { state -> Result<Void, ConductorClientError>? in
          switch state.phase {
          case .connecting:
            state.readyWaiter = continuation
            return nil
          case .open: return .success(())
          case .closed(let closure): return .failure(.closed(closure))
          }
        }
        if let known { continuation.resume(returning: known) }
      }
      group.cancelAll()
      return outcome
    }
    if case .failure(let error) = outcome {
      task.cancel()
      throw error
    }
  }

  private func runConnection(url: WebSocketURL) async {
    let handshake = ClientHandshake(
      url: url, origin: configuration.origin, maxFrameSize: configuration.maxFrameSize,
      closeTimeout: configuration.closeTimeout)
    do {
      let frame = try await handshake.run(logger: logger) { inbound, outbound, _ in
        await self.serve(inbound, sender: MessageSender(outbound))
      }
      finish(ConnectionClosure(code: frame.map { UInt16(webSocketErrorCode: $0.closeCode) }, reason: frame?.reason))
    } catch {
      let failure = error as? ConductorClientError ?? .connectionFailed("\(error)")
      finish(ConnectionClosure(failure: "\(error)"), connectFailure: failure)
    }
  }

  /// Reads the connection until it ends.
  private func serve(_ inbound: WebSocketInboundStream, sender: MessageSender) async {
    let waiter = state.withLock { state -> CheckedContinuation<Result<Void, ConductorClientError>, Never>?? in
      guard case .connecting = state.phase else { return .none }
      state.phase = .open(sender)
      defer { state.readyWaiter = nil }
      return .some(state.readyWaiter)
    }
    guard let waiter else {
      // Connecting already failed (timed out): leave at once.
      return
    }
    waiter?.resume(returning: .success(()))
    var messages = InboundMessages(inbound, maxMessageSize: configuration.maxMessageSize)
    while true {
      switch await messages.next() {
      case .end:
        return
      case .violation(let code):
        await sender.close(code, reason: nil)
        return
      case .message(let bytes):
        received(bytes)
      }
    }
  }

  private func received(_ bytes: [UInt8]) {
    guard let message = try? WireMessage(msgpack: bytes) else {
      logger.debug("Ignoring a message that is not a WireMessage", metadata: ["bytes": "\(bytes.count)"])
      return
    }
    switch message {
    case .response(let id, let data):
      let slot = state.withLock { $0.pending.removeValue(forKey: id) }
      slot?.complete(.success(data))
    case .signal(let data):
      do {
        signalSink.yield(try Signal(msgpack: data))
      } catch {
        logger.warning("Ignoring an undecodable signal", metadata: ["error": "\(error)"])
      }
    case .request, .authenticate:
      logger.debug("Ignoring an unexpected message from the server", metadata: ["type": "\(message.typeName)"])
    }
  }

  private func connectingFailed(_ error: ConductorClientError) {
    let waiter = state.withLock { state -> CheckedContinuation<Result<Void, ConductorClientError>, Never>? in
      guard case .connecting = state.phase else { return nil }
      state.phase = .closed(ConnectionClosure(failure: "\(error)"))
      defer { state.readyWaiter = nil }
      return state.readyWaiter
    }
    waiter?.resume(returning: .failure(error))
  }

  /// The connection ended: fails what waits on it.
  private func finish(_ closure: ConnectionClosure, connectFailure: ConductorClientError? = nil) {
    let (ready, pending, closeWaiters, closure) = state.withLock { state in
      if case .closed(let earlier) = state.phase {
        // Connecting had already failed; keep that story.
        defer { state.closeWaiters = [] }
        return (state.readyWaiter, [ResponseSlot](), state.closeWaiters, earlier)
      }
      state.phase = .closed(closure)
      defer {
        state.readyWaiter = nil
        state.pending = [:]
        state.closeWaiters = []
      }
      return (state.readyWaiter, Array(state.pending.values), state.closeWaiters, closure)
    }
    ready?.resume(returning: .failure(connectFailure ?? .closed(closure)))
    for slot in pending { slot.complete(.failure(.closed(closure))) }
    for waiter in closeWaiters { waiter.resume(returning: closure) }
    signalSink.finish()
    logger.debug("Connection closed", metadata: ["code": "\(closure.code.map { "\($0)" } ?? "none")"])
  }

  // MARK: Requests

  /// Sends an admin request and decodes its response (which may be ``ConductorAPI/AdminResponse/error(_:)``).
  ///
  /// ```swift
  /// let response = try await client.adminRequest(.generateAgentPubKey)
  /// ```
  /// - Parameter timeout: How long to wait for the answer; ``Configuration/requestTimeout`` by default.
  public func adminRequest(
    _ request: AdminRequest, timeout: Duration? = nil
  ) async throws(ConductorClientError) -> AdminResponse {
    let bytes = try await self.request(data: request.msgpackBytes(), timeout: timeout)
    do {
      return try AdminResponse(msgpack: bytes)
    } catch {
      throw .undecodableResponse("\(error)")
    }
  }

  /// Sends an app request and decodes its response (which may be ``ConductorAPI/AppResponse/error(_:)``). The
  /// connection must have authenticated first.
  ///
  /// ```swift
  /// let response = try await client.appRequest(.appInfo)
  /// ```
  public func appRequest(
    _ request: AppRequest, timeout: Duration? = nil
  ) async throws(ConductorClientError) -> AppResponse {
    let bytes = try await self.request(data: request.msgpackBytes(), timeout: timeout)
    do {
      return try AppResponse(msgpack: bytes)
    } catch {
      throw .undecodableResponse("\(error)")
    }
  }

  /// Sends `data` in a `request` message and returns the data of the `response` with the same id.
  public func request(data: [UInt8], timeout: Duration? = nil) async throws(ConductorClientError) -> [UInt8] {
    let slot = ResponseSlot()
    let (id, sender) = try state.withLock { state throws(ConductorClientError) -> (UInt64, MessageSender) in
      switch state.phase {
      case .connecting: throw .connectionFailed("not connected")
      case .closed(let closure): throw .closed(closure)
      case .open(let sender):
        let id = state.nextRequestId
        state.nextRequestId += 1
        state.pending[id] = slot
        return (id, sender)
      }
    }
    defer { _ = state.withLock { $0.pending.removeValue(forKey: id) } }
    // Not cancelled with the caller: a large request stopped halfway would corrupt the connection.
    Task {
      do {
        try await sender.send(.request(id: id, data: data))
      } catch {
        slot.complete(.failure(.sendFailed("\(error)")))
      }
    }
    let timeout = timeout ?? configuration.requestTimeout
    let outcome = await withTaskGroup(of: Void.self) { group in
      group.addTask {
        do {
          try await Task.sleep(for: timeout)
          slot.complete(.failure(.timedOut))
        } catch {}
      }
      let outcome = await withTaskCancellationHandler {
        await slot.wait()
      } onCancel: {
        slot.complete(.failure(.cancelled))
      }
      group.cancelAll()
      return outcome
    }
    guard let bytes = try outcome.get() else { throw .emptyResponse }
    return bytes
  }

  /// Sends the `authenticate` message an app interface expects first. The server does not answer it: a refused
  /// token closes the connection (see ``waitUntilClosed()``), an accepted one lets requests through.
  public func authenticate(token: AppAuthenticationToken) async throws(ConductorClientError) {
    try await send(.authenticate(encoding: AppAuthenticationRequest(token: token)))
  }

  /// Sends one wire message without waiting for anything.
  public func send(_ message: WireMessage) async throws(ConductorClientError) {
    let sender = try openSender()
    do {
      try await sender.send(message)
    } catch {
      throw .sendFailed("\(error)")
    }
  }

  /// Sends arbitrary bytes as one message, to test how a server copes with garbage.
  package func sendRaw(_ bytes: [UInt8], asText: Bool = false) async throws(ConductorClientError) {
    let sender = try openSender()
    do {
      try await sender.sendRaw(bytes, asText: asText)
    } catch {
      throw .sendFailed("\(error)")
    }
  }

  private func openSender() throws(ConductorClientError) -> MessageSender {
    try state.withLock { state throws(ConductorClientError) -> MessageSender in
      switch state.phase {
      case .connecting: throw .connectionFailed("not connected")
      case .closed(let closure): throw .closed(closure)
      case .open(let sender): return sender
      }
    }
  }

  // MARK: Closing

  /// Closes the connection (code 1000) and waits until it is closed; pending requests fail with
  /// ``ConductorClientError/closed(_:)``.
  public func close() async {
    let (sender, task) = state.withLock { state -> (MessageSender?, Task<Void, Never>?) in
      if case .open(let sender) = state.phase { return (sender, state.task) }
      return (nil, state.task)
    }
    if let sender { await sender.close(.normalClosure, reason: nil) }
    guard let task else { return }
    let grace = configuration.closeTimeout
    await withTaskGroup(of: Void.self) { group in
      group.addTask { await task.value }
      group.addTask {
        do {
          try await Task.sleep(for: grace)
          task.cancel()
        } catch {}
      }
      await group.next()
      group.cancelAll()
    }
    await task.value
  }

  /// Waits until the connection is closed, by either side, and tells how.
  public func waitUntilClosed() async -> ConnectionClosure {
    await withCheckedContinuation { continuation in
      let closure = state.withLock { state -> ConnectionClosure? in
        if case .closed(let closure) = state.phase { return closure }
        state.closeWaiters.append(continuation)
        return nil
      }
      if let closure { continuation.resume(returning: closure) }
    }
  }
}
