/// The one path every dance takes (MAP `TrustChannel`): attach the transaction's session to the request,
/// send it over a transport, require the same transaction back, hydrate the context from the returned session
/// and bind the response to the transaction. Client, test and guest initiators differ only in the transport.
public struct TrustChannel<Transport: DanceEnvelopeTransport>: DanceInitiator {
  public var transport: Transport

  public init(transport: Transport) { self.transport = transport }

  public func initiateDance(_ request: DanceRequest, in context: TransactionContext) -> DanceResponse {
    let outcome = Result { () throws(HolonError) -> DanceResponse in
      let envelope = try TrustChannelEnvelopes.attach(request, context: context)
      return try TrustChannelEnvelopes.hydrate(context, from: try transport.send(envelope))
    }
    switch outcome {
    case .success(let response): return response
    case .failure(let error): return .fromError(error)
    }
  }
}

/// The two halves of a trust channel, shared by the synchronous ``TrustChannel`` and the hosts' asynchronous
/// channels.
public enum TrustChannelEnvelopes {
  /// The envelope for `request`: the context's session (transaction, pools, space) and lineage attached.
  /// `TransactionAlreadyCommitted` (and the other not-open errors) for a transaction that cannot dance.
  public static func attach(
    _ request: DanceRequest, context: TransactionContext
  ) throws(HolonError) -> DanceRequestEnvelope {
    try context.requireOpen()
    return DanceRequestEnvelope(request: request, session: context.exportSession(), lineage: context.lineage)
  }

  /// Takes a response envelope into `context`: the session must be there and name the same transaction; its
  /// pools replace the context's (every reference checked to belong to the transaction); its space is adopted
  /// only when the context has none (a context's own space is never overwritten); the response's references
  /// must belong to the transaction too. Returns the response.
  public static func hydrate(
    _ context: TransactionContext, from envelope: DanceResponseEnvelope
  ) throws(HolonError) -> DanceResponse {
    guard let session = envelope.session else {
      throw .invalidWireFormat(wireType: "DanceResponseEnvelope", reason: "Missing SessionState")
    }
    guard let txId = session.txId else { throw .invalidParameter("SessionState missing tx_id") }
    guard txId == context.txId else {
      throw .crossTransactionReference(
        referenceKind: "SessionState", referenceId: "TxId=\(txId.value)", referenceTx: txId.value,
        contextTx: context.txId.value)
    }
    for reference in envelope.response.body.allReferences { try context.requireBound(reference) }
    try context.importPools(from: session)
    if context.localHolonSpace == nil, let space = session.localHolonSpace {
      guard case .smart = space else {
        throw .invalidHolonReference("the local holon space must be a smart reference")
      }
      context.setLocalHolonSpace(space)
    }
    return envelope.response
  }
}
