import ConductorAPI
import HoloCore
import NIOCore
import NIOWebSocket
import WSCore

/// Writes whole messages to one websocket connection, one message at a time.
///
/// Messages larger than the frame size go out as several frames; the lock keeps two such messages from
/// interleaving. Pings are control frames, which may sit between the fragments of a message, so they skip the lock.
struct MessageSender: Sendable {
  private let outbound: WebSocketOutboundWriter
  private let lock = AsyncLock()

  init(_ outbound: WebSocketOutboundWriter) { self.outbound = outbound }

  /// Sends a wire message as one binary message.
  func send(_ message: WireMessage) async throws {
    let buffer = ByteBuffer(bytes: message.msgpackBytes())
    try await lock.withLock { try await outbound.writeBinaryMessage(buffer) }
  }

  /// Sends arbitrary bytes as one binary or text message (tests of misbehaving clients).
  func sendRaw(_ bytes: [UInt8], asText: Bool) async throws {
    try await lock.withLock {
      if asText {
        try await outbound.write(.custom(WebSocketFrame(fin: true, opcode: .text, data: ByteBuffer(bytes: bytes))))
      } else {
        try await outbound.writeBinaryMessage(ByteBuffer(bytes: bytes))
      }
    }
  }

  /// Sends an empty ping frame.
  func ping() async throws {
    try await outbound.write(.custom(WebSocketFrame(fin: true, opcode: .ping, data: ByteBuffer())))
  }

  /// Starts the closing handshake; errors (the connection is already gone) are ignored.
  func close(_ code: WebSocketErrorCode, reason: String?) async {
    try? await outbound.close(code, reason: reason)
  }
}
