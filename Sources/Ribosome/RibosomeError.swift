public import HoloCore

/// Why a zome could not be loaded or a zome call failed. Nothing the call wrote is kept when one is thrown.
public enum RibosomeError: Error, Sendable, Equatable {
  /// The wasm bytes are not a valid module.
  case invalidModule(zome: String, reason: String)
  /// The module imports something the host does not provide.
  case unknownImport(zome: String, module: String, name: String)
  /// The module lacks an export the ABI needs (`memory`, `__hc__allocate_1`, …) or has it with a wrong type.
  case missingABIExport(zome: String, name: String)
  /// No zome of that name in this DNA.
  case noSuchZome(String)
  /// The zome has no such function.
  case noSuchFunction(zome: String, function: String)
  /// The guest returned an error (`{"Err": WasmError}`), or a host function it called failed and it passed that on.
  case guest(WasmError)
  /// The call used up its instruction budget (an endless loop, or too much work).
  case outOfFuel(zome: String, function: String, budget: UInt64)
  /// The guest tried to grow its memory past the cap.
  case memoryLimit(zome: String, function: String, limitBytes: Int)
  /// The guest trapped (unreachable, out-of-bounds access, stack exhaustion…); `reason` is WasmKit's first line.
  case trap(zome: String, function: String, reason: String)
  /// The guest broke the ABI: a bad pointer or length, or output that is not `Result<ExternIO, WasmError>`.
  case abiViolation(zome: String, function: String, reason: String)
  /// A host function ended the call early with this result (`must_get_*` during validation).
  case hostShortCircuit([UInt8])
  /// Calls nested deeper than the conductor allows.
  case callDepthExceeded(limit: Int)
  /// The call ran past its wall-clock deadline (``RibosomeConfiguration/callDeadline``) and was stopped.
  case deadlineExceeded(zome: String, function: String, limit: Duration)
  /// Nobody waited for the call's answer any more (its client went away), so it was stopped.
  case cancelled(zome: String, function: String)
}

extension RibosomeError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .invalidModule(let zome, let reason): return "zome \(zome): invalid wasm module: \(reason)"
    case .unknownImport(let zome, let module, let name):
      return "zome \(zome) imports \(module).\(name), which this host does not provide"
    case .missingABIExport(let zome, let name): return "zome \(zome) does not export \(name) as the guest ABI requires"
    case .noSuchZome(let zome): return "no zome named \(zome)"
    case .noSuchFunction(let zome, let function): return "zome \(zome) has no function \(function)"
    case .guest(let error): return "\(error.modulePath):\(error.line): \(error.error)"
    case .outOfFuel(let zome, let function, let budget):
      return "\(zome)/\(function) ran out of fuel: it used its whole budget of \(budget) instructions"
    case .memoryLimit(let zome, let function, let limit):
      return "\(zome)/\(function) tried to grow its memory past the \(limit)-byte cap"
    case .trap(let zome, let function, let reason): return "\(zome)/\(function) trapped: \(reason)"
    case .abiViolation(let zome, let function, let reason): return "\(zome)/\(function) broke the guest ABI: \(reason)"
    case .hostShortCircuit: return "a host function short-circuited the call"
    case .callDepthExceeded(let limit): return "zome calls nested deeper than \(limit)"
    case .deadlineExceeded(let zome, let function, let limit):
      return "\(zome)/\(function) was stopped: it ran past its deadline of \(limit)"
    case .cancelled(let zome, let function): return "\(zome)/\(function) was stopped: nobody waits for its answer"
    }
  }
}
