import HoloCore
import HoloNetwork
import Keystore
import Logging
import StateStore
import Synchronization

extension Conductor {
  /// Writes a warrant against the author of an op that failed validation here, signed by this node's agent
  /// in the DNA, keeps it, and blocks the author. `nil` when no local agent can sign (logged and counted in
  /// `network`'s ``ConductorNetwork/droppedErrors``).
  func warrant(_ held: HeldOp, reason: String, in cell: Cell, network: ConductorNetwork) throws(StateStoreError)
    -> SignedWarrant?
  {
    let author = held.op.action.author
    let warrant = Warrant(
      proof: .invalidChainOp(
        actionAuthor: author,
        action: ActionHashAndSig(hash: held.op.action.hash(), signature: held.op.signedAction.signature),
        chainOpType: held.op.type, reason: reason),
      author: cell.id.agent, timestamp: .now(), warrantee: author)
    guard
      let raw = network.attempt(
        .signing, "signing a warrant against \(author)",
        { try keystore.sign(publicKey: cell.id.agent.core, message: warrant.msgpackBytes()) }),
      let signature = Signature(raw)
    else { return nil }
    let signed = SignedWarrant(data: warrant, signature: signature)
    try cell.dht.addWarrant(signed)
    try cell.dht.block(author, reason: "op \(held.hash) failed validation: \(reason)")
    return signed
  }
}

extension ConductorNetwork {
  /// Sends warrants to the activity authorities of their warrantees.
  func sendWarrants(_ warrants: [SignedWarrant], in dna: DnaHash) async {
    var batches: [PeerURL: [SignedWarrant]] = [:]
    for warrant in warrants {
      for address in authorities(of: dna, covering: warrant.data.basis().location) {
        batches[address, default: []].append(warrant)
      }
    }
    for (address, batch) in batches { await send(.warrants(dna: dna, warrants: batch), to: address) }
  }
}
