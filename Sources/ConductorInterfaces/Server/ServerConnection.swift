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
  let logger: Logger

  /// Pings the client every ``InterfaceServerConfiguration/pingInterval`` until cancelled or a ping cannot be
  /// written. Like Holochain, it only keeps the connection alive: missing pongs are not held against the client.
  func keepAlive() async {
    guard let interval = configuration.pingInterval else { return }
    while true {
      do {
        try await Task.sleep(for: interval)
        try await sender.ping()
      } catch {
        return
      }
    }
  }

  /// Starts the closing handshake; the websocket layer finishes it once the handler returns.
  func close(_ code: WebSocketErrorCode, reason: String?) async {
    await sender.close(code, reason: reason)
  }

  /// Starts the closing handshake from outside the read loop, and drops the connection if the client has not
  /// answered within ``InterfaceServerConfiguration/closeTimeout`` (unless cancelled first).
  func closeOrDrop(_ code: WebSocketErrorCode, reason: String?) async {
    await sender.close(code, reason: reason)
    do {
      try await Task.sleep(for: configuration.closeTimeout)
    } catch {
      return
    }
    logger.debug("Client did not finish the closing handshake; dropping the connection")
    channel.close(promise: nil)
  }
}
