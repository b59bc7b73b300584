import HoloCore
import HoloNetwork
import Keystore
import Logging
import Ribosome
import StateStore
import Synchronization

/// What validation made of one op that arrived from another node.
enum IncomingVerdict {
  case valid
  case invalid(String)
  /// Something it depends on is not available yet.
  case missingDependencies(String)
}

extension ConductorNetwork {
  /// Validates what arrived (woken by arrivals) and retries ops waiting for dependencies every
  /// `validationRetryInterval`, then sends receipts and warrants for the verdicts.
  func validationLoop() async {
    while !Task.isCancelled {
      if let conductor {
        for dna in conductor.localAgentsByDna().keys {
          let outcome = await conductor.validateIncoming(in: dna, network: self)
          if !outcome.verdicts.isEmpty { await sendReceipts(outcome.verdicts, in: dna) }
          if !outcome.warrants.isEmpty { await sendWarrants(outcome.warrants, in: dna) }
        }
      }
      await validationWake.wait(upTo: configuration.validationRetryInterval)
    }
  }
}

/// The ops a validation pass integrated, and the warrants it wrote.
struct ValidationPassOutcome: Sendable {
  var verdicts: [(HeldOp, ValidationStatus)] = []
  var warrants: [SignedWarrant] = []
}

extension Conductor {
  /// One pass over the DNA's pending and waiting ops, on a zome-call thread (validation runs wasm and may wait
  /// for the network).
  func validateIncoming(in dna: DnaHash, network: ConductorNetwork) async -> ValidationPassOutcome {
    let result = await ZomeCallThreads.run(stackBytes: configuration.threadStackBytes) {
      () -> Result<ValidationPassOutcome, ConductorError> in
      Result { () throws(ConductorError) in try self.validatePending(in: dna, network: network) }
    }
    switch result {
    case .success(let outcome): return outcome
    case .failure(let error):
      network.dropped(error, at: .validation, "validating incoming ops of \(dna)")
      return ValidationPassOutcome()
    }
  }

  private func validatePending(in dna: DnaHash, network: ConductorNetwork) throws(ConductorError)
    -> ValidationPassOutcome
  {
    // A cell stopped between listing the ids and looking it up (`noSuchCell`) is skipped: another may validate.
    guard let cell = cellIds.lazy.filter({ $0.dnaHash == dna }).compactMap({ try? self.cell($0) }).first else {
      return ValidationPassOutcome()
    }
    var outcome = ValidationPassOutcome()
    let now = Timestamp.now().microseconds
    do {
      let waiting =
        try cell.dht.ops(withStatus: .pending) + cell.dht.ops(withStatus: .sysValidated)
        + cell.dht.ops(withStatus: .awaitingDeps)
      for stored in waiting {
        guard let held = try cell.dht.heldOps([stored.hash]).first else { continue }
        let status: ValidationStatus
        switch validate(held, in: cell, network: network) {
        case .valid:
          status = .valid
        case .invalid(let reason):
          status = .rejected
          if let warrant = try warrant(held, reason: reason, in: cell, network: network) {
            outcome.warrants.append(warrant)
          }
        case .missingDependencies(let what):
          guard now - stored.storedAt.microseconds > network.configuration.abandonAfter.microseconds else {
            try cell.dht.setValidationStatus(stored.hash, .awaitingDeps)
            continue
          }
          network.logger.info("abandoned op \(stored.hash): \(what)")
          status = .abandoned
        }
        try cell.dht.setValidationStatus(stored.hash, OpValidationStatus(status))
        try cell.dht.markIntegrated(stored.hash)
        outcome.verdicts.append((held, status))
      }
    } catch {
      throw .state(error)
    }
    return outcome
  }

  /// Sys validation, then the `validate` callbacks, of one op that came from another node.
  private func validate(_ held: HeldOp, in cell: Cell, network: ConductorNetwork) -> IncomingVerdict {
    let op = held.op
    let record = Record(
      signedAction: SignedActionHashed(hashed: HoloHashed(op.action), signature: op.signedAction.signature),
      entry: Self.recordEntry(of: op))
    if case .present(let entry) = op.opEntry, entry.hash() != op.action.entryHash {
      return .invalid("the op's entry does not match its action's entry hash")
    }
    let lookup = RecordLookup(workspace: nil, dht: cell.dht, cache: cell.cache, network: network)
    do throws(ConductorError) {
      try SysValidation(layout: cell.layout, lookup: lookup).check(record)
      let appOp = try makeOp(op.type, record: record, lookup: lookup)
      for zome in try zomesToValidate(appOp, layout: cell.layout, lookup: lookup)
      where cell.ribosome.exports(zome: zome.name, function: "validate") {
        let context = ZomeCallContext(
          cell: cell.id, dna: cell.layout, zomeName: zome.name, functionName: "validate", provenance: cell.id.agent,
          access: .validation, kind: .validation, dht: cell.dht, cache: cell.cache, network: network, keystore: keystore
        )
        switch try validationCallback(
          cell.ribosome, zome: zome.name, function: "validate", payload: ExternIO(encoding: appOp), context: context)
        {
        case .valid: continue
        case .invalid(let reason): return .invalid(reason)
        case .unresolvedDependencies(let missing): return .missingDependencies("\(missing)")
        }
      }
      return .valid
    } catch .incompleteCommit(let what) {
      return .missingDependencies(what)
    } catch .invalidCommit(let reason) {
      return .invalid(reason)
    } catch {
      return .missingDependencies("\(error)")
    }
  }

  /// The record slot an op's entry fills.
  static func recordEntry(of op: ChainOp) -> RecordEntry {
    switch op.opEntry {
    case .present(let entry): return .present(entry)
    case .hidden: return .hidden
    case .actionOnly:
      guard let type = op.action.entryType else { return .notApplicable }
      return type.visibility == .private ? .hidden : .notStored
    }
  }
}

extension OpValidationStatus {
  /// The store's code for a final verdict.
  init(_ status: ValidationStatus) {
    switch status {
    case .valid: self = .valid
    case .rejected: self = .rejected
    case .abandoned: self = .abandoned
    }
  }
}
