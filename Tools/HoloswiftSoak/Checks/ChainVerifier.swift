import Foundation
import HoloCore
import HoloCrypto
import StateStore

/// Checks every source chain of a stopped conductor, hash by hash, through ``StateStore``.
enum ChainVerifier {
  /// What was found in one chain.
  struct Report: Sendable {
    let cell: CellId
    let actions: Int
    let problems: [String]
  }

  /// The cells whose authored databases are under `databases` (`authored/<dna>-<agent>.sqlite3`; both hashes
  /// are 53 characters long, so the `-` between them is found by position, not by search: base64url has `-`).
  static func authoredCells(in databases: String) throws -> [CellId] {
    let names = try FileManager.default.contentsOfDirectory(atPath: databases + "/authored")
    var cells: [CellId] = []
    for name in names.sorted() where name.hasSuffix(".sqlite3") {
      let stem = Array(name.dropLast(".sqlite3".count))
      guard stem.count == 107, stem[53] == "-" else { throw UnexpectedFile(name: name) }
      cells.append(
        CellId(
          dnaHash: try DnaHash(string: String(stem[..<53])), agent: try AgentPubKey(string: String(stem[54...]))))
    }
    return cells
  }

  struct UnexpectedFile: Error, CustomStringConvertible {
    let name: String
    var description: String { "authored/\(name) is not named <dna>-<agent>.sqlite3" }
  }

  /// Verifies `cell`'s chain: sequence numbers 0, 1, 2… without gap or fork; the first action a `Dna`; each
  /// action's hash recomputed from its stored bytes; each `prev_action` the hash of the action before; every
  /// action by the cell's agent, its signature valid, its timestamp not before the previous one; every stored
  /// entry hashing to its action's entry hash; the chain head the last action.
  static func verify(_ cell: CellId, in store: StateStore) -> Report {
    var problems: [String] = []
    let records: [Record]
    let head: ChainHead?
    do {
      let chain = try store.sourceChain(for: cell, signer: ReadOnlySigner())
      var filter = ChainQueryFilter()
      filter.includeEntries = true
      records = try chain.query(filter)
      head = try chain.head()
    } catch {
      return Report(cell: cell, actions: 0, problems: ["cannot be read: \(error)"])
    }
    guard let first = records.first else { return Report(cell: cell, actions: 0, problems: ["the chain is empty"]) }
    if case .dna = first.action.data {
    } else {
      problems.append("action 0 is a \(first.action.actionType.name), not Dna")
    }
    var previous: Record?
    for (index, record) in records.enumerated() {
      let action = record.action
      let hash = record.actionHash
      let at = "action \(index) (\(hash))"
      if action.actionSeq != UInt32(index) { problems.append("\(at) has sequence number \(action.actionSeq)") }
      if !record.signedAction.hashed.verifyHash() {
        problems.append(
          "\(at): its bytes hash to \(ActionHash.hashing(bytes: record.signedAction.hashed.contentBytes))")
      }
      if action.prevAction != previous?.actionHash {
        problems.append("\(at) links to \(action.prevAction.map { "\($0)" } ?? "nothing"), not to the action before")
      }
      if action.author != cell.agent { problems.append("\(at) is authored by \(action.author)") }
      if !Ed25519.verify(
        signature: record.signedAction.signature.bytes, message: record.signedAction.hashed.contentBytes,
        publicKey: action.author.core)
      {
        problems.append("\(at) has an invalid signature")
      }
      if let previous, action.header.timestamp < previous.action.header.timestamp {
        problems.append("\(at) is older than the action before")
      }
      if let entry = record.entry.entry, entry.hash() != action.entryHash {
        problems.append("\(at): its entry hashes to \(entry.hash()), not to the action's entry hash")
      }
      previous = record
    }
    if head?.hash != records.last?.actionHash || head.map({ Int($0.seq) }) != records.count - 1 {
      problems.append("the chain head is \(head.map { "\($0.hash) at \($0.seq)" } ?? "missing"), not the last action")
    }
    return Report(cell: cell, actions: records.count, problems: problems)
  }
}

/// The chains are only read: nothing is signed.
struct ReadOnlySigner: ActionSigner {
  func sign(_ bytes: [UInt8], as agent: AgentPubKey) throws(StateStoreError) -> Signature {
    throw .signingFailed(agent: agent, reason: "the soak only reads chains")
  }
}
