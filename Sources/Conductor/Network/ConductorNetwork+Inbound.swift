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
      dropped(error, at: .undecodableMessage, "decoding a peer's message")
      return isRequest ? PeerMessage.failure("undecodable message: \(error)").msgpackBytes() : nil
    }
    let answer = await answer(message)
    return isRequest ? (answer ?? .failure("\(message.name) takes no answer")).msgpackBytes() : nil
  }

  /// Answers one message. What it does to the stores runs in one hop to a blocking-capable thread.
  private func answer(_ message: PeerMessage) async -> PeerMessage? {
    guard let conductor, isOnline else { return .failure("the conductor is shutting down") }
    switch message {
    case .publish(let dna, let ops):
      await onBlockingThread(conductor) { self.receive(ops, in: dna, conductor: conductor) }
      return nil
    case .receipts(let dna, let receipts):
      await onBlockingThread(conductor) { self.keep(receipts, in: dna, conductor: conductor) }
      return nil
    case .warrants(let dna, let warrants):
      await onBlockingThread(conductor) { self.keep(warrants, in: dna, conductor: conductor) }
      return nil
    case .remoteSignal(let signal):
      await deliver(signal, conductor: conductor)
      return nil
    case .get(let dna, let basis):
      return await onBlockingThread(conductor) { () -> PeerMessage in
        guard let dht = self.dht(of: dna, conductor: conductor),
          let held = self.attempt(
            .storeRead, "reading the ops at \(basis) for a get", { try dht.heldOps(filedAt: basis) })
        else { return .ops([]) }
        return .ops(held.compactMap(Self.answer))
      }
    case .fetch(let dna, let hashes):
      return await onBlockingThread(conductor) { () -> PeerMessage in
        guard let dht = self.dht(of: dna, conductor: conductor),
          let held = self.attempt(.storeRead, "reading \(hashes.count) ops for a fetch", { try dht.heldOps(hashes) })
        else { return .ops([]) }
        return .ops(held.compactMap(Self.answer))
      }
    case .gossipSummary(let dna, let arc, let summary):
      return await answerGossip(dna: dna, arc: arc, summary: summary, conductor: conductor)
    case .gossipHashes(let dna, let arc, let buckets):
      return await onBlockingThread(conductor) {
        self.answerHashes(dna: dna, arc: arc, buckets: buckets, conductor: conductor)
      }
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
  /// Synchronous (SQLite): run it through ``onBlockingThread(_:_:)`` from async code.
  func receive(_ ops: [ChainOp], in dna: DnaHash, conductor: Conductor) {
    guard let dht = dht(of: dna, conductor: conductor) else { return }
    var fresh = 0
    var integrated: [DhtOpHash] = []
    // A batch comes mostly from one author: ask the store once per author.
    var blocked: [AgentPubKey: Bool] = [:]
    for op in ops {
      let author = op.action.author
      if blocked[author] == nil {
        // An author whose block cannot be read is treated as not blocked, as before: validation still checks its ops.
        blocked[author] =
          attempt(.storeRead, "reading whether \(author) is blocked") { try dht.isBlocked(author) } == true
      }
      guard Self.signatureVerifies(op.signedAction), blocked[author] != true else {
        logger.info("dropped an op whose signature does not verify, or from a blocked author")
        continue
      }
      switch Result(catching: { () throws(StateStoreError) in try dht.receive(op) }) {
      case .success(true): fresh += 1
      case .success(false): integrated.append(op.hash())
      case .failure(let error): dropped(error, at: .storeWrite, "storing a received op \(op.hash())")
      }
    }
    if fresh > 0 { validationWake.signal() }
    if !integrated.isEmpty { resendReceipts(for: integrated, in: dna, dht: dht) }
  }

  /// Whether an action's signature is its author's over its bytes.
  static func signatureVerifies(_ signed: SignedAction) -> Bool {
    Ed25519.verify(
      signature: signed.signature.bytes, message: signed.data.msgpackBytes(), publicKey: signed.data.signer.core)
  }

  /// Keeps receipts for ops this node holds whose validator signatures verify. Synchronous (SQLite).
  private func keep(_ receipts: [SignedValidationReceipt], in dna: DnaHash, conductor: Conductor) {
    guard let dht = dht(of: dna, conductor: conductor) else { return }
    for signed in receipts {
      let bytes = signed.receipt.msgpackBytes()
      let opHash = signed.receipt.dhtOpHash
      for (validator, signature) in zip(signed.receipt.validators, signed.validatorsSignatures)
      where Ed25519.verify(signature: signature.bytes, message: bytes, publicKey: validator.core) {
        let receipt = StoredReceipt(
          opHash: opHash, validator: validator, status: signed.receipt.validationStatus,
          whenIntegrated: signed.receipt.whenIntegrated, signature: signature)
        // A receipt for an op not held here is not for this node: skipped, as before (no error).
        guard let held = attempt(.storeRead, "reading op \(opHash) for a receipt", { try dht.op(opHash) }), held != nil
        else { continue }
        _ = attempt(.storeWrite, "keeping a receipt for op \(opHash)") { try dht.addReceipt(receipt) }
      }
    }
  }

  /// Keeps warrants whose author's signature verifies. Synchronous (SQLite).
  private func keep(_ warrants: [SignedWarrant], in dna: DnaHash, conductor: Conductor) {
    guard let dht = dht(of: dna, conductor: conductor) else { return }
    for warrant in warrants
    where Ed25519.verify(
      signature: warrant.signature.bytes, message: warrant.data.msgpackBytes(), publicKey: warrant.data.author.core)
    {
      _ = attempt(.storeWrite, "keeping a warrant against \(warrant.data.warrantee)") { try dht.addWarrant(warrant) }
    }
  }

  /// Why a remote call or signal is refused before it runs, if it is: its signature, its clock, a block.
  /// Synchronous (a block is read from SQLite).
  private func refusal(
    from agent: AgentPubKey, in dna: DnaHash, signature: [UInt8], over signedBytes: [UInt8], sentAt: Int64,
    conductor: Conductor
  ) -> RemoteRefusal? {
    guard Ed25519.verify(signature: signature, message: signedBytes, publicKey: agent.core) else { return .signature }
    guard isWithinClockSkew(sentAt) else { return .clock }
    // A block that cannot be read does not refuse the caller (as before); the failure is logged and counted.
    if let dht = dht(of: dna, conductor: conductor),
      attempt(.storeRead, "reading whether \(agent) is blocked", { try dht.isBlocked(agent) }) == true
    {
      return .blocked
    }
    return nil
  }

  /// Checks a remote call (signature, clock, blocks) and runs it as a zome call whose provenance is the caller.
  private func answer(_ call: RemoteZomeCall, conductor: Conductor) async -> ZomeCallResponse {
    let refusal = await onBlockingThread(conductor) {
      self.refusal(
        from: call.from, in: call.dna, signature: call.signature, over: call.signedBytes, sentAt: call.sentAt,
        conductor: conductor)
    }
    switch refusal {
    case .signature?, .clock?:
      return .authenticationFailed(
        Signature(call.signature) ?? Signature(checked: [UInt8](repeating: 0, count: 64)), call.from)
    case .blocked?:
      return .networkError("agent \(call.from) is blocked by this node")
    case nil:
      break
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
    let refusal = await onBlockingThread(conductor) {
      self.refusal(
        from: signal.from, in: signal.dna, signature: signal.signature, over: signal.signedBytes,
        sentAt: signal.sentAt, conductor: conductor)
    }
    guard refusal == nil else { return }
    for agent in signal.to {
      let cell = CellId(dnaHash: signal.dna, agent: agent)
      // An agent that does not run here is not this node's to serve (the sender's peer list may be stale).
      guard conductor.cellIds.contains(cell) else { continue }
      do throws(ConductorError) {
        _ = try await conductor.callZome(
          cell, zome: signal.zome, function: "recv_remote_signal", payload: signal.payload, provenance: signal.from)
      } catch {
        dropped(error, at: .remoteSignal, "delivering a remote signal from \(signal.from) to \(agent)")
      }
    }
  }
}

/// Why a remote call or signal is refused before it runs.
enum RemoteRefusal: Sendable {
  /// The signature is not the sender's.
  case signature
  /// `sentAt` is too far from this node's clock.
  case clock
  /// The sender is blocked here.
  case blocked
}
