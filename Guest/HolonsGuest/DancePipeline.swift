// The `dance` extern: envelope in, envelope out (MAP's `dance` in holons_guest).
public import HDK
public import HolonsCore

/// A dance implementation: the request (in this space's view) and the guest context, to a response.
public typealias DanceHandler = (DanceRequest, GuestDanceContext) throws(HolonError) -> DanceResponse

/// The body of a `dance` extern exported by `zome`:
///
/// 1. validate the request (a dance name) and require a session naming a transaction;
/// 2. admit this hop into the lineage (depth, and cycles in strict mode) — refused: the call fails with
///    `DanceLineageAborted` naming the path;
/// 3. ensure this DNA's local holon space; work out whether the caller is in another space;
/// 4. rebuild the transaction from the session (ids translated into this space's view), bind, dispatch by name
///    through `handlers`, then the standard dances (an unknown name is 501);
/// 5. project the response and re-export the session (translated back; the caller's space echoed).
///
/// Errors (a dance that throws included) become status codes, with the incoming session echoed unchanged. When a dance started from here was aborted
/// for its lineage, the zome call fails instead, so that nothing the aborted branch wrote is kept.
public func danceExtern(
  _ ptr: UInt32, _ len: UInt32, zome: String, handlers: [(String, DanceHandler)] = []
) -> UInt64 {
  extern(ptr, len) { (envelope: DanceRequestEnvelope) throws(WasmError) -> DanceResponseEnvelope in
    try runDance(envelope, zome: zome, handlers: handlers)
  }
}

func runDance(
  _ envelope: DanceRequestEnvelope, zome: String, handlers: [(String, DanceHandler)]
) throws(WasmError) -> DanceResponseEnvelope {
  let echo = { (error: HolonError) in DanceResponseEnvelope(response: .fromError(error), session: envelope.session) }
  let name = envelope.request.danceName.value
  guard !name.isEmpty else { return echo(.emptyField("dance_name")) }
  guard let session = envelope.session, session.txId != nil else {
    return echo(.invalidParameter("a dance needs a session naming its transaction"))
  }
  let dna = try dnaInfo()
  let settings = try HolonsSettings(properties: dna.modifiers.properties.bytes)
  let hop = DanceHop(cell: "\(dna.hash):\(try agentInfo().agentInitialPubkey)", zome: zome, dance: name)
  let lineage: [DanceHop]
  switch Result(catching: { () throws(HolonError) in try settings.lineagePolicy.admit(hop, after: envelope.lineage) }) {
  case .success(let admitted): lineage = admitted
  case .failure(let error): throw .guest(DanceAbortSignal.text(for: error))
  }

  let ownSpace = try HolonsStore.ensureLocalSpace()
  let translation = SpaceTranslation.between(ownSpace: ownSpace, incoming: session.localHolonSpace)
  let inbound = translation.map { session.mapReferences($0.inbound) } ?? session
  let transaction: TransactionContext
  switch Result(catching: { () throws(HolonError) in try TransactionContext(session: inbound) }) {
  case .success(let context): transaction = context
  case .failure(let error): return echo(error)
  }
  transaction.setLocalHolonSpace(transaction.smartReference(.local(ownSpace)))
  transaction.lineage = lineage
  let context = GuestDanceContext(
    transaction: transaction, ownSpace: ownSpace, translation: translation, settings: settings)

  var request = envelope.request
  if let translation {
    request.body = request.body.mapReferences(translation.inbound, ids: translation.inbound)
    request.danceType = request.danceType.mapReferences(translation.inbound, ids: translation.inbound)
  }
  let references =
    collectReferences { _ = request.body.mapReferences($0, ids: { $0 }) }
    + collectReferences { _ = request.danceType.mapReferences($0, ids: { $0 }) }
  for reference in references {
    if case .failure(let error) = Result(catching: { () throws(HolonError) in try transaction.requireBound(reference) }) {
      return echo(error)
    }
  }

  guard let handler = handlers.first(where: { $0.0 == name })?.1 ?? StandardDances.handler(named: name) else {
    return echo(.notImplemented("no dance named \(name) in \(zome)"))
  }
  let outcome = Result { () throws(HolonError) in try handler(request, context) }
  if let abort = context.abortedLineage { throw .guest(DanceAbortSignal.text(for: abort)) }
  var response: DanceResponse
  switch outcome {
  case .success(let answer): response = answer
  case .failure(let error): return echo(error)
  }

  var outgoing = transaction.exportSession()
  if let translation {
    response.body = response.body.mapReferences(translation.outbound)
    response.descriptor = response.descriptor.map(translation.outbound)
    outgoing = outgoing.mapReferences(translation.outbound)
    outgoing.localHolonSpace = session.localHolonSpace
  }
  return DanceResponseEnvelope(response: response, session: outgoing)
}

