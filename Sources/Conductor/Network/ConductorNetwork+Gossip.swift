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
        guard !peers.isEmpty else { continue }
        // One summary per DNA and pass, shared by the rounds with every peer.
        let arc = configuration.storageArc
        guard
          let mine = await onBlockingThread(conductor, { self.ownSummary(of: dna, over: arc, conductor: conductor) })
        else { continue }
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
    guard let conductor else { return .failed("no such DNA here") }
    let arc = configuration.storageArc
    guard let mine = await onBlockingThread(conductor, { self.ownSummary(of: dna, over: arc, conductor: conductor) })
    else { return .failed("no such DNA here") }
    return await gossipRound(dna: dna, with: peer, summary: mine, conductor: conductor)
  }

  /// A round opened with `mine`, this node's summary over its own arc.
  private func gossipRound(dna: DnaHash, with peer: PeerURL, summary mine: OpSummary, conductor: Conductor) async
    -> GossipRoundOutcome
  {
    guard conductor.dna(dna) != nil else { return .failed("no such DNA here") }
    let arc = configuration.storageArc
    let theirs: OpSummary
    switch await request(.gossipSummary(dna: dna, arc: arc, summary: mine), to: peer) {
    case .summary(_, let summary)?: theirs = summary
    case .busy?: return .busy
    case .failure(let reason)?: return .failed(reason)
    default: return .failed("no answer")
    }
    let differing: [BucketKey]
    do {
      differing = try mine.differingBuckets(theirs, within: arc)
    } catch {
      // As before, a summary that cannot be compared (another layout) ends the round as in sync; now it is counted.
      dropped(error, at: .gossipCompare, "comparing gossip summaries with \(peer)")
      return .inSync
    }
    guard !differing.isEmpty else { return .inSync }
    guard case .hashes(let hashes)? = await request(.gossipHashes(dna: dna, arc: arc, buckets: differing), to: peer)
    else {
      return .failed("no hashes")
    }
    // Which of them this node holds; a DHT that cannot be read counts as holding none, as before (the fetched ops
    // are stored once: storing is idempotent).
    let missing = await onBlockingThread(conductor) { () -> [DhtOpHash] in
      let held =
        self.dht(of: dna, conductor: conductor).flatMap { dht in
          self.attempt(.storeRead, "reading which of \(hashes.count) gossiped ops are held") { try dht.held(hashes) }
        } ?? []
      return hashes.filter { !held.contains($0) }
    }
    var fetched = 0
    var bytes = 0
    for start in stride(from: 0, to: missing.count, by: 100) {
      guard bytes < configuration.maxGossipBytesPerRound else { break }
      let batch = Array(missing[start..<min(start + 100, missing.count)])
      guard case .ops(let answers)? = await request(.fetch(dna: dna, hashes: batch), to: peer) else { break }
      bytes += answers.reduce(0) { $0 + $1.op.msgpackBytes().count }
      let wanted = Set(batch)
      let ops = answers.map(\.op).filter { wanted.contains($0.hash()) }
      await onBlockingThread(conductor) { self.receive(ops, in: dna, conductor: conductor) }
      fetched += ops.count
    }
    return .fetched(fetched)
  }

  /// Answers a round's opening with this node's own summary, unless it is already answering its limit (checked
  /// before any work is queued, so that a busy node says so at once).
  func answerGossip(dna: DnaHash, arc: StorageArc, summary: OpSummary, conductor: Conductor) async -> PeerMessage {
    let active = inboundRounds.add(1, ordering: .relaxed).newValue
    defer { inboundRounds.subtract(1, ordering: .relaxed) }
    guard active <= configuration.maxConcurrentGossipRounds else { return .busy }
    // Summarized over the asker's arc, so that the two summaries compare like with like.
    guard let mine = await onBlockingThread(conductor, { self.ownSummary(of: dna, over: arc, conductor: conductor) })
    else {
      return .failure("this node does not run that DNA")
    }
    return .summary(arc: configuration.storageArc, summary: mine)
  }

  /// This node's summary of its integrated ops of `dna` inside `arc`; `nil` when this node does not run the DNA or
  /// its DHT cannot be read (logged and counted). Synchronous (SQLite).
  func ownSummary(of dna: DnaHash, over arc: StorageArc, conductor: Conductor) -> OpSummary? {
    guard let dht = dht(of: dna, conductor: conductor),
      let digests = attempt(.storeRead, "reading the digests of \(dna) for a gossip summary", dht.integratedDigests)
    else { return nil }
    return OpSummary(digests: digests.map(Self.digest), arc: arc, layout: .standard)
  }

  /// The hashes this node holds in the asked buckets, inside the asker's arc. Synchronous (SQLite).
  func answerHashes(dna: DnaHash, arc: StorageArc, buckets: [BucketKey], conductor: Conductor) -> PeerMessage {
    guard let dht = dht(of: dna, conductor: conductor),
      let digests = attempt(.storeRead, "reading the digests of \(dna) for gossiped buckets", dht.integratedDigests)
    else {
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
