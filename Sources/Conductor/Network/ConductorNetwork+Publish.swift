import HoloCore
import HoloNetwork
import Keystore
import Logging
import StateStore
import Synchronization

extension ConductorNetwork {
  /// Publishes new ops at once (a commit wakes it) and re-publishes those short of receipts every
  /// `republishInterval`, each to the authorities of its basis that have not sent a receipt yet.
  func publishLoop() async {
    while !Task.isCancelled {
      await publishPending()
      await publishWake.wait(upTo: configuration.republishInterval)
    }
  }

  /// One publish pass over every DNA with a local agent.
  func publishPending() async {
    guard configuration.publishes, let conductor else { return }
    for (dna, agents) in conductor.localAgentsByDna() {
      guard let dht = try? conductor.store.dht(for: dna) else { continue }
      let due = Timestamp(microseconds: Timestamp.now().microseconds - configuration.republishInterval.microseconds)
      guard
        let ops = try? dht.opsAwaitingReceipts(
          by: agents, required: configuration.requiredValidations, publishedBefore: due, limit: 2_000),
        !ops.isEmpty
      else { continue }
      let validators = (try? dht.validators(of: ops.map(\.hash))) ?? [:]
      let peers = remotePeers(of: dna)
      var batches: [PeerURL: [ChainOp]] = [:]
      var sent: [DhtOpHash] = []
      for held in ops {
        let location = held.op.basis().location
        let done = validators[held.hash] ?? []
        var chosen = Set<PeerURL>()
        var covered = false
        for info in peers where info.info.storageArc.contains(location) {
          covered = true
          guard chosen.count < configuration.requiredValidations,
            !done.contains(AgentPubKey(core: info.info.agent)),
            let address = info.info.url.flatMap(PeerURL.init(string:)), chosen.insert(address).inserted
          else { continue }
          batches[address, default: []].append(held.op)
        }
        // An op that no known peer covers stays due: the next peer found gets it at once. One whose authorities
        // have all answered waits for the next re-publish, when new authorities may have come.
        if covered { sent.append(held.hash) }
      }
      try? dht.markPublished(sent)
      await withTaskGroup(of: Void.self) { group in
        for (address, batch) in batches {
          for start in stride(from: 0, to: batch.count, by: 200) {
            let slice = Array(batch[start..<min(start + 200, batch.count)])
            group.addTask { await self.send(.publish(dna: dna, ops: slice), to: address) }
          }
        }
      }
    }
  }

  /// Sends the authors of these integrated ops a receipt from this node (signed by one of its agents in the DNA).
  func resendReceipts(for hashes: [DhtOpHash], in dna: DnaHash, conductor: Conductor) {
    guard let dht = try? conductor.store.dht(for: dna), let held = try? dht.heldOps(hashes) else { return }
    let verdicts = held.compactMap { op -> (HeldOp, ValidationStatus)? in
      guard let answer = Self.answer(op) else { return nil }
      return (op, answer.status)
    }
    Task { await sendReceipts(verdicts, in: dna) }
  }

  /// Signs one receipt per op as a local agent of `dna` and sends them to the ops' authors.
  func sendReceipts(_ verdicts: [(HeldOp, ValidationStatus)], in dna: DnaHash) async {
    guard let conductor,
      let validator = conductor.localAgentsByDna()[dna]?.min(by: { $0.raw39.lexicographicallyPrecedes($1.raw39) })
    else { return }
    var byAuthor: [AgentPubKey: [SignedValidationReceipt]] = [:]
    for (held, status) in verdicts {
      let author = held.op.action.author
      guard author != validator else { continue }
      let receipt = ValidationReceipt(
        dhtOpHash: held.hash, validationStatus: status, validators: [validator], whenIntegrated: .now())
      guard let raw = try? conductor.keystore.sign(publicKey: validator.core, message: receipt.msgpackBytes()),
        let signature = Signature(raw)
      else { continue }
      byAuthor[author, default: []].append(SignedValidationReceipt(receipt: receipt, validatorsSignatures: [signature]))
    }
    for (author, receipts) in byAuthor {
      // The author's own node keeps its receipts; an author that runs here needs no message.
      if conductor.cellIds.contains(CellId(dnaHash: dna, agent: author)) { continue }
      guard let address = address(of: author, in: dna) else { continue }
      await send(.receipts(dna: dna, receipts: receipts), to: address)
    }
  }
}

extension Conductor {
  /// The agents of running cells, by DNA.
  func localAgentsByDna() -> [DnaHash: [AgentPubKey]] {
    var agents: [DnaHash: [AgentPubKey]] = [:]
    for cell in cellIds { agents[cell.dnaHash, default: []].append(cell.agent) }
    return agents
  }
}
