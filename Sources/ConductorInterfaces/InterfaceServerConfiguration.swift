public import ConductorAPI

/// How an admin or app interface listens, what it accepts and how long it waits. The protocol defaults are
/// Holochain 0.7's; the connection cap and the timeouts that close stalled connections are Holoswift's own
/// (Holochain has none), chosen so that no well-behaved client meets them.
///
/// ```swift
/// var configuration = InterfaceServerConfiguration.app(port: 0, allowedOrigins: .any)
/// configuration.authenticationTimeout = .milliseconds(200)   // quick tests
/// configuration.maxConnections = 64
/// ```
public struct InterfaceServerConfiguration: Sendable {
  /// The default cap on an app interface's connections: above the 500 concurrent app connections a conductor
  /// must serve, and well under the process's descriptor limit (each connection holds one descriptor; the
  /// machines we run on allow 20,000, and a conductor has several interfaces besides its databases).
  public static let defaultAppMaxConnections = 1024
  /// Holochain's cap on an admin interface's connections.
  public static let defaultAdminMaxConnections = 400

  /// The port to listen on; 0 picks a free one (read it back from the server).
  public var port: UInt16
  /// The IP address to bind (`danger_bind_addr`); Holochain's default is the loopback interface.
  public var bindAddress: String
  /// When ``bindAddress`` is `127.0.0.1`, also listen on `::1` with the same port, as Holochain does, so clients
  /// that resolve `localhost` to the IPv6 loopback connect too. Best effort: a failure is only logged.
  public var alsoBindsIPv6Loopback: Bool
  /// The browser origins whose websocket upgrades are accepted; other upgrades get HTTP 400. When a request
  /// carries several `Origin` headers, the first one counts, as in Holochain.
  public var allowedOrigins: AllowedOrigins
  /// The largest websocket frame accepted (and the fragment size of large outgoing messages): 16 MiB.
  public var maxFrameSize: Int
  /// The largest message, once its frames are put together: 64 MiB. Larger ones close the connection (1009).
  public var maxMessageSize: Int
  /// How often the server pings each connection (Holochain: every 5 s); `nil` disables pings, and with them
  /// ``pongTimeout``.
  public var pingInterval: Duration?
  /// How long an app connection may take to send its `authenticate` message (Holochain: 10 s).
  public var authenticationTimeout: Duration
  /// How many requests of one connection are handled at once; further requests wait (Holochain: 128).
  public var maxConcurrentRequests: Int
  /// How many connections may be open at once, counted from the moment the TCP connection is accepted (so
  /// connections that never finish their upgrade count too). A connection beyond the cap is answered
  /// `503 Service Unavailable` and closed at once. `nil` removes the cap. Defaults:
  /// ``defaultAdminMaxConnections`` (Holochain's) and ``defaultAppMaxConnections`` (Holochain has none).
  public var maxConnections: Int?
  /// How long the server waits for the client to answer its close frame before dropping the connection.
  public var closeTimeout: Duration
  /// How long a new connection has, from the moment it is accepted, to complete its websocket upgrade (send
  /// the whole HTTP request and be answered `101`); then it is closed. This ends idle TCP connections, request
  /// heads sent a byte at a time and plain HTTP connections kept alive. Default 10 s; `nil` waits forever.
  public var upgradeTimeout: Duration?
  /// How long, while the server waits for a message, the client may go without delivering one complete frame;
  /// then the connection is closed (1001, then dropped after ``closeTimeout``). A healthy client answers each
  /// ping within this time, so this closes clients that stopped answering and frames left half sent (a pong
  /// cannot overtake a frame). Time the server spends not reading — at its ``maxConcurrentRequests`` limit, or
  /// checking a token — does not count. Default 30 s; needs ``pingInterval`` to be shorter; `nil` disables it.
  public var pongTimeout: Duration?
  /// How long a message sent in several frames may take from its first frame to its last; then the connection
  /// is closed (1008). Default 60 s (64 MiB at about 1 MiB/s); `nil` disables it.
  public var messageTimeout: Duration?

  /// A configuration with Holochain's limits and Holoswift's timeouts; `maxConnections` defaults to
  /// ``defaultAppMaxConnections``.
  public init(
    port: UInt16 = 0,
    bindAddress: String = "127.0.0.1",
    allowedOrigins: AllowedOrigins,
    maxConnections: Int? = Self.defaultAppMaxConnections
  ) {
    self.port = port
    self.bindAddress = bindAddress
    self.alsoBindsIPv6Loopback = true
    self.allowedOrigins = allowedOrigins
    self.maxFrameSize = 16 << 20
    self.maxMessageSize = 64 << 20
    self.pingInterval = .seconds(5)
    self.authenticationTimeout = .seconds(10)
    self.maxConcurrentRequests = 128
    self.maxConnections = maxConnections
    self.closeTimeout = .seconds(5)
    self.upgradeTimeout = .seconds(10)
    self.pongTimeout = .seconds(30)
    self.messageTimeout = .seconds(60)
  }

  /// Holochain's admin interface defaults: at most 400 connections.
  public static func admin(port: UInt16 = 0, allowedOrigins: AllowedOrigins) -> Self {
    Self(port: port, allowedOrigins: allowedOrigins, maxConnections: defaultAdminMaxConnections)
  }

  /// App interface defaults: at most ``defaultAppMaxConnections`` connections (Holochain has no cap).
  public static func app(port: UInt16 = 0, allowedOrigins: AllowedOrigins) -> Self {
    Self(port: port, allowedOrigins: allowedOrigins, maxConnections: defaultAppMaxConnections)
  }
}
