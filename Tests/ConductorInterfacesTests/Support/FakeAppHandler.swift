import ConductorAPI
import ConductorInterfaces
import HoloCore
import Synchronization

/// An app API with fixed tokens: `[1, 1, 1]` opens `chat`, `[2, 2, 2]` opens `forum`. Honors the interface's app
/// restriction as Holochain's token store does. Signals come from ``hub``.
struct FakeAppHandler: AppRequestHandler {
  static let chatToken = AppAuthenticationToken(bytes: [1, 1, 1])
  static let forumToken = AppAuthenticationToken(bytes: [2, 2, 2])
  static let tokens = [chatToken: "chat", forumToken: "forum"]

  let hub = SignalHub()

  func authenticate(token: AppAuthenticationToken, interfaceAppId: String?) async -> String? {
    guard let appId = Self.tokens[token] else { return nil }
    if let interfaceAppId, interfaceAppId != appId { return nil }
    return appId
  }

  func handle(_ request: AppRequest, appId: String) async -> AppResponse {
    switch request {
    case .appInfo: return .appInfo(Fixtures.appInfo(appId))
    case .listWasmHostFunctions: return .listWasmHostFunctions(["__hc__\(appId)"])
    default: return .error(.internalError("unsupported: \(request.variantName)"))
    }
  }

  func signals(appId: String) -> AsyncStream<Signal> { hub.subscribe(appId) }
}

/// Fans signals out to the subscribers of each app.
final class SignalHub: Sendable {
  private struct State {
    var nextId = 0
    var subscribers: [String: [Int: AsyncStream<Signal>.Continuation]] = [:]
  }

  private let state = Mutex(State())

  func subscribe(_ appId: String) -> AsyncStream<Signal> {
    let (stream, continuation) = AsyncStream.makeStream(of: Signal.self)
    let id = state.withLock { state in
      defer { state.nextId += 1 }
      state.subscribers[appId, default: [:]][state.nextId] = continuation
      return state.nextId
    }
    continuation.onTermination = { _ in
      self.state.withLock { _ = $0.subscribers[appId]?.removeValue(forKey: id) }
    }
    return stream
  }

  /// Sends `signal` to every subscriber of `appId`.
  func emit(_ signal: Signal, to appId: String) {
    let continuations = state.withLock { Array(($0.subscribers[appId] ?? [:]).values) }
    for continuation in continuations { continuation.yield(signal) }
  }

  /// How many connections currently receive the signals of `appId`.
  func subscriberCount(_ appId: String) -> Int {
    state.withLock { $0.subscribers[appId]?.count ?? 0 }
  }
}
