extension ConductorClient {
  /// How a ``ConductorClient`` connects and waits.
  ///
  /// ```swift
  /// var configuration = ConductorClient.Configuration(origin: "http://localhost:8888")
  /// configuration.requestTimeout = .seconds(5)
  /// ```
  public struct Configuration: Sendable {
    /// The `Origin` header to send, the only one in the upgrade request (the interface must allow it); `nil`
    /// sends `ws://host`, derived from the URL as browsers' websocket clients do. Holochain's own client sends
    /// `holochain_websocket`.
    public var origin: String?
    /// How long a request waits for its answer unless the call says otherwise (Holochain: 60 s).
    public var requestTimeout: Duration
    /// How long connecting may take.
    public var connectTimeout: Duration
    /// The largest frame accepted, and the fragment size of large requests: 16 MiB, as Holochain.
    public var maxFrameSize: Int
    /// The largest message accepted once its frames are put together: 64 MiB, as Holochain.
    public var maxMessageSize: Int
    /// How many signals ``ConductorClient/signals`` keeps for a slow reader; older ones are dropped.
    public var signalBufferSize: Int
    /// How long ``ConductorClient/close()`` waits for the server to finish the closing handshake.
    public var closeTimeout: Duration

    public init(origin: String? = "holoswift") {
      self.origin = origin
      requestTimeout = .seconds(60)
      connectTimeout = .seconds(10)
      maxFrameSize = 16 << 20
      maxMessageSize = 64 << 20
      signalBufferSize = 1024
      closeTimeout = .seconds(5)
    }
  }
}
