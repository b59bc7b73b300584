import NIOCore
import NIOWebSocket

/// Tells a ``ConnectionActivity`` about every websocket frame the decoder completes, pongs included (the
/// websocket layer answers and swallows control frames before the connection's reader sees them).
///
/// It sits right after the frame decoder; ``install(on:activity:)`` puts it there once the upgrade is done.
final class FrameObserver: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = WebSocketFrame
  typealias InboundOut = WebSocketFrame

  private let activity: ConnectionActivity

  private init(activity: ConnectionActivity) {
    self.activity = activity
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    activity.frameReceived()
    context.fireChannelRead(data)
  }

  /// Adds an observer after the channel's websocket frame decoder. Frames decoded before it is in place are
  /// not seen, which only makes the connection look quiet since its upgrade, as it was created.
  static func install(on channel: any Channel, activity: ConnectionActivity) async throws {
    try await channel.eventLoop.submit {
      let pipeline = channel.pipeline.syncOperations
      let decoder = try pipeline.handler(type: ByteToMessageHandler<WebSocketFrameDecoder>.self)
      try pipeline.addHandler(FrameObserver(activity: activity), position: .after(decoder))
    }.get()
  }
}
