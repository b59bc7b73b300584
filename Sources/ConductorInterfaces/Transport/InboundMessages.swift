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

  init(_ inbound: WebSocketInboundStream, maxMessageSize: Int) {
    frames = inbound.makeAsyncIterator()
    assembler = MessageAssembler(maxSize: maxMessageSize)
  }

  /// Waits for the next message; control frames (ping, pong, close) are answered by the websocket layer.
  mutating func next() async -> Event {
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
      switch outcome {
      case .message(let bytes): return .message(bytes)
      case .incomplete: continue
      case .tooLarge: return .violation(.messageTooLarge)
      case .protocolError: return .violation(.protocolError)
      }
    }
  }
}
