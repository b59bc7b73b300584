public import HDK
public import HolonsCore

/// The HDK's `call`, as the guest transport's ``ZomeCaller``.
public struct HDKZomeCaller: ZomeCaller {
  public init() {}

  public func call(
    _ target: CallTargetCell, zome: String, function: String, payload: [UInt8]
  ) throws(WasmError) -> ZomeCallResponse {
    let responses = try HostFn.call([
      Call(
        target: .conductorCell(target), zomeName: zome, fnName: function, capSecret: nil,
        payload: ExternIO(bytes: payload))
    ])
    guard responses.count == 1 else { throw .guest("call: the host answered \(responses.count) times for one call") }
    return responses[0]
  }
}
