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
      // Cancellation (the network stopping) ends the sleep early, which is what it should do; the loop then ends.
      try? await Task.sleep(for: configuration.bootstrapInterval)
    }
  }

  /// One bootstrap pass.
  func announceAndDiscover() async {
    guard let conductor, let url, isOnline else { return }
    let now = Timestamp.now().microseconds
    let lifetime = configuration.agentInfoLifetime.microseconds
    for (dna, agents) in conductor.localAgentsByDna() {
      let due = agents.filter { agent in
        guard let last = lastAnnounced(dna.spaceId + agent.core) else { return true }
        return now.clampedMinus(last) >= lifetime / 2
      }
      let storageArc = configuration.storageArc
      // Signing may read the keystore's database: one hop for the DNA's due agents.
      let signed = await onBlockingThread(conductor) { () -> [(AgentPubKey, SignedAgentInfo)] in
        due.compactMap { agent in
          let info = PeerAgentInfo(
            agent: agent, dna: dna, createdAt: now, expiresAt: now.clampedPlus(lifetime), url: url.description,
            storageArc: storageArc)
          return self.attempt(.signing, "signing the agent info of \(agent)") { () throws -> SignedAgentInfo in
            try SignedAgentInfo.sign(
              info, signer: { message in try conductor.keystore.sign(publicKey: agent.core, message: message) })
          }.map { (agent, $0) }
        }
      }
      for (agent, info) in signed {
        _ = peers.insert(info, now: now)
        if let bootstrap {
          do {
            try await bootstrap.put(info)
          } catch {
            dropped(error, at: .bootstrap, "putting the agent info of \(agent)")
            continue
          }
        }
        markAnnounced(dna.spaceId + agent.core, at: now)
      }
      guard let bootstrap else { continue }
      let infos: [SignedAgentInfo]
      do {
        infos = try await bootstrap.get(space: dna.spaceId)
      } catch {
        dropped(error, at: .bootstrap, "getting the peers of \(dna)")
        continue
      }
      var found = false
      for info in infos where peers.insert(info, now: now) && info.info.url != url.description { found = true }
      // A new peer gets what is due at once, and a first gossip round.
      if found {
        publishWake.signal()
        gossipWake.signal()
      }
    }
  }

  /// Adds a peer's signed info by hand (a network without a bootstrap server).
  public func addPeer(_ info: SignedAgentInfo) -> Bool {
    peers.insert(info, now: Timestamp.now().microseconds)
  }
}
