import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOWebSocket
@_spi(WSInternal) import WSCore

/// Opens the client side of a websocket with the upgrade request we choose, then runs it with the websocket
/// layer Hummingbird's own client and server use (pings answered, messages fragmented, the closing handshake).
///
/// HummingbirdWSClient always sends its own `Origin: ws://host` ahead of any additional header; a server that
/// reads the first `Origin`, as Holochain's does, would then never see the configured one. This request carries
/// exactly one `Origin`.
///
/// The websocket layer is reached through the `WSInternal` SPI, called exactly as HummingbirdWebSocket's
/// `HTTP1WebSocketUpgradeChannel` calls it, so any swift-websocket that builds with our pinned Hummingbird
/// builds with this too.
struct ClientHandshake: Sendable {
  /// The context the websocket layer hands the connection's handler.
  struct Context: WebSocketContext {
    let logger: Logger
  }

  private enum Upgrade: Sendable {
    case websocket(NIOAsyncChannel<WebSocketFrame, WebSocketFrame>)
    case refused
  }

  let url: WebSocketURL
  /// The `Origin` to send; `nil` sends the one derived from the URL.
  let origin: String?
  let maxFrameSize: Int
  let closeTimeout: Duration

  /// Connects, upgrades and runs `handler` on the connection until it closes. Returns the server's close frame,
  /// if it sent one.
  /// - Throws: ``ConductorClientError/upgradeRefused`` when the server answers the upgrade with anything but 101;
  ///   connection errors otherwise.
  func run(logger: Logger, handler: @escaping WebSocketDataHandler<Context>) async throws -> WebSocketCloseFrame? {
    var headers = HTTPHeaders()
    headers.add(name: "Host", value: url.hostHeader)
    headers.add(name: "Origin", value: origin ?? url.derivedOrigin)
    let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: url.path, headers: headers)
    let maxFrameSize = maxFrameSize
    let upgrade = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .connect(host: url.host, port: url.port) { channel in
        channel.eventLoop.makeCompletedFuture {
          let upgrader = NIOTypedWebSocketClientUpgrader<Upgrade>(maxFrameSize: maxFrameSize) { channel, _ in
            channel.eventLoop.makeCompletedFuture {
              try PingResponder.install(on: channel)
              return .websocket(try NIOAsyncChannel(wrappingChannelSynchronously: channel))
            }
          }
          var configuration = NIOUpgradableHTTPClientPipelineConfiguration(
            upgradeConfiguration: NIOTypedHTTPClientUpgradeConfiguration(
              upgradeRequestHead: head, upgraders: [upgrader],
              notUpgradingCompletionHandler: { channel in
                channel.close(promise: nil)
                return channel.eventLoop.makeSucceededFuture(.refused)
              }))
          // Frames the server sends right behind its 101 belong to the websocket.
          configuration.leftOverBytesStrategy = .forwardBytes
          return try channel.pipeline.syncOperations.configureUpgradableHTTPClientPipeline(
            configuration: configuration)
        }
      }
      .get()
    switch upgrade {
    case .refused:
      logger.debug("The server refused the websocket upgrade")
      throw ConductorClientError.upgradeRefused
    case .websocket(let channel):
      return try await WebSocketHandler.handle(
        type: .client,
        configuration: .init(
          extensions: [], autoPing: .disabled, closeTimeout: closeTimeout, validateUTF8: false,
          maxFrameSize: maxFrameSize),
        asyncChannel: channel,
        context: Context(logger: logger),
        handler: handler)
    }
  }
}
