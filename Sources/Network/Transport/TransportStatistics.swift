import Synchronization

/// Counters of a ``PeerTransport`` since it was created (they survive stop and start).
public struct TransportStatistics: Sendable, Hashable {
  /// Bytes written to connections, frame headers included.
  public var bytesSent: Int
  /// Bytes read from connections, frame headers included.
  public var bytesReceived: Int
  /// Frames and connections given up on: garbage (bad magic, unsupported version, a frame over the limit),
  /// responses that came after their request timed out, and one-way messages refused for being over
  /// ``TransportConfiguration/maxConcurrentInboundPerConnection``.
  public var framesDropped: Int
  /// Connections made, outbound and accepted.
  public var connectionsOpened: Int

  public init(bytesSent: Int = 0, bytesReceived: Int = 0, framesDropped: Int = 0, connectionsOpened: Int = 0) {
    self.bytesSent = bytesSent
    self.bytesReceived = bytesReceived
    self.framesDropped = framesDropped
    self.connectionsOpened = connectionsOpened
  }
}

/// The live counters behind ``TransportStatistics``, shared by a transport's connections.
final class TransportCounters: Sendable {
  private let bytesSent = Atomic<Int>(0)
  private let bytesReceived = Atomic<Int>(0)
  private let framesDropped = Atomic<Int>(0)
  private let connectionsOpened = Atomic<Int>(0)

  func didSend(_ bytes: Int) { bytesSent.add(bytes, ordering: .relaxed) }
  func didReceive(_ bytes: Int) { bytesReceived.add(bytes, ordering: .relaxed) }
  func didDropFrame() { framesDropped.add(1, ordering: .relaxed) }
  func didOpenConnection() { connectionsOpened.add(1, ordering: .relaxed) }

  var snapshot: TransportStatistics {
    TransportStatistics(
      bytesSent: bytesSent.load(ordering: .relaxed), bytesReceived: bytesReceived.load(ordering: .relaxed),
      framesDropped: framesDropped.load(ordering: .relaxed),
      connectionsOpened: connectionsOpened.load(ordering: .relaxed))
  }
}
