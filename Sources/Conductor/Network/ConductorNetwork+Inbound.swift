import HoloCore
import HoloCrypto
import HoloNetwork
import Keystore
import Logging
import Ribosome
import StateStore
import Synchronization

extension ConductorNetwork {
  /// Answers one inbound frame. Undecodable payloads are answered with a failure (requests) or dropped.
  func handle(_ payload: [UInt8], isRequest: Bool) async -> [UInt8]? {
    let message: PeerMessage
    do {
      message = try PeerMessage(msgpack: payload)
    } catch {
      logger.debug("dropped an undecodable message: \(error)")
      return isRequest ? PeerMessage.failure("undecodable message: \(error)").msgpackBytes() : nil
    }
    let answer = await answer(message)
    return isRequest ? (answer ?? .failure("\(message.name) takes no answer")).msgpackBytes() : nil
  }

  private func answer(_ message: PeerMessage) async -> PeerMessage? {
    guard let conductor, isOnline else { return .failure("the conductor is shutting down") }
    switch message {
    case .publish(let dna, let ops):
      receive(ops, in: dna, conductor: conductor)
      return nil
    case .receipts(let dna, let receipts):
      keep(receipts, in: dna, conductor: conductor)
      return nil
    case .warrants(let dna, let warrants):
      keep(warrants, in: dna, conductor: conductor)
      return nil
    case .remoteSignal(let signal):
      await deliver(signal, conductor: conductor)
      return nil
    case .get(let dna, let basis):
      guard let dht = try? conductor.store.dht(for: dna), let held = try? dht.heldOps(filedAt: basis) else {
        return .ops([])
      }
      return .ops(held.compactMap(Self.answer))
    case .fetch(let dna, let hashes):
      guard let dht = try? conductor.store.dht(for: dna), let held = try? dht.heldOps(hashes) else { return .ops([]) }
      return .ops(held.compactMap(Self.answer))
    case .gossipSummary(let dna, let arc, let summary):
      return answerGossip(dna: dna, arc: arc, summary: summary, conductor: conductor)
    case .gossipHashes(let dna, let arc, let buckets):
      return answerHashes(dna: dna, arc: arc, buckets: buckets, conductor: conductor)
    case .callRemote(let call):
      return .callResponse(await answer(call, conductor: conductor))
    case .ops, .summary, .hashes, .callResponse, .busy, .failure:
      return .failure("\(message.name) is an answer, not a request")
    }
  }

  /// An integrated op as an authority answers it.
  static func answer(_ held: HeldOp) -> AuthoredOpAnswer? {
    guard held.integrated else { return nil }
    let status: ValidationStatus
    switch held.validationStatus {
    case .valid: status = .valid
    case .rejected: status = .rejected
    case .abandoned: status = .abandoned
    default: return nil
    }
    return AuthoredOpAnswer(op: held.op, status: status)
  }

  /// Stores published or fetched ops whose signatures verify, from authors not blocked here, as pending
  /// validation; answers receipts again for ops already integrated (the author is still waiting for them).
  func receive(_ ops: [ChainOp], in dna: DnaHash, conductor: Conductor) {
    guard conductor.dna(dna) != nil, let dht = try? conductor.store.dht(for: dna) else { return }
    var fresh = 0
    var integrated: [DhtOpHash] = []
    // A batch comes mostly from one author: ask the store once per author.
    var blocked: [AgentPubKey: Bool] = [:]
    for op in ops {
      let author = op.action.author
      if blocked[author] == nil { blocked[author] = (try? dht.isBlocked(author)) == true }
      guard Self.signatureVerifies(op.signedAction), blocked[author] != true else {
        logger.info("dropped an op whose signature does not verify, or from a blocked author")
        continue
      }
      switch Result(catching: { () throws(StateStoreError) in try dht.receive(op) }) {
      case .success(true): fresh += 1
      case .success(false): integrated.append(op.hash())
      case .failure(let error): logger.warning("storing a received op failed: \(error)")
      }
    }
    if fresh > 0 { validationWake.signal() }
    if !integrated.isEmpty { resendReceipts(for: integrated, in: dna, conductor: conductor) }
  }

  /// Whether an action's signature is its author's over its bytes.
  static func signatureVerifies(_ signed: SignedAction) -> Bool {
    Ed25519.verify(
      signature: signed.signature.bytes, message: signed.data.msgpackBytes(), publicKey: signed.data.signer.core)
  }

  /// Keeps receipts for ops this node holds whose validator signatures verify.
  private func keep(_ receipts: [SignedValidationReceipt], in dna: DnaHash, conductor: Conductor) {
    guard let dht = try? conductor.store.dht(for: dna) else { return }
    for signed in receipts {
      let bytes = signed.receipt.msgpackBytes()
      for (validator, signature) in zip(signed.receipt.validators, signed.validatorsSignatures)
      where Ed25519.verify(signature: signature.bytes, message: bytes, publicKey: validator.core) {
        let receipt = StoredReceipt(
          opHash: signed.receipt.dhtOpHash, validator: validator, status: signed.receipt.validationStatus,
          whenIntegrated: signed.receipt.whenIntegrated, signature: signature)
        guard (try? dht.op(signed.receipt.dhtOpHash)) != nil else { continue }
        _ = try? dht.addReceipt(receipt)
      }
    }
  }

  /// Keeps warrants whose author's signature verifies.
  private func keep(_ warrants: [SignedWarrant], in dna: DnaHash, conductor: Conductor) {
    guard let dht = try? conductor.store.dht(for: dna) else { return }
    for warrant in warrants
    where Ed25519.verify(
      signature: warrant.signature.bytes, message: warrant.data.msgpackBytes(), publicKey: warrant.data.author.core)
    {
      _ = try? dht.addWarrant(warrant)
    }
  }

  /// Checks a remote call (signature, clock, blocks) and runs it as a zome call whose provenance is the caller.
  private func answer(_ call: RemoteZomeCall, conductor: Conductor) async -> ZomeCallResponse {
    guard Ed25519.verify(signature: call.signature, message: call.signedBytes, publicKey: call.from.core),
      let signature = Signature(call.signature)
    else {
      return .authenticationFailed(
        Signature(call.signature) ?? Signature(checked: [UInt8](repeating: 0, count: 64)), call.from)
    }
    guard abs(Timestamp.now().microseconds - call.sentAt) <= configuration.maxClockSkew.microseconds else {
      return .authenticationFailed(signature, call.from)
    }
    if let dht = try? conductor.store.dht(for: call.dna), (try? dht.isBlocked(call.from)) == true {
      return .networkError("agent \(call.from) is blocked by this node")
    }
    let cell = CellId(dnaHash: call.dna, agent: call.to)
    do throws(ConductorError) {
      return .ok(
        try await conductor.callZome(
          cell, zome: call.zome, function: call.function, payload: call.payload, provenance: call.from,
          capSecret: call.capSecret))
    } catch .unauthorized {
      return .unauthorized(.badCapGrant, call.capSecret, zomeName: call.zome, fnName: call.function)
    } catch {
      return .networkError("\(error)")
    }
  }

  /// Delivers a remote signal to the addressed agents that run here, as `recv_remote_signal` calls.
  private func deliver(_ signal: RemoteSignalMessage, conductor: Conductor) async {
    guard Ed25519.verify(signature: signal.signature, message: signal.signedBytes, publicKey: signal.from.core),
      abs(Timestamp.now().microseconds - signal.sentAt) <= configuration.maxClockSkew.microseconds
    else { return }
    if let dht = try? conductor.store.dht(for: signal.dna), (try? dht.isBlocked(signal.from)) == true { return }
    for agent in signal.to {
      let cell = CellId(dnaHash: signal.dna, agent: agent)
      guard (try? conductor.cell(cell)) != nil else { continue }
      _ = try? await conductor.callZome(
        cell, zome: signal.zome, function: "recv_remote_signal", payload: signal.payload, provenance: signal.from)
    }
  }
}
