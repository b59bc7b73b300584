import NIOCore
import NIOPosix

/// Sends a hand-written websocket upgrade request, for what the Swift websocket client cannot do (omit `Origin`).
enum RawUpgrade {
  /// The HTTP status code the server answers the upgrade with.
  static func statusCode(port: UInt16, host: String = "127.0.0.1", origin: String?) async throws -> Int {
    let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .connect(host: host, port: Int(port)) { channel in
        channel.eventLoop.makeCompletedFuture {
          try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
        }
      }
    return try await channel.executeThenClose { inbound, outbound in
      var request = "GET / HTTP/1.1\r\nHost: localhost:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      request += "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
      if let origin { request += "Origin: \(origin)\r\n" }
      request += "\r\n"
      try await outbound.write(ByteBuffer(string: request))
      var received = ""
      for try await chunk in inbound {
        received += String(buffer: chunk)
        if let end = received.firstIndex(of: "\r\n") {
          // "HTTP/1.1 101 Switching Protocols"
          let statusLine = received[..<end].split(separator: " ")
          return statusLine.count > 1 ? Int(statusLine[1]) ?? -1 : -1
        }
      }
      return -1
    }
  }
}
