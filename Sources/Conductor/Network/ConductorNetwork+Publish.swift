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
      let batches = await onBlockingThread(conductor) {
        self.publishBatches(dna: dna, agents: agents, conductor: conductor)
      }
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

  /// The ops of `agents` due for publishing, by the authority address to send them to, marked as published.
  /// Synchronous (SQLite): one hop per DNA and pass.
  private func publishBatches(dna: DnaHash, agents: [AgentPubKey], conductor: Conductor) -> [PeerURL: [ChainOp]] {
    guard let dht = dht(of: dna, conductor: conductor) else { return [:] }
    let due = Timestamp(
      microseconds: Timestamp.now().microseconds.clampedMinus(configuration.republishInterval.microseconds))
    guard
      let ops = attempt(
        .storeRead, "reading the ops of \(dna) awaiting receipts",
        {
          try dht.opsAwaitingReceipts(
            by: agents, required: configuration.requiredValidations, publishedBefore: due, limit: 2_000)
        }),
      !ops.isEmpty
    else { return [:] }
    // Without the receipts already kept, every authority is asked again: more messages, nothing lost.
    let validators =
      attempt(.storeRead, "reading the receipts of \(ops.count) ops") {
        try dht.validators(of: ops.map(\.hash))
      } ?? [:]
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
    // Unmarked, the ops are sent again on the next pass rather than after the re-publish interval.
    _ = attempt(.storeWrite, "marking \(sent.count) ops of \(dna) as published") { try dht.markPublished(sent) }
    return batches
  }

  /// Sends the authors of these integrated ops a receipt from this node (signed by one of its agents in the DNA).
  /// Synchronous (SQLite): called by ``receive(_:in:conductor:)`` on a blocking-capable thread.
  func resendReceipts(for hashes: [DhtOpHash], in dna: DnaHash, dht: DhtStore) {
    guard
      let held = attempt(
        .storeRead, "reading \(hashes.count) integrated ops to receipt again", { try dht.heldOps(hashes) })
    else { return }
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
    let signable = verdicts.filter { held, _ in held.op.action.author != validator }.map { held, status in
      ValidationReceipt(dhtOpHash: held.hash, validationStatus: status, validators: [validator], whenIntegrated: .now())
    }
    let authors = Dictionary(
      verdicts.map { ($0.0.hash, $0.0.op.action.author) }, uniquingKeysWith: { first, _ in first })
    // Signing may read the keystore's database: one hop for the batch.
    let signed = await onBlockingThread(conductor) { () -> [SignedValidationReceipt] in
      signable.compactMap { receipt in
        guard
          let raw = self.attempt(
            .signing, "signing a receipt for op \(receipt.dhtOpHash)",
            { try conductor.keystore.sign(publicKey: validator.core, message: receipt.msgpackBytes()) })
        else { return nil }
        // The keystore's Ed25519 signatures are 64 bytes.
        guard let signature = Signature(raw) else { return nil }
        return SignedValidationReceipt(receipt: receipt, validatorsSignatures: [signature])
      }
    }
    var byAuthor: [AgentPubKey: [SignedValidationReceipt]] = [:]
    for receipt in signed {
      guard let author = authors[receipt.receipt.dhtOpHash] else { continue }
      byAuthor[author, default: []].append(receipt)
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
