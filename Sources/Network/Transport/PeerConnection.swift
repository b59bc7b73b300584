import Logging
import NIOCore
import NIOSSL
import Synchronization

/// What every connection of a transport shares.
struct ConnectionEnvironment: Sendable {
  let configuration: TransportConfiguration
  let handler: PeerTransport.Handler
  let counters: TransportCounters
  let logger: Logger
}

/// One TCP connection to a peer, dialled or accepted: both ends may send requests over it, matched to their
/// responses by id, many at a time.
///
/// Callers use it from any task; the channel's handler feeds it frames on the event loop. Its mutable state sits
/// in a `Mutex` that no code holds across an `await`.
final class PeerConnection: Sendable {
  let channel: any Channel
  /// The URL dialled, or for an accepted connection the remote address (only for error values and logs).
  let peer: PeerURL
  private let environment: ConnectionEnvironment
  private let state = Mutex(State())

  private struct State {
    var isClosed = false
    var lastRequestID: UInt64 = 0
    /// Our requests awaiting an answer, by id.
    var pending: [UInt64: EventLoopPromise<[UInt8]>] = [:]
    var lastTaskKey: UInt64 = 0
    /// Handler tasks admitted and not yet finished: the connection's inbound concurrency.
    var inboundCount = 0
    /// The handler tasks serving the peer's frames, to cancel when the connection closes.
    var inboundTasks: [UInt64: Task<Void, Never>] = [:]
    /// Tasks that finished before their handle was stored.
    var finishedEarly: Set<UInt64> = []
  }

  init(channel: any Channel, peer: PeerURL, environment: ConnectionEnvironment) {
    self.channel = channel
    self.peer = peer
    self.environment = environment
  }

  /// Adds the protocol's handlers to the channel's pipeline (TLS first, when configured); call on its event
  /// loop, before it is active.
  func installHandlers(asServer: Bool) throws {
    if let tls = environment.configuration.tls {
      let handler: any ChannelHandler =
        asServer
        ? NIOSSLServerHandler(context: tls.server) : try NIOSSLClientHandler(context: tls.client, serverHostname: nil)
      try channel.pipeline.syncOperations.addHandler(handler)
    }
    try channel.pipeline.syncOperations.addHandlers(
      ByteCountingHandler(counters: environment.counters),
      ByteToMessageHandler(FrameDecoder(maxFrameBytes: environment.configuration.maxFrameBytes)),
      MessageToByteHandler(FrameEncoder()),
      PeerConnectionHandler(connection: self, counters: environment.counters, logger: environment.logger))
  }

  /// Whether the connection can still carry requests.
  var isOpen: Bool { !state.withLock(\.isClosed) && channel.isActive }

  // MARK: Calls

  /// Sends a request and waits for its answer until `deadline`.
  func request(_ payload: [UInt8], deadline: NIODeadline) async throws(TransportError) -> [UInt8] {
    let eventLoop = channel.eventLoop
    let promise = eventLoop.makePromise(of: [UInt8].self)
    let id: UInt64? = state.withLock { state in
      guard !state.isClosed else { return nil }
      state.lastRequestID &+= 1
      state.pending[state.lastRequestID] = promise
      return state.lastRequestID
    }
    guard let id else {
      promise.fail(TransportError.closed(peer))
      throw .closed(peer)
    }
    let peer = self.peer
    let timer = eventLoop.scheduleTask(deadline: deadline) { [self] in
      takePending(id)?.fail(TransportError.timedOut(peer))
    }
    promise.futureResult.whenComplete { _ in timer.cancel() }
    channel.writeAndFlush(Frame(kind: .request, id: id, payload: payload)).whenFailure { [self] _ in
      takePending(id)?.fail(TransportError.closed(peer))
    }
    do {
      return try await withTaskCancellationHandler {
        try await promise.futureResult.get()
      } onCancel: {
        self.takePending(id)?.fail(TransportError.cancelled)
      }
    } catch {
      throw TransportError(error, peer: peer)
    }
  }

  /// Sends a one-way message; returns once it is written.
  func send(_ payload: [UInt8]) async throws(TransportError) {
    guard !state.withLock(\.isClosed) else { throw .closed(peer) }
    do {
      try await channel.writeAndFlush(Frame(kind: .oneWay, id: 0, payload: payload)).get()
    } catch {
      throw TransportError(error, peer: peer)
    }
  }

  /// Closes the connection: waiting requests fail with ``TransportError/closed(_:)`` at once, handler tasks
  /// are cancelled; returns when the socket is closed.
  func close() async {
    didClose()
    channel.close(promise: nil)
    // The close future fails only when the channel was already closing with an error: closed is closed either way.
    try? await channel.closeFuture.get()
  }

  // MARK: Events, on the event loop

  /// A frame of a known kind from the peer.
  func received(_ frame: Frame) {
    switch frame.kind {
    case .request, .oneWay:
      serve(frame)
    case .response:
      if let promise = takePending(frame.id) {
        promise.succeed(frame.payload)
      } else {
        drop("response to unknown or expired request \(frame.id)")
      }
    case .error:
      let text = String(decoding: frame.payload, as: UTF8.self)
      if let promise = takePending(frame.id) {
        promise.fail(text == FrameErrorText.busy ? TransportError.busy(peer) : TransportError.remote(peer, text))
      } else {
        drop("error frame for no waiting request (\(frame.id)): \(text)")
      }
    }
  }

  /// The channel went inactive, or the transport closes it: fails what waits and cancels handler tasks.
  func didClose() {
    let (pending, tasks) = state.withLock { state in
      state.isClosed = true
      defer {
        state.pending = [:]
        state.inboundTasks = [:]
      }
      return (Array(state.pending.values), Array(state.inboundTasks.values))
    }
    for promise in pending { promise.fail(TransportError.closed(peer)) }
    for task in tasks { task.cancel() }
  }

  // MARK: Internals

  private func takePending(_ id: UInt64) -> EventLoopPromise<[UInt8]>? {
    state.withLock { $0.pending.removeValue(forKey: id) }
  }

  private func drop(_ reason: String) {
    environment.counters.didDropFrame()
    environment.logger.debug("dropped frame", metadata: ["peer": "\(peer)", "reason": "\(reason)"])
  }

  /// Hands a request or one-way message to the handler on a new task, unless the connection is at its limit.
  private func serve(_ frame: Frame) {
    let limit = environment.configuration.maxConcurrentInboundPerConnection
    let admitted: UInt64? = state.withLock { state in
      guard !state.isClosed, state.inboundCount < limit else { return nil }
      state.inboundCount += 1
      state.lastTaskKey &+= 1
      return state.lastTaskKey
    }
    guard let key = admitted else {
      if frame.kind == .request {
        channel.writeAndFlush(Frame.error(FrameErrorText.busy, id: frame.id), promise: nil)
      } else {
        drop("one-way message over the inbound limit")
      }
      return
    }
    // Created outside the lock, so that the new task never starts by waiting for it.
    let task = Task { await self.answer(frame, taskKey: key) }
    let cancelNow = state.withLock { state in
      if state.finishedEarly.remove(key) != nil { return false }
      if state.isClosed { return true }
      state.inboundTasks[key] = task
      return false
    }
    if cancelNow { task.cancel() }
  }

  private func answer(_ frame: Frame, taskKey: UInt64) async {
    let isRequest = frame.kind == .request
    let answer = await environment.handler(frame.payload, isRequest)
    // A connection closed meanwhile (by stop, say) sends nothing more: its peer's request fails as closed.
    let isClosed = state.withLock { state in
      state.inboundCount -= 1
      if state.inboundTasks.removeValue(forKey: taskKey) == nil, !state.isClosed {
        state.finishedEarly.insert(taskKey)
      }
      return state.isClosed
    }
    if isRequest, !isClosed {
      let reply: Frame
      if let answer {
        reply =
          answer.count > environment.configuration.maxFrameBytes
          ? .error(FrameErrorText.responseTooLarge, id: frame.id)
          : Frame(kind: .response, id: frame.id, payload: answer)
      } else {
        reply = .error(FrameErrorText.noHandlerAnswer, id: frame.id)
      }
      channel.writeAndFlush(reply, promise: nil)
    }
  }
}

extension TransportError {
  /// `error` as a transport error: itself, `.cancelled` for a cancellation, `.closed(peer)` for a channel error.
  init(_ error: any Error, peer: PeerURL) {
    if let error = error as? TransportError {
      self = error
    } else if error is CancellationError {
      self = .cancelled
    } else {
      self = .closed(peer)
    }
  }
}
