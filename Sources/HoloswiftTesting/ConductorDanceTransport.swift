public import Conductor
public import HoloCore
public import HolonsClient
public import HolonsCore

/// The test initiator's transport (MAP's `MockConductorConfig`): the envelope goes straight to the `dance`
/// extern of a zome in a cell of an in-process conductor, as a zome call.
public struct ConductorDanceTransport: AsyncDanceEnvelopeTransport {
  public let conductor: Conductor
  public let cell: CellId
  public let zome: String

  public init(conductor: Conductor, cell: CellId, zome: String = "holons") {
    self.conductor = conductor
    self.cell = cell
    self.zome = zome
  }

  public func send(_ envelope: DanceRequestEnvelope) async throws(HolonError) -> DanceResponseEnvelope {
    let output: ExternIO
    do throws(ConductorError) {
      output = try await conductor.callZome(cell, zome: zome, function: "dance", payload: ExternIO(encoding: envelope))
    } catch {
      // An aborted lineage comes back typed; anything else as the call's failure.
      if let abort = DanceAbortSignal.abort(in: "\(error)") { throw abort }
      throw .conductorError("call to \(zome)/dance failed: \(error)")
    }
    switch Result(catching: { () throws(MsgPackError) in try output.decode(DanceResponseEnvelope.self) }) {
    case .success(let response): return response
    case .failure(let error): throw .invalidWireFormat("DanceResponseEnvelope", error)
    }
  }
}

extension SweetCell {
  /// A test initiator for this cell's `zome` (the holons `dance` extern).
  public func danceChannel(zome: String = "holons") -> AsyncTrustChannel<ConductorDanceTransport> {
    AsyncTrustChannel(transport: ConductorDanceTransport(conductor: conductor, cell: id, zome: zome))
  }
}
