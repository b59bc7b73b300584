public import HoloNetwork
import Keystore
import Logging
import Synchronization

/// How a conductor joins the network: where it listens, where it finds peers, what part of each DHT it holds,
/// and the pace of its publish, gossip and validation work.
public struct NetworkConfiguration: Sendable {
  /// The address the peer transport binds (port 0: any free port).
  public var listenHost: String
  public var listenPort: Int
  /// The Kitsune2 bootstrap server's base URL (`http://host:port`), or `nil` to add peers by hand.
  public var bootstrapURL: String?
  /// The part of each DHT this conductor's agents hold (full by default, as Holochain's agents on small networks).
  public var storageArc: StorageArc
  /// Whether new ops are pushed to their authorities; without it, only gossip spreads them.
  public var publishes: Bool
  /// Whether this conductor starts gossip rounds (it always answers them).
  public var gossips: Bool
  public var gossipInterval: Duration
  public var bootstrapInterval: Duration
  /// How often the author re-publishes ops that lack receipts.
  public var republishInterval: Duration
  /// How often ops waiting for dependencies are retried.
  public var validationRetryInterval: Duration
  /// How long an op may wait for its dependencies before it is abandoned.
  public var abandonAfter: Duration
  /// Receipts that make an op's set complete (Holochain's `required_validations`).
  public var requiredValidations: Int
  /// How long a signed agent info lives; it is re-signed at half its life.
  public var agentInfoLifetime: Duration
  /// The default timeout for requests to peers (gets, fetches, remote calls).
  public var requestTimeout: Duration
  /// The most op bytes one gossip round fetches.
  public var maxGossipBytesPerRound: Int
  /// The most gossip rounds this conductor answers at once; beyond, it answers busy.
  public var maxConcurrentGossipRounds: Int
  /// How far a remote call's or signal's clock may be from ours.
  public var maxClockSkew: Duration
  /// Whether connections are encrypted with TLS (a self-signed certificate per run; see ``TransportTLS``).
  /// Every peer of a network must agree.
  public var encrypts: Bool
  public var transport: TransportConfiguration

  public init(
    listenHost: String = "127.0.0.1", listenPort: Int = 0, bootstrapURL: String? = nil, storageArc: StorageArc = .full,
    publishes: Bool = true, gossips: Bool = true, gossipInterval: Duration = .seconds(60),
    bootstrapInterval: Duration = .seconds(10), republishInterval: Duration = .seconds(300),
    validationRetryInterval: Duration = .seconds(10), abandonAfter: Duration = .seconds(3600),
    requiredValidations: Int = 5, agentInfoLifetime: Duration = .seconds(20 * 60),
    requestTimeout: Duration = .seconds(30),
    maxGossipBytesPerRound: Int = 4 << 20, maxConcurrentGossipRounds: Int = 4, maxClockSkew: Duration = .seconds(180),
    encrypts: Bool = true, transport: TransportConfiguration = .init()
  ) {
    self.listenHost = listenHost
    self.listenPort = listenPort
    self.bootstrapURL = bootstrapURL
    self.storageArc = storageArc
    self.publishes = publishes
    self.gossips = gossips
    self.gossipInterval = gossipInterval
    self.bootstrapInterval = bootstrapInterval
    self.republishInterval = republishInterval
    self.validationRetryInterval = validationRetryInterval
    self.abandonAfter = abandonAfter
    self.requiredValidations = requiredValidations
    self.agentInfoLifetime = agentInfoLifetime
    self.requestTimeout = requestTimeout
    self.maxGossipBytesPerRound = maxGossipBytesPerRound
    self.maxConcurrentGossipRounds = maxConcurrentGossipRounds
    self.maxClockSkew = maxClockSkew
    self.encrypts = encrypts
    self.transport = transport
  }

  /// Brisk settings for tests on one machine: rounds every fraction of a second, short timeouts.
  public static func testing(bootstrapURL: String?) -> NetworkConfiguration {
    NetworkConfiguration(
      bootstrapURL: bootstrapURL, gossipInterval: .milliseconds(300), bootstrapInterval: .milliseconds(200),
      republishInterval: .seconds(1), validationRetryInterval: .milliseconds(200), abandonAfter: .seconds(30),
      requestTimeout: .seconds(3),
      transport: TransportConfiguration(connectTimeout: .seconds(1), requestTimeout: .seconds(3)))
  }
}

extension Duration {
  /// The duration in whole microseconds, clamped to `Int64`'s range (a configured "forever" does not trap).
  var microseconds: Int64 {
    let (seconds, attoseconds) = components
    let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000)
    guard !overflow else { return seconds < 0 ? .min : .max }
    return whole.clampedPlus(attoseconds / 1_000_000_000_000)
  }
}

extension Int64 {
  /// `self + other`, clamped to `Int64`'s range instead of trapping.
  func clampedPlus(_ other: Int64) -> Int64 {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? (other < 0 ? .min : .max) : sum
  }

  /// `self - other`, clamped to `Int64`'s range instead of trapping.
  func clampedMinus(_ other: Int64) -> Int64 {
    let (difference, overflow) = subtractingReportingOverflow(other)
    return overflow ? (other < 0 ? .max : .min) : difference
  }
}
