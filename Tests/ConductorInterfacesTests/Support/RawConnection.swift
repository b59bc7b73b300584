import NIOCore
import NIOPosix
import Synchronization
import Testing

/// A raw TCP connection to an interface, for clients that misbehave below the websocket layer: it sends what it
/// is told and records what the server sends, until the server closes the connection.
final class RawConnection: Sendable {
  /// A websocket upgrade request with an `Origin`, up to and including its blank line.
  static let upgradeRequest =
    "GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: raw\r\n\r\n"

  /// The longest any test waits for the server: a safety net, never a measure of speed.
  static let safetyNet = Duration.seconds(30)

  let channel: any Channel
  private let received: Received

  private init(channel: any Channel, received: Received) {
    self.channel = channel
    self.received = received
  }

  /// Connects to `127.0.0.1:port`.
  static func open(port: UInt16) async throws -> RawConnection {
    let received = Received()
    let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.addHandler(Recorder(received: received))
        }
      }
      .connect(host: "127.0.0.1", port: Int(port)).get()
    return RawConnection(channel: channel, received: received)
  }

  /// Opens a connection and has it upgraded to a websocket; fails the test unless the server answered 101.
  static func upgraded(port: UInt16) async throws -> RawConnection {
    let connection = try await open(port: port)
    try await connection.send(upgradeRequest)
    let head = await connection.responseHead()
    try #require(head?.hasPrefix("HTTP/1.1 101") == true, "upgrade answered \(head ?? "nothing")")
    return connection
  }

  func send(_ text: String) async throws {
    try await send(Array(text.utf8))
  }

  func send(_ bytes: [UInt8]) async throws {
    try await channel.writeAndFlush(ByteBuffer(bytes: bytes)).get()
  }

  /// Everything the server sent so far.
  var bytes: [UInt8] { received.bytes }

  /// The server's HTTP response head (status line and headers), once it has arrived in full; `nil` if the
  /// connection closed or the safety net ran out first.
  func responseHead() async -> String? {
    let deadline = ContinuousClock.now + Self.safetyNet
    while ContinuousClock.now < deadline {
      if let head = Self.head(of: received.bytes) { return head }
      if !channel.isActive { return Self.head(of: received.bytes) }
      do {
        try await Task.sleep(for: .milliseconds(10))
      } catch {
        return nil
      }
    }
    return nil
  }

  /// Whether the server closes the connection (end of stream or reset) before `deadline`, by default the safety
  /// net from now; if it does not, the connection is closed here so nothing is left behind.
  func closedByServer(by deadline: ContinuousClock.Instant = .now + safetyNet) async -> Bool {
    let channel = channel
    let closed = await withTaskGroup(of: Bool.self) { group in
      group.addTask {
        // The close future fails for a reset; either way the connection is gone.
        _ = try? await channel.closeFuture.get()
        return true
      }
      group.addTask {
        do {
          try await Task.sleep(until: deadline, clock: .continuous)
          return false
        } catch {
          return true
        }
      }
      let first = await group.next() ?? false
      if !first { channel.close(promise: nil) }
      group.cancelAll()
      return first
    }
    return closed
  }

  /// Sends `bytes` one at a time, `interval` apart, until the server closes the connection; whether it did
  /// before the safety net ran out.
  func trickle(_ bytes: [UInt8], every interval: Duration) async -> Bool {
    let deadline = ContinuousClock.now + Self.safetyNet
    var index = 0
    while ContinuousClock.now < deadline {
      guard channel.isActive else { return true }
      do {
        try await send([bytes[index % bytes.count]])
      } catch {
        return await closedByServer()
      }
      index += 1
      do {
        try await Task.sleep(for: interval)
      } catch {
        break
      }
    }
    channel.close(promise: nil)
    return false
  }

  func close() async {
    try? await channel.close()  // Already closed by the server in most tests.
  }

  /// The frames the server sent after its response head: opcode and payload (servers do not mask).
  var framesAfterHead: [(opcode: UInt8, payload: [UInt8])] {
    let bytes = received.bytes
    guard let end = Self.headEnd(of: bytes) else { return [] }
    var frames: [(opcode: UInt8, payload: [UInt8])] = []
    var index = end
    while index + 2 <= bytes.count {
      let opcode = bytes[index] & 0x0f
      var length = Int(bytes[index + 1] & 0x7f)
      var start = index + 2
      if length == 126 {
        guard start + 2 <= bytes.count else { break }
        length = Int(bytes[start]) << 8 | Int(bytes[start + 1])
        start += 2
      } else if length == 127 {
        guard start + 8 <= bytes.count else { break }
        length = bytes[start..<(start + 8)].reduce(0) { $0 << 8 | Int($1) }
        start += 8
      }
      guard start + length <= bytes.count else { break }
      frames.append((opcode, Array(bytes[start..<(start + length)])))
      index = start + length
    }
    return frames
  }

  /// The code and reason of the server's close frame, if it sent one.
  var closeFrame: (code: UInt16, reason: String)? {
    guard let close = framesAfterHead.first(where: { $0.opcode == 0x8 }), close.payload.count >= 2 else {
      return nil
    }
    let code = UInt16(close.payload[0]) << 8 | UInt16(close.payload[1])
    return (code, String(decoding: close.payload.dropFirst(2), as: UTF8.self))
  }

  private static func headEnd(of bytes: [UInt8]) -> Int? {
    guard bytes.count >= 4 else { return nil }
    for index in 0...(bytes.count - 4)
    where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
      return index + 4
    }
    return nil
  }

  private static func head(of bytes: [UInt8]) -> String? {
    headEnd(of: bytes).map { String(decoding: bytes[..<$0], as: UTF8.self) }
  }
}

/// The bytes a ``RawConnection`` received.
private final class Received: Sendable {
  private let storage = Mutex<[UInt8]>([])

  var bytes: [UInt8] { storage.withLock { $0 } }

  func append(_ buffer: ByteBuffer) {
    storage.withLock { $0.append(contentsOf: buffer.readableBytesView) }
  }
}

/// Records inbound bytes into a ``Received``.
private final class Recorder: ChannelInboundHandler {
  typealias InboundIn = ByteBuffer

  private let received: Received

  init(received: Received) { self.received = received }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    received.append(unwrapInboundIn(data))
  }
}
