import HoloCore
public import HoloNetwork
import Keystore
import Logging
import StateStore
import Synchronization

extension ConductorNetwork {
  /// Announces this conductor's agents (re-signing their infos at half their life) and learns the other peers
  /// of each DNA, every `bootstrapInterval`.
  func bootstrapLoop() async {
    while !Task.isCancelled {
      await announceAndDiscover()
      try? await Task.sleep(for: configuration.bootstrapInterval)
    }
  }

  /// One bootstrap pass.
  func announceAndDiscover() async {
    guard let conductor, let url, isOnline else { return }
    let now = Timestamp.now().microseconds
    let lifetime = configuration.agentInfoLifetime.microseconds
    for (dna, agents) in conductor.localAgentsByDna() {
      for agent in agents {
        let key = dna.spaceId + agent.core
        if let last = lastAnnounced(key), now - last < lifetime / 2 { continue }
        let info = PeerAgentInfo(
          agent: agent, dna: dna, createdAt: now, expiresAt: now + lifetime, url: url.description,
          storageArc: configuration.storageArc)
        guard
          let signed = try? SignedAgentInfo.sign(
            info, signer: { message in try conductor.keystore.sign(publicKey: agent.core, message: message) })
        else { continue }
        _ = peers.insert(signed, now: now)
        if let bootstrap {
          do {
            try await bootstrap.put(signed)
          } catch {
            logger.debug("bootstrap put failed: \(error)")
            continue
          }
        }
        markAnnounced(key, at: now)
      }
      if let bootstrap, let infos = try? await bootstrap.get(space: dna.spaceId) {
        var found = false
        for info in infos where peers.insert(info, now: now) && info.info.url != url.description { found = true }
        // A new peer gets what is due at once, and a first gossip round.
        if found {
          publishWake.signal()
          gossipWake.signal()
        }
      }
    }
  }

  /// Adds a peer's signed info by hand (a network without a bootstrap server).
  public func addPeer(_ info: SignedAgentInfo) -> Bool {
    peers.insert(info, now: Timestamp.now().microseconds)
  }
}
