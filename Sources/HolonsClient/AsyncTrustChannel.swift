public import HolonsCore

/// A host's envelope transport: asynchronous, because the dance runs in a zome call (in process, or over the
/// App websocket).
public protocol AsyncDanceEnvelopeTransport: Sendable {
  /// Sends `envelope` and returns the answer; a failure of the call is a `HolonError` (usually
  /// `ConductorError`, status 500).
  func send(_ envelope: DanceRequestEnvelope) async throws(HolonError) -> DanceResponseEnvelope
}

/// The host side of a trust channel (MAP's `TrustChannel` with a client or mock backend): the same attach and
/// hydrate steps as a guest's ``TrustChannel`` (``TrustChannelEnvelopes``) around an asynchronous transport.
public struct AsyncTrustChannel<Transport: AsyncDanceEnvelopeTransport>: Sendable {
  public var transport: Transport

  public init(transport: Transport) { self.transport = transport }

  /// Runs `request` in `context`'s transaction; the context takes in the returned session. Never throws:
  /// failures are responses (`DanceResponse.fromError`).
  public func initiateDance(_ request: DanceRequest, in context: TransactionContext) async -> DanceResponse {
    let envelope: DanceRequestEnvelope
    switch Result(catching: { () throws(HolonError) in try TrustChannelEnvelopes.attach(request, context: context) }) {
    case .success(let value): envelope = value
    case .failure(let error): return .fromError(error)
    }
    let answer: DanceResponseEnvelope
    do throws(HolonError) {
      answer = try await transport.send(envelope)
    } catch {
      return .fromError(error)
    }
    switch Result(catching: { () throws(HolonError) in try TrustChannelEnvelopes.hydrate(context, from: answer) }) {
    case .success(let response): return response
    case .failure(let error): return .fromError(error)
    }
  }
}
