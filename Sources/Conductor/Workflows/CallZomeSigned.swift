public import HoloCore
import Ribosome
import StateStore

/// Why a client's signed zome call was not run, or how it failed.
public enum SignedZomeCallError: Error, Sendable {
  /// The nonce was seen before, or the expiry is past or too far ahead (Holochain's `BadNonce`).
  case badNonce(reason: String)
  /// The call ran, or could not start, and failed.
  case call(ConductorError)
}

extension Conductor {
  /// A zome call a client signed: its nonce is witnessed (durably: see `NonceWitness`) and the call runs, both on
  /// one zome-call thread, so that the cooperative pool never waits on SQLite. The signature is the caller's to
  /// check first.
  public func callZome(signed params: ZomeCallParams) async throws(SignedZomeCallError) -> ExternIO {
    let nonces = nonces
    // Expiry counts from the call's arrival, as in Holochain, not from when a zome-call thread takes it.
    let received = Timestamp.now()
    if let refused = NonceWitness.checkExpiry(params.expiresAt, receivedAt: received) {
      throw .badNonce(reason: refused.rawValue)
    }
    let interrupt = CallInterrupt()
    return try await ZomeCallThreads.run(stackBytes: configuration.threadStackBytes, interrupt: interrupt) {
      () throws(SignedZomeCallError) -> ExternIO in
      let witnessed: NonceWitness.Result
      do throws(StateStoreError) {
        witnessed = try nonces.witness(
          agent: params.provenance, nonce: params.nonce, expires: params.expiresAt, now: received)
      } catch {
        throw .call(.state(error))
      }
      guard witnessed == .fresh else { throw .badNonce(reason: witnessed.rawValue) }
      do throws(ConductorError) {
        return try self.callZomeBlocking(
          ZomeCallRequest(
            cell: params.cellId, zome: params.zomeName, function: params.fnName, payload: params.payload,
            provenance: params.provenance, capSecret: params.capSecret, interrupt: interrupt))
      } catch {
        throw .call(error)
      }
    }
  }
}
