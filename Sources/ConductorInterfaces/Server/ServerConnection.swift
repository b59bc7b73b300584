import Logging
import NIOCore
import NIOWebSocket

/// One accepted websocket connection, as the admin and app connection handlers see it.
struct ServerConnection: Sendable {
  /// Writes to the client.
  let sender: MessageSender
  /// The underlying channel, to drop a client that ignores the closing handshake.
  let channel: any Channel
  let configuration: InterfaceServerConfiguration
  /// What the connection's reader and frame observer report, for ``supervise()``.
  let activity: ConnectionActivity
  let logger: Logger

  /// The same connection, logging with `logger`.
  func with(logger: Logger) -> ServerConnection {
    ServerConnection(
      sender: sender, channel: channel, configuration: configuration, activity: activity, logger: logger)
  }

  /// Until cancelled: pings the client every ``InterfaceServerConfiguration/pingInterval``, and closes the
  /// connection when it breaks ``InterfaceServerConfiguration/pongTimeout`` or
  /// ``InterfaceServerConfiguration/messageTimeout``.
  ///
  /// Pinging and watching are separate tasks, so a ping stuck behind a client that stopped reading never
  /// delays the watchdog.
  func supervise() async {
    await withTaskGroup(of: Void.self) { group in
      group.addTask { await self.ping() }
      group.addTask { await self.watch() }
      await group.waitForAll()
    }
  }

  private func ping() async {
    guard let interval = configuration.pingInterval else { return }
    while true {
      do {
        try await Task.sleep(for: interval)
        try await sender.ping()
        activity.pingSent()
      } catch {
        return
      }
    }
  }

  private func watch() async {
    guard let idleSleep = activity.shortestTimeout else { return }
    while true {
      switch activity.check() {
      case .alive(let recheckAt):
        do {
          if let recheckAt {
            try await Task.sleep(until: recheckAt, clock: .continuous)
          } else {
            try await Task.sleep(for: idleSleep)
          }
        } catch {
          return
        }
      case .unresponsive:
        logger.info("Closing a connection that stopped answering pings")
        await closeOrDrop(.goingAway, reason: "ping timeout")
        return
      case .messageTimedOut:
        logger.info("Closing a connection whose message stayed incomplete")
        await closeOrDrop(.policyViolation, reason: "message incomplete")
        return
      }
    }
  }

  /// Starts the closing handshake; the websocket layer finishes it once the handler returns.
  func close(_ code: WebSocketErrorCode, reason: String?) async {
    await sender.close(code, reason: reason)
  }

  /// Starts the closing handshake from outside the read loop, and drops the connection if it is still open
  /// ``InterfaceServerConfiguration/closeTimeout`` after the close frame went out — or at once, if the close
  /// frame could not be handed to the channel within that time (a client that stopped reading).
  func closeOrDrop(_ code: WebSocketErrorCode, reason: String?) async {
    let channel = channel
    let sender = sender
    let grace = configuration.closeTimeout
    let handedOver = await withTaskGroup(of: Bool.self) { group in
      group.addTask {
        await sender.close(code, reason: reason)
        return true
      }
      group.addTask {
        do {
          try await Task.sleep(for: grace)
          return false
        } catch {
          // Cancelled: the close frame went out first, or the connection is ending anyway.
          return true
        }
      }
      let first = await group.next() ?? true
      if !first {
        logger.debug("Could not send the close frame; dropping the connection")
        channel.close(promise: nil)
      }
      group.cancelAll()
      return first
    }
    guard handedOver else { return }
    // Scheduled after the close frame was handed to the event loop, so the frame leaves before the drop.
    channel.eventLoop.scheduleTask(in: TimeAmount(grace)) {
      if channel.isActive {
        channel.close(promise: nil)
      }
    }
  }
}
