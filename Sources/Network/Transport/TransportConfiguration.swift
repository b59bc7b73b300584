/// Limits and timeouts of a ``PeerTransport``.
///
/// ```swift
/// let transport = PeerTransport(configuration: .init(requestTimeout: .seconds(10))) { payload, isRequest in
///   isRequest ? payload : nil
/// }
/// ```
public struct TransportConfiguration: Sendable {
  /// The largest payload a frame may carry, either way. A peer that announces a larger frame is disconnected
  /// before its body is read; a larger payload of ours throws ``TransportError/frameTooLarge(_:)``. At most
  /// `UInt32.max`, what the header's length field holds (a larger value is clamped, so that no length written
  /// into a header can trap).
  public var maxFrameBytes: Int {
    get { frameLimit }
    set { frameLimit = min(max(newValue, 0), Int(UInt32.max)) }
  }
  private var frameLimit: Int
  /// How long connecting to a peer may take.
  public var connectTimeout: Duration
  /// How long a request waits for its answer, counted from the call (connecting included), unless the call
  /// gives its own timeout.
  public var requestTimeout: Duration
  /// How many inbound requests and one-way messages one connection may have in its handler at once. A request
  /// beyond this is answered with a "busy" error frame (``TransportError/busy(_:)`` on the sender's side); a
  /// one-way message beyond it is dropped and counted in ``TransportStatistics/framesDropped``.
  public var maxConcurrentInboundPerConnection: Int
  /// TLS on every connection, or `nil` for plain TCP. Both ends must agree: a plain peer cannot talk to a TLS one.
  public var tls: TransportTLS?

  /// A configuration; every limit has a default.
  public init(
    maxFrameBytes: Int = 16 * 1024 * 1024,
    connectTimeout: Duration = .seconds(5),
    requestTimeout: Duration = .seconds(30),
    maxConcurrentInboundPerConnection: Int = 64,
    tls: TransportTLS? = nil
  ) {
    self.tls = tls
    self.frameLimit = min(max(maxFrameBytes, 0), Int(UInt32.max))
    self.connectTimeout = connectTimeout
    self.requestTimeout = requestTimeout
    self.maxConcurrentInboundPerConnection = maxConcurrentInboundPerConnection
  }
}
