import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore

/// Hummingbird's websocket upgrade channel behind a ``ConnectionGate``: each accepted connection is admitted
/// (and its upgrade deadline started) before the HTTP handlers see a byte, and a connection beyond the cap is
/// answered `503 Service Unavailable` and closed without being parsed.
struct GuardedUpgradeChannel: ServerChildChannel {
  /// An accepted connection: admitted to the upgrade channel, or turned away.
  enum Value: ServerChildChannelValue {
    case admitted(HTTP1WebSocketUpgradeChannel.Value)
    case refused(any Channel)

    var channel: any Channel {
      switch self {
      case .admitted(let value): return value.channel
      case .refused(let channel): return channel
      }
    }
  }

  /// What a connection over the cap receives before it is closed.
  static let refusal = "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"

  let upgrade: HTTP1WebSocketUpgradeChannel
  let gate: ConnectionGate

  func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
    guard gate.admit(channel) else { return channel.eventLoop.makeSucceededFuture(.refused(channel)) }
    return upgrade.setup(channel: channel, logger: logger).map { .admitted($0) }
  }

  func handle(value: Value, logger: Logger) async {
    switch value {
    case .admitted(let admitted):
      await upgrade.handle(value: admitted, logger: logger)
    case .refused(let channel):
      logger.warning(
        "Connection limit reached, refusing new connection", metadata: ["limit": "\(gate.maxConnections ?? 0)"])
      do {
        try await channel.writeAndFlush(ByteBuffer(string: Self.refusal))
      } catch {
        logger.debug("Could not answer a refused connection", metadata: ["error": "\(error)"])
      }
      channel.close(promise: nil)
    }
  }
}
