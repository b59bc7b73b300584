import Logging
import NIOCore

/// The last handler of a connection's pipeline: passes frames to its ``PeerConnection``, answers frames of
/// unknown kinds, and tears the connection down on garbage.
final class PeerConnectionHandler: ChannelInboundHandler {
  typealias InboundIn = ParsedFrame
  typealias OutboundOut = Frame

  private let connection: PeerConnection
  private let counters: TransportCounters
  private let logger: Logger
  /// Set once the connection is being closed for a protocol error; later errors are its echoes.
  private var isTearingDown = false

  init(connection: PeerConnection, counters: TransportCounters, logger: Logger) {
    self.connection = connection
    self.counters = counters
    self.logger = logger
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .frame(let frame):
      connection.received(frame)
    case .unknownKind(let kind, let id):
      logger.debug("unknown frame kind", metadata: ["peer": "\(connection.peer)", "kind": "\(kind)"])
      context.writeAndFlush(wrapOutboundOut(.error(FrameErrorText.unknownKind(kind), id: id)), promise: nil)
    }
  }

  func channelInactive(context: ChannelHandlerContext) {
    connection.didClose()
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    guard !isTearingDown else { return }
    isTearingDown = true
    let metadata: Logger.Metadata = ["peer": "\(connection.peer)", "error": "\(error)"]
    guard let parsingError = error as? FrameParsingError else {
      logger.debug("connection error", metadata: metadata)
      context.close(promise: nil)
      return
    }
    counters.didDropFrame()
    logger.debug("closing connection on a protocol error", metadata: metadata)
    switch parsingError {
    case .badMagic, .frameTooLarge:
      context.close(promise: nil)
    case .unsupportedVersion(let version):
      let channel = context.channel
      context.writeAndFlush(wrapOutboundOut(.error(FrameErrorText.unsupportedVersion(version), id: 0)))
        .whenComplete { _ in channel.close(promise: nil) }
    }
  }
}
