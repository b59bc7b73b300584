public import ConductorAPI

/// How an admin or app interface listens and what it accepts. The defaults are Holochain 0.7's.
///
/// ```swift
/// var configuration = InterfaceServerConfiguration.app(port: 0, allowedOrigins: .any)
/// configuration.authenticationTimeout = .milliseconds(200)   // quick tests
/// ```
public struct InterfaceServerConfiguration: Sendable {
  /// The port to listen on; 0 picks a free one (read it back from the server).
  public var port: UInt16
  /// The IP address to bind (`danger_bind_addr`); Holochain's default is the loopback interface.
  public var bindAddress: String
  /// When ``bindAddress`` is `127.0.0.1`, also listen on `::1` with the same port, as Holochain does, so clients
  /// that resolve `localhost` to the IPv6 loopback connect too. Best effort: a failure is only logged.
  public var alsoBindsIPv6Loopback: Bool
  /// The browser origins whose websocket upgrades are accepted; other upgrades get HTTP 400.
  public var allowedOrigins: AllowedOrigins
  /// The largest websocket frame accepted (and the fragment size of large outgoing messages): 16 MiB.
  public var maxFrameSize: Int
  /// The largest message, once its frames are put together: 64 MiB. Larger ones close the connection (1009).
  public var maxMessageSize: Int
  /// How often the server pings each connection to keep it alive (Holochain: every 5 s); `nil` disables pings.
  public var pingInterval: Duration?
  /// How long an app connection may take to send its `authenticate` message (Holochain: 10 s).
  public var authenticationTimeout: Duration
  /// How many requests of one connection are handled at once; further requests wait (Holochain: 128).
  public var maxConcurrentRequests: Int
  /// How many connections may be open at once; further upgrades are refused (HTTP 400) until one closes. Holochain
  /// limits admin interfaces to 400 connections and app interfaces not at all (`nil`).
  public var maxConnections: Int?
  /// How long the server waits for the client to answer its close frame before dropping the connection.
  public var closeTimeout: Duration

  /// A configuration with Holochain's limits; `maxConnections` defaults to none.
  public init(
    port: UInt16 = 0,
    bindAddress: String = "127.0.0.1",
    allowedOrigins: AllowedOrigins,
    maxConnections: Int? = nil
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
  }

  /// Holochain's admin interface defaults: at most 400 connections.
  public static func admin(port: UInt16 = 0, allowedOrigins: AllowedOrigins) -> Self {
    Self(port: port, allowedOrigins: allowedOrigins, maxConnections: 400)
  }

  /// Holochain's app interface defaults: any number of connections.
  public static func app(port: UInt16 = 0, allowedOrigins: AllowedOrigins) -> Self {
    Self(port: port, allowedOrigins: allowedOrigins)
  }
}
