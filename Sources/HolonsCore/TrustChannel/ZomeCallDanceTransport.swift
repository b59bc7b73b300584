public import HoloCore

/// Makes one zome call for a guest: `call` with the target, zome, function and msgpack payload (in a guest, the
/// HDK `call`; in tests, a mock).
public protocol ZomeCaller {
  func call(
    _ target: CallTargetCell, zome: String, function: String, payload: [UInt8]
  ) throws(WasmError) -> ZomeCallResponse
}

/// The guest's envelope transport (MAP `GuestConductorConfig`): sends the envelope to the `dance` extern of
/// `zome` in `target` — this cell, another cell or another role of the same conductor — with a zome call.
///
/// Failures of the call are `ConductorError` (status 500) naming the target and the cause; an answer that is
/// not a response envelope is `InvalidWireFormat`.
public struct ZomeCallDanceTransport<Caller: ZomeCaller>: DanceEnvelopeTransport {
  public var caller: Caller
  public var target: CallTargetCell
  public var zome: String
  /// The extern called, `dance`.
  public var function: String

  public init(caller: Caller, target: CallTargetCell, zome: String, function: String = "dance") {
    self.caller = caller
    self.target = target
    self.zome = zome
    self.function = function
  }

  public func send(_ envelope: DanceRequestEnvelope) throws(HolonError) -> DanceResponseEnvelope {
    var writer = MsgPackWriter()
    envelope.encode(to: &writer)
    let answer: ZomeCallResponse
    switch Result(catching: { () throws(WasmError) in
      try caller.call(target, zome: zome, function: function, payload: writer.bytes)
    }) {
    case .success(let response): answer = response
    case .failure(let error): throw .conductorError("call to \(destination) failed: \(wasmErrorText(error))")
    }
    switch answer {
    case .ok(let output):
      var reader = MsgPackReader(output.bytes)
      switch Result(catching: { () throws(MsgPackError) in
        let response = try DanceResponseEnvelope(from: &reader)
        try reader.requireEnd()
        return response
      }) {
      case .success(let response): return response
      case .failure(let error): throw .invalidWireFormat("DanceResponseEnvelope", error)
      }
    case .unauthorized(_, _, let zome, let function):
      throw .conductorError("call to \(destination) was unauthorized (\(zome)/\(function))")
    case .authenticationFailed:
      throw .conductorError("call to \(destination) failed: authentication failed")
    case .networkError(let message):
      throw .conductorError("call to \(destination) failed with a network error: \(message)")
    case .countersigningSession(let message):
      throw .conductorError("call to \(destination) failed in a countersigning session: \(message)")
    }
  }

  private var destination: String {
    let cell: String
    switch target {
    case .local: cell = "this cell"
    case .otherRole(let role): cell = "role \(role)"
    case .otherCell(let id): cell = "cell \(id.dnaHash)"
    }
    return "\(zome)/\(function) in \(cell)"
  }
}

/// The text of a `WasmError`: its message, or its kind when it has none.
public func wasmErrorText(_ error: WasmError) -> String {
  switch error.error {
  case .guest(let text), .host(let text), .callError(let text), .moduleBuild(let text),
    .moduleSerialize(let text), .moduleDeserialize(let text):
    return text
  case .pointerMap: return "PointerMap"
  case .deserialize: return "Deserialize"
  case .serialize: return "Serialize"
  case .errorWhileError: return "ErrorWhileError"
  case .memory: return "Memory"
  case .hostShortCircuit: return "HostShortCircuit"
  }
}
