import NIOCore
import Synchronization

/// The connections of one interface, over all its listening sockets. It admits each accepted connection while
/// fewer than ``InterfaceServerConfiguration/maxConnections`` are open, counts it until its channel closes, and
/// closes it if it has not finished its websocket upgrade within ``InterfaceServerConfiguration/upgradeTimeout``.
///
/// Counting starts at accept, before a byte is read, so connections that never upgrade (idle sockets, request
/// heads sent a byte at a time) hold a place like any other and cannot grow past the cap.
final class ConnectionGate: Sendable {
  /// A connection that has not upgraded yet.
  private struct Pending {
    let id: UInt64
    let deadline: Scheduled<Void>?
  }

  private struct State {
    var open = 0
    var nextId: UInt64 = 1
    var awaitingUpgrade: [ObjectIdentifier: Pending] = [:]
  }

  let maxConnections: Int?
  let upgradeTimeout: Duration?
  private let state = Mutex(State())

  init(maxConnections: Int?, upgradeTimeout: Duration?) {
    self.maxConnections = maxConnections
    self.upgradeTimeout = upgradeTimeout
  }

  /// How many connections are open, upgraded or not.
  var openConnections: Int { state.withLock { $0.open } }

  /// Counts a just-accepted connection and starts its upgrade deadline; `false` when the cap is reached (the
  /// caller turns the connection away). Called on the channel's event loop.
  func admit(_ channel: any Channel) -> Bool {
    let limit = maxConnections
    let id = state.withLock { state -> UInt64? in
      if let limit, state.open >= limit { return nil }
      state.open += 1
      defer { state.nextId += 1 }
      return state.nextId
    }
    guard let id else { return false }
    let deadline = upgradeTimeout.map { timeout in
      channel.eventLoop.scheduleTask(in: TimeAmount(timeout)) { channel.close(promise: nil) }
    }
    let key = ObjectIdentifier(channel)
    state.withLock { $0.awaitingUpgrade[key] = Pending(id: id, deadline: deadline) }
    channel.closeFuture.whenComplete { _ in self.closed(key) }
    return true
  }

  /// The connection finished its upgrade: its deadline no longer applies. Returns its id, or `nil` if it was
  /// not admitted here or already closed.
  func upgraded(_ channel: any Channel) -> UInt64? {
    let pending = state.withLock { $0.awaitingUpgrade.removeValue(forKey: ObjectIdentifier(channel)) }
    pending?.deadline?.cancel()
    return pending?.id
  }

  private func closed(_ key: ObjectIdentifier) {
    let pending = state.withLock { state in
      state.open -= 1
      return state.awaitingUpgrade.removeValue(forKey: key)
    }
    pending?.deadline?.cancel()
  }
}
