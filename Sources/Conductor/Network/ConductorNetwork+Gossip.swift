public import HoloCore
public import HoloNetwork
import Keystore
import Logging
import StateStore
import Synchronization

extension ConductorNetwork {
  /// Every `gossipInterval`, one round with each peer of each DNA, all at once: a dead or busy peer costs only
  /// its own round.
  func gossipLoop() async {
    while !Task.isCancelled {
      await gossipWake.wait(upTo: configuration.gossipInterval)
      guard configuration.gossips, isOnline, let conductor else { continue }
      for dna in conductor.localAgentsByDna().keys {
        let peers = peerAddresses(of: dna)
        // One summary per DNA and pass, shared by the rounds with every peer.
        guard !peers.isEmpty, let mine = ownSummary(of: dna, over: configuration.storageArc, conductor: conductor) else {
          continue
        }
        await withTaskGroup(of: Void.self) { group in
          for peer in peers {
            group.addTask { _ = await self.gossipRound(dna: dna, with: peer, summary: mine, conductor: conductor) }
          }
        }
      }
    }
  }

  /// One gossip round with `peer`: exchange summaries (op counts and hash XORs per sector and time slice),
  /// ask for the hashes in the buckets that differ, and fetch the ops this node lacks, up to
  /// `maxGossipBytesPerRound`. Returns how it went.
  @discardableResult
  public func gossipRound(dna: DnaHash, with peer: PeerURL) async -> GossipRoundOutcome {
    guard let conductor, let mine = ownSummary(of: dna, over: configuration.storageArc, conductor: conductor) else {
      return .failed("no such DNA here")
    }
    return await gossipRound(dna: dna, with: peer, summary: mine, conductor: conductor)
  }

  /// A round opened with `mine`, this node's summary over its own arc.
  private func gossipRound(dna: DnaHash, with peer: PeerURL, summary mine: OpSummary, conductor: Conductor) async
    -> GossipRoundOutcome
  {
    guard let dht = try? conductor.store.dht(for: dna) else { return .failed("no such DNA here") }
    let arc = configuration.storageArc
    let theirs: OpSummary
    switch await request(.gossipSummary(dna: dna, arc: arc, summary: mine), to: peer) {
    case .summary(_, let summary)?: theirs = summary
    case .busy?: return .busy
    case .failure(let reason)?: return .failed(reason)
    default: return .failed("no answer")
    }
    let differing = (try? mine.differingBuckets(theirs, within: arc)) ?? []
    guard !differing.isEmpty else { return .inSync }
    guard case .hashes(let hashes)? = await request(.gossipHashes(dna: dna, arc: arc, buckets: differing), to: peer)
    else {
      return .failed("no hashes")
    }
    let held = (try? dht.held(hashes)) ?? []
    let missing = hashes.filter { !held.contains($0) }
    var fetched = 0
    var bytes = 0
    for start in stride(from: 0, to: missing.count, by: 100) {
      guard bytes < configuration.maxGossipBytesPerRound else { break }
      let batch = Array(missing[start..<min(start + 100, missing.count)])
      guard case .ops(let answers)? = await request(.fetch(dna: dna, hashes: batch), to: peer) else { break }
      bytes += answers.reduce(0) { $0 + $1.op.msgpackBytes().count }
      let wanted = Set(batch)
      let ops = answers.map(\.op).filter { wanted.contains($0.hash()) }
      receive(ops, in: dna, conductor: conductor)
      fetched += ops.count
    }
    return .fetched(fetched)
  }

  /// Answers a round's opening with this node's own summary, unless it is already answering its limit.
  func answerGossip(dna: DnaHash, arc: StorageArc, summary: OpSummary, conductor: Conductor) -> PeerMessage {
    let active = inboundRounds.add(1, ordering: .relaxed).newValue
    defer { inboundRounds.subtract(1, ordering: .relaxed) }
    guard active <= configuration.maxConcurrentGossipRounds else { return .busy }
    // Summarized over the asker's arc, so that the two summaries compare like with like.
    guard let mine = ownSummary(of: dna, over: arc, conductor: conductor) else {
      return .failure("this node does not run that DNA")
    }
    return .summary(arc: configuration.storageArc, summary: mine)
  }

  /// This node's summary of its integrated ops of `dna` inside `arc`; `nil` when the DHT cannot be read.
  func ownSummary(of dna: DnaHash, over arc: StorageArc, conductor: Conductor) -> OpSummary? {
    guard let dht = try? conductor.store.dht(for: dna), let digests = try? dht.integratedDigests() else { return nil }
    return OpSummary(digests: digests.map(Self.digest), arc: arc, layout: .standard)
  }

  /// The hashes this node holds in the asked buckets, inside the asker's arc.
  func answerHashes(dna: DnaHash, arc: StorageArc, buckets: [BucketKey], conductor: Conductor) -> PeerMessage {
    guard let dht = try? conductor.store.dht(for: dna), let digests = try? dht.integratedDigests() else {
      return .hashes([])
    }
    let inArc = digests.map(Self.digest).filter { arc.contains($0.location) }
    return .hashes(OpSummary.digests(inArc, in: buckets, layout: .standard).map(\.hash))
  }

  static func digest(_ held: HeldOpDigest) -> OpDigest {
    OpDigest(hash: held.hash, location: held.location, timestamp: held.timestamp)
  }
}

/// How one gossip round ended.
public enum GossipRoundOutcome: Hashable, Sendable {
  /// The summaries matched.
  case inSync
  /// This many missing ops were fetched (and queued for validation).
  case fetched(Int)
  /// The peer answered that it is busy.
  case busy
  case failed(String)
}
