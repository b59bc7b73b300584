import NIOCore

/// The NIO decoder around ``FrameParser``: emits ``ParsedFrame``s, and fires a ``FrameParsingError`` (after
/// which it reads nothing more) when the stream is garbage.
struct FrameDecoder: ByteToMessageDecoder {
  typealias InboundOut = ParsedFrame

  let maxFrameBytes: Int

  mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
    guard let parsed = try FrameParser.parse(&buffer, maxFrameBytes: maxFrameBytes) else { return .needMoreData }
    context.fireChannelRead(wrapInboundOut(parsed))
    return .continue
  }

  mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws
    -> DecodingState
  {
    try decode(context: context, buffer: &buffer)
  }
}

/// Writes ``Frame``s as bytes.
struct FrameEncoder: MessageToByteEncoder {
  typealias OutboundIn = Frame

  func encode(data: Frame, out: inout ByteBuffer) throws {
    data.write(to: &out)
  }
}

/// Counts the bytes a connection reads and writes into the transport's statistics.
final class ByteCountingHandler: ChannelDuplexHandler {
  typealias InboundIn = ByteBuffer
  typealias InboundOut = ByteBuffer
  typealias OutboundIn = ByteBuffer
  typealias OutboundOut = ByteBuffer

  private let counters: TransportCounters

  init(counters: TransportCounters) {
    self.counters = counters
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    counters.didReceive(unwrapInboundIn(data).readableBytes)
    context.fireChannelRead(data)
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    counters.didSend(unwrapOutboundIn(data).readableBytes)
    context.write(data, promise: promise)
  }
}
