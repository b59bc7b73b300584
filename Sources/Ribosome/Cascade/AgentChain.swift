import HoloCore
import StateStore

/// One agent's chain as this node sees it: every action registered as its activity, by sequence number.
struct AgentChain {
  /// Actions by hash.
  let byHash: [ActionHash: FiledRecord]
  /// Hashes by sequence number (more than one where the chain forks).
  let bySeq: [UInt32: [ActionHash]]

  init(_ context: ZomeCallContext, agent: AgentPubKey, options: GetOptions = .network) throws(HostFunctionFailure) {
    let activity = try Cascade(context, options: options).filed(
      at: AnyLinkableHash(EntryHash(agent: agent))!, [.agentActivity])
    var byHash: [ActionHash: FiledRecord] = [:]
    var bySeq: [UInt32: [ActionHash]] = [:]
    for filed in activity where filed.action.author == agent {
      byHash[filed.actionHash] = filed
      bySeq[filed.action.actionSeq, default: []].append(filed.actionHash)
    }
    self.byHash = byHash
    self.bySeq = bySeq
  }

  /// The actions from `top` back through `prev_action` until `limit` is met, newest first; `nil` when the walk
  /// meets an action this node does not hold.
  func walk(from top: ActionHash, limit: LimitConditions) -> [FiledRecord]? {
    var walked: [FiledRecord] = []
    var next: ActionHash? = top
    while let hash = next {
      guard let filed = byHash[hash] else { return nil }
      switch limit {
      case .untilTimestamp(let time) where filed.action.header.timestamp < time: return walked
      default: break
      }
      walked.append(filed)
      switch limit {
      case .take(let count) where walked.count >= Int(count): return walked
      case .untilHash(let stop) where hash == stop: return walked
      default: break
      }
      next = filed.action.header.prevAction
    }
    if case .untilHash = limit { return nil }
    return walked
  }

  /// `get_agent_activity`'s answer for `filter` (activity lists only for a `Full` request).
  func status(filter: ChainQueryFilter, request: ActivityRequest) -> AgentActivityStatus {
    guard let highest = bySeq.keys.max(), let highestHashes = bySeq[highest] else { return AgentActivityStatus() }
    let status: ChainStatus
    if let forkSeq = bySeq.keys.filter({ bySeq[$0]!.count > 1 }).min() {
      let hashes = bySeq[forkSeq]!
      status = .forked(ChainFork(forkSeq: forkSeq, firstAction: hashes[0], secondAction: hashes[1]))
    } else if case .closeChain = byHash[highestHashes[0]]!.action.data {
      status = .closed(ChainStatus.Head(actionSeq: highest, hash: highestHashes[0]))
    } else {
      status = .valid(ChainStatus.Head(actionSeq: highest, hash: highestHashes[0]))
    }
    var valid: [ActionSeqAndHash] = []
    if request == .full {
      let range: ClosedRange<UInt32>? =
        switch filter.sequenceRange {
        case .unbounded: 0...highest
        case .actionSeqRange(let start, let end): start <= end ? start...end : nil
        default: nil
        }
      for seq in bySeq.keys.sorted() where range?.contains(seq) ?? true {
        for hash in bySeq[seq]! where filter.admits(byHash[hash]!.action) {
          valid.append(ActionSeqAndHash(seq: seq, hash: hash))
        }
      }
    }
    return AgentActivityStatus(
      validActivity: valid, status: status, highestObserved: HighestObserved(actionSeq: highest, hash: highestHashes))
  }
}
