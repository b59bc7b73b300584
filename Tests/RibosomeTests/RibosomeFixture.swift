import HoloCore
import Ribosome

/// A call context with no chain, for ABI-level tests.
func bareContext(
  function: String, access: HostAccess = .zomeCall, interrupt: CallInterrupt = CallInterrupt()
) -> ZomeCallContext {
  let agent = AgentPubKey(core: [UInt8](repeating: 7, count: 32))
  let dna = DnaDef(name: "test", modifiers: DnaModifiers(networkSeed: ""), integrityZomes: [], coordinatorZomes: [])
  return ZomeCallContext(
    cell: CellId(dnaHash: dna.hash(), agent: agent), dna: DnaLayout(def: dna, zomes: []), zomeName: "smoke",
    functionName: function, provenance: agent, access: access, interrupt: interrupt)
}

extension Ribosome {
  /// Calls a smoke-guest function with `payload`.
  func smoke(_ function: String, _ payload: ExternIO = .unit, access: HostAccess = .zomeCall) throws(RibosomeError)
    -> ExternIO
  {
    try call(zome: "smoke", function: function, payload: payload, context: bareContext(function: function, access: access))
  }
}
