/// Carries a dance request envelope to wherever the dance runs and brings back the response envelope (MAP
/// `DanceEnvelopeTransport`). Guests implement it with the HDK `call`; hosts with an in-process call or the
/// App websocket (those are asynchronous: see `HolonsClient`).
public protocol DanceEnvelopeTransport {
  /// Sends `envelope` and returns the answer; a transport failure is a `HolonError` (usually
  /// `ConductorError`, status 500).
  func send(_ envelope: DanceRequestEnvelope) throws(HolonError) -> DanceResponseEnvelope
}

/// Something that can start a dance in a transaction (MAP `DanceInitiator`). It always answers with a
/// ``DanceResponse``: failures become `DanceResponse.fromError`.
public protocol DanceInitiator {
  func initiateDance(_ request: DanceRequest, in context: TransactionContext) -> DanceResponse
}
