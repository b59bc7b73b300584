public import HoloNetwork
import Keystore
import Logging
import Synchronization

extension Conductor {
  /// Joins the network: binds the peer transport, announces this conductor's agents to the bootstrap server,
  /// and starts publishing, validating, gossiping. Returns the network, also at ``network``.
  @discardableResult
  public func startNetwork(_ configuration: NetworkConfiguration) async throws(ConductorError) -> ConductorNetwork {
    if let running = network { return running }
    let network = try ConductorNetwork(configuration: configuration, conductor: self)
    try await network.start()
    networkSlot.withLock { $0 = network }
    return network
  }

  /// Leaves the network for good (see ``ConductorNetwork/goOffline()`` for a pause).
  public func stopNetwork() async {
    let network = networkSlot.withLock { slot -> ConductorNetwork? in
      defer { slot = nil }
      return slot
    }
    await network?.stop()
  }

  /// The network, once ``startNetwork(_:)`` ran.
  public var network: ConductorNetwork? { networkSlot.withLock { $0 } }

  /// The network while it is online: what zome calls and validation reach other nodes through.
  var onlineNetwork: ConductorNetwork? {
    guard let network, network.isOnline else { return nil }
    return network
  }

  /// Tells the network that a commit wrote ops to publish.
  func committed() {
    network?.publishWake.signal()
  }
}
