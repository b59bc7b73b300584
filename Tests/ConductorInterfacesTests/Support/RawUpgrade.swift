import NIOCore
import NIOPosix

/// Sends a hand-written websocket upgrade request, for what the Swift client cannot do (omit `Origin`, repeat it).
enum RawUpgrade {
  /// The HTTP status code the server answers the upgrade with.
  static func statusCode(port: UInt16, host: String = "127.0.0.1", origin: String?) async throws -> Int {
    try await statusCode(port: port, host: host, origins: origin.map { [$0] } ?? [])
  }

  /// The HTTP status code the server answers an upgrade carrying these `Origin` headers, in this order.
  static func statusCode(port: UInt16, host: String = "127.0.0.1", origins: [String]) async throws -> Int {
    let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .connect(host: host, port: Int(port)) { channel in
        channel.eventLoop.makeCompletedFuture {
          try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
        }
      }
    return try await channel.executeThenClose { inbound, outbound in
      var request = "GET / HTTP/1.1\r\nHost: localhost:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      request += "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
      for origin in origins { request += "Origin: \(origin)\r\n" }
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

  /// Upgrades (with an Origin), then starts a masked binary frame whose header declares `declaredLength` payload
  /// bytes and sends the first `sentBytes` of it. Returns the close code of the server's close frame, or `nil`
  /// when the server dropped the connection without one.
  static func closeCodeForFrame(port: UInt16, declaredLength: UInt64, sentBytes: Int) async throws -> UInt16? {
    let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .connect(host: "127.0.0.1", port: Int(port)) { channel in
        channel.eventLoop.makeCompletedFuture {
          try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
        }
      }
    return try await channel.executeThenClose { inbound, outbound in
      var request = "GET / HTTP/1.1\r\nHost: localhost:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
      request += "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: raw\r\n\r\n"
      try await outbound.write(ByteBuffer(string: request))
      var received: [UInt8] = []
      var upgraded = false
      for try await chunk in inbound {
        received += Array(buffer: chunk)
        if !upgraded {
          let blankLine: [UInt8] = [13, 10, 13, 10]
          guard let end = received.indices.dropLast(3).first(where: { Array(received[$0..<($0 + 4)]) == blankLine })
          else { continue }
          received.removeFirst(end + 4)
          upgraded = true
          // FIN + binary, masked, 64-bit length, mask key, then part of the payload.
          var frame: [UInt8] = [0x82, 0x80 | 127]
          for shift in stride(from: 56, through: 0, by: -8) {
            frame.append(UInt8(truncatingIfNeeded: declaredLength >> UInt64(shift)))
          }
          frame += [1, 2, 3, 4]
          frame += [UInt8](repeating: 0x41, count: sentBytes)
          try? await outbound.write(ByteBuffer(bytes: frame))
        }
        // The server's close frame: 0x88, a length, then the code (big-endian).
        if received.count >= 4, received[0] == 0x88 { return UInt16(received[2]) << 8 | UInt16(received[3]) }
      }
      return nil
    }
  }
}
