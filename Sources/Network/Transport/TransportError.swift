/// Why a ``PeerTransport`` call failed.
public enum TransportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The transport is not started (or was stopped).
  case notRunning
  /// The listener could not bind `host:port` (in use, no such address...).
  case bindFailed(host: String, port: Int, reason: String)
  /// No connection to the peer could be made: refused, no route, name not resolved, or connect timed out.
  case unreachable(PeerURL, String)
  /// The request got no answer within its timeout.
  case timedOut(PeerURL)
  /// The connection closed (either side, or ``PeerTransport/stop()``) before the answer came.
  case closed(PeerURL)
  /// A payload of this many bytes is over ``TransportConfiguration/maxFrameBytes``; nothing was sent.
  case frameTooLarge(Int)
  /// The peer answered with an error frame carrying this text.
  case remote(PeerURL, String)
  /// The peer has too many requests from this connection in its handler already.
  case busy(PeerURL)
  /// The calling task was cancelled while waiting.
  case cancelled
  /// TLS could not be set up (making the certificate or its context failed).
  case tlsUnavailable(String)

  public var description: String {
    switch self {
    case .notRunning: return "transport not running"
    case .bindFailed(let host, let port, let reason): return "cannot listen on \(host):\(port): \(reason)"
    case .unreachable(let peer, let reason): return "\(peer) unreachable: \(reason)"
    case .timedOut(let peer): return "request to \(peer) timed out"
    case .closed(let peer): return "connection to \(peer) closed"
    case .frameTooLarge(let size): return "frame of \(size) bytes is too large"
    case .remote(let peer, let text): return "\(peer) answered with an error: \(text)"
    case .busy(let peer): return "\(peer) is busy"
    case .cancelled: return "cancelled"
    case .tlsUnavailable(let reason): return "TLS unavailable: \(reason)"
    }
  }
}
