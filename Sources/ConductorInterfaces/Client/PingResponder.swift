import NIOCore
import NIOWebSocket

/// Answers the server's pings on the channel's event loop, as soon as they are decoded, instead of when the
/// client's reading task gets to them: a process whose Swift tasks are all busy for a while still answers, so the
/// server never takes a busy client for a dead one. The answered pings go no further.
final class PingResponder: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = WebSocketFrame
  typealias InboundOut = WebSocketFrame
  typealias OutboundOut = WebSocketFrame

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let frame = unwrapInboundIn(data)
    guard frame.opcode == .ping, frame.fin else {
      context.fireChannelRead(data)
      return
    }
    // A client masks every frame it sends (RFC 6455 §5.3).
    let pong = WebSocketFrame(fin: true, opcode: .pong, maskKey: .random(), data: frame.unmaskedData)
    context.writeAndFlush(wrapOutboundOut(pong), promise: nil)
  }

  /// Puts a responder right after the channel's websocket frame decoder; call on the channel's event loop.
  static func install(on channel: any Channel) throws {
    let pipeline = channel.pipeline.syncOperations
    let decoder = try pipeline.handler(type: ByteToMessageHandler<WebSocketFrameDecoder>.self)
    try pipeline.addHandler(PingResponder(), position: .after(decoder))
  }
}
