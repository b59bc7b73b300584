import NIOCore
import NIOWebSocket
import WSCore

/// Reads whole messages from a websocket connection (server or client side).
struct InboundMessages {
  /// The next thing that happened on the connection.
  enum Event {
    /// A whole message's bytes.
    case message([UInt8])
    /// The peer closed the connection, or it failed.
    case end
    /// The peer broke the rules; close the connection with this code.
    case violation(WebSocketErrorCode)
  }

  private var frames: WebSocketInboundStream.AsyncIterator
  private var assembler: MessageAssembler
  private let activity: ConnectionActivity?

  /// - Parameter activity: Told when reading starts and stops and when a fragmented message is in progress
  ///   (server connections, for their watchdog); `nil` for clients.
  init(_ inbound: WebSocketInboundStream, maxMessageSize: Int, activity: ConnectionActivity? = nil) {
    frames = inbound.makeAsyncIterator()
    assembler = MessageAssembler(maxSize: maxMessageSize)
    self.activity = activity
  }

  /// Waits for the next message; control frames (ping, pong, close) are answered by the websocket layer.
  mutating func next() async -> Event {
    activity?.readingStarted()
    defer { activity?.readingStopped() }
    while true {
      let frame: WebSocketDataFrame?
      do {
        frame = try await frames.next()
      } catch {
        return .end
      }
      guard let frame else { return .end }
      let outcome = assembler.append(
        frame.data.readableBytesView, isContinuation: frame.opcode == .continuation, isFinal: frame.fin)
      activity?.messageInProgress(assembler.isInsideMessage)
      switch outcome {
      case .message(let bytes): return .message(bytes)
      case .incomplete: continue
      case .tooLarge: return .violation(.messageTooLarge)
      case .protocolError: return .violation(.protocolError)
      }
    }
  }
}
