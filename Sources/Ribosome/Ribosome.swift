public import HoloCore
@_spi(Fuzzing) import WasmKit
import WasmTypes

/// Runs the zomes of one DNA: each call gets a fresh instance of the zome's parsed module, a fuel budget and
/// a memory cap, and host functions bound to the call's context.
///
/// ```swift
/// let ribosome = try Ribosome(zomes: ["posts": wasmBytes], configuration: .init())
/// let output = try ribosome.call(zome: "posts", function: "create_post", payload: ExternIO(encoding: post),
///                                context: context)
/// ```
public final class Ribosome: Sendable {
  /// The parsed zomes, by name.
  public let zomes: [String: ZomeModule]
  public let configuration: RibosomeConfiguration
  public let hostFunctions: HostFunctionTable
  /// Instances ready for calls, by zome name.
  private let pools: [String: InstancePool]

  /// Parses and checks every zome; a malformed module or an unknown import fails here, before any call.
  public convenience init(
    zomes wasms: [String: [UInt8]], configuration: RibosomeConfiguration = .init(),
    hostFunctions: HostFunctionTable = .holochain
  ) throws(RibosomeError) {
    var zomes: [String: ZomeModule] = [:]
    for (name, bytes) in wasms { zomes[name] = try ZomeModule(name: name, wasm: bytes, hostFunctions: hostFunctions) }
    self.init(modules: zomes, configuration: configuration, hostFunctions: hostFunctions)
  }

  /// A ribosome over zomes already parsed (a conductor parses each wasm once and shares the modules).
  public init(
    modules: [String: ZomeModule], configuration: RibosomeConfiguration = .init(),
    hostFunctions: HostFunctionTable = .holochain
  ) {
    self.zomes = modules
    self.configuration = configuration
    self.hostFunctions = hostFunctions
    let engine = Engine(configuration: EngineConfiguration(fuelMetering: true))
    pools = modules.mapValues { zome in
      InstancePool(
        zome: zome, engine: engine, hostFunctions: hostFunctions, maxIdle: configuration.idleInstancesPerZome,
        memoryLimitBytes: configuration.memoryLimitBytes)
    }
  }

  /// Whether `zome` exports `function`.
  public func exports(zome: String, function: String) -> Bool {
    zomes[zome]?.functions.contains(function) ?? false
  }

  /// How many instances of `zome` wait idle for calls.
  public func idleInstances(zome: String) -> Int { pools[zome]?.idleCount ?? 0 }

  /// Calls `function` of `zome` with `payload` (the ExternIO of its argument) and returns its ExternIO output.
  ///
  /// Runs synchronously on the calling thread, which must be a zome-call thread (see ``ZomeCallThreads``):
  /// host functions may block. Each call runs on an instance in the state instantiation left it in.
  public func call(
    zome zomeName: String, function: String, payload: ExternIO, context: ZomeCallContext
  ) throws(RibosomeError) -> ExternIO {
    guard context.depth <= configuration.maxCallDepth else {
      throw .callDepthExceeded(limit: configuration.maxCallDepth)
    }
    guard let pool = pools[zomeName] else { throw .noSuchZome(zomeName) }
    guard pool.zome.functions.contains(function) else { throw .noSuchFunction(zome: zomeName, function: function) }
    let instance = try pool.lease()
    guard let export = instance.instance.exports[function: function] else {
      throw .noSuchFunction(zome: zomeName, function: function)
    }
    let guest = instance.guest
    let output = try run(instance, of: pool, for: context, function: function) { () throws(WasmFailure) -> [UInt8] in
      do {
        let (ptr, len) = try guest.write(payload.msgpackBytes())
        let results = try export.invoke([.i32(ptr), .i32(len)])
        guard results.count == 1, case .i64(let packed) = results[0] else {
          throw RibosomeError.abiViolation(zome: zomeName, function: function, reason: "an extern must return one i64")
        }
        let (outPtr, outLen) = GuestInstance.split(packed)
        let output = try guest.read(ptr: outPtr, len: outLen)
        try guest.free(ptr: outPtr, len: outLen)
        return output
      } catch let error as RibosomeError {
        throw .ribosome(error)
      } catch {
        throw .wasm(error)
      }
    }

    let result: WasmResult<ExternIO>
    do {
      result = try WasmResult<ExternIO>(msgpack: output)
    } catch {
      throw .abiViolation(
        zome: zomeName, function: function, reason: "the output is not Result<ExternIO, WasmError>: \(error)")
    }
    switch result {
    case .ok(let value): return value
    case .err(let error): throw .guest(error)
    }
  }

  /// Calls a constant export `() -> i32` of `zome` (`__num_entry_types`, `__num_link_types`), or returns `nil`
  /// when the zome has no such export.
  public func callConstant(zome zomeName: String, name: String, context: ZomeCallContext) throws(RibosomeError) -> Int32? {
    guard let pool = pools[zomeName] else { throw .noSuchZome(zomeName) }
    guard pool.zome.functions.contains(name) else { return nil }
    let instance = try pool.lease()
    guard let export = instance.instance.exports[function: name] else { return nil }
    let value = try run(instance, of: pool, for: context, function: name) { () throws(WasmFailure) -> Int32 in
      do {
        let results = try export.invoke([])
        guard results.count == 1, case .i32(let raw) = results[0] else {
          throw RibosomeError.abiViolation(zome: zomeName, function: name, reason: "a constant must return one i32")
        }
        return Int32(bitPattern: raw)
      } catch let error as RibosomeError {
        throw .ribosome(error)
      } catch {
        throw .wasm(error)
      }
    }
    return value
  }

  /// Runs `body` on a leased instance, readied for `context` (fuel, memory cap) and registered with the call's
  /// interrupt, then gives the instance back when `body` returned normally. Errors out of WasmKit (wrapped by
  /// `body` in ``WasmFailure``) become ``RibosomeError``s, an interrupt's trap its reason.
  private func run<T>(
    _ instance: PooledInstance, of pool: InstancePool, for context: ZomeCallContext, function: String,
    _ body: () throws(WasmFailure) -> T
  ) throws(RibosomeError) -> T {
    let zome = pool.zome.name
    let cap = instance.prepare(
      for: context, fuel: configuration.fuelPerCall, memoryLimitBytes: configuration.memoryLimitBytes)
    guard let drain = context.interrupt.enter(instance.store, deadline: configuration.callDeadline) else {
      throw (context.interrupt.reason ?? .cancelled).error(zome: zome, function: function)
    }
    let value: T
    do {
      value = try body()
    } catch {
      context.interrupt.leave(drain)
      switch error {
      case .ribosome(let error): throw error
      case .wasm(let wasmError):
        if let reason = context.interrupt.reason, Self.isFuelTrapOrInterrupt(wasmError) {
          throw reason.error(zome: zome, function: function)
        }
        throw Self.classify(wasmError, zome: zome, function: function, cap: cap, budget: configuration.fuelPerCall)
      }
    }
    context.interrupt.leave(drain)
    pool.giveBack(instance, cap: cap)
    return value
  }

  /// Whether `error` is how an interrupt surfaces: the fuel trap of a drained store, or the signal a host
  /// import throws.
  private static func isFuelTrapOrInterrupt(_ error: any Error) -> Bool {
    switch error {
    case is CallInterruptedSignal: return true
    case let abi as GuestABIError:
      if case .guestTrapped(let inner) = abi { return isFuelTrapOrInterrupt(inner) }
      return false
    case let trap as Trap: return trapReason(trap) == "out of fuel"
    default: return false
    }
  }

  /// WasmKit's trap reasons are not public: the first line of the description names it ("Trap: out of fuel").
  private static func trapReason(_ trap: Trap) -> String {
    let firstLine = String(trap.description.split(separator: "\n", maxSplits: 1).first ?? "")
    return firstLine.hasPrefix("Trap: ") ? String(firstLine.dropFirst(6)) : firstLine
  }

  /// What a guest invocation threw: a ``RibosomeError`` already, or anything else out of WasmKit or a host import.
  enum WasmFailure: Error {
    case ribosome(RibosomeError)
    case wasm(any Error)
  }

  /// Turns whatever came out of WasmKit or a host import into a ``RibosomeError``.
  static func classify(
    _ error: any Error, zome: String, function: String, cap: MemoryCap, budget: UInt64
  ) -> RibosomeError {
    switch error {
    case let signal as HostShortCircuitSignal: return .hostShortCircuit(signal.bytes)
    case let abi as GuestABIError:
      switch abi {
      case .guestTrapped(let inner): return classify(inner, zome: zome, function: function, cap: cap, budget: budget)
      case .outOfBounds(let reason), .badSignature(let reason):
        return .abiViolation(zome: zome, function: function, reason: reason)
      }
    case let signal as CallInterruptedSignal:
      return signal.reason.error(zome: zome, function: function)
    case let trap as Trap:
      let reason = trapReason(trap)
      if reason == "out of fuel" { return .outOfFuel(zome: zome, function: function, budget: budget) }
      if cap.didRefuse { return .memoryLimit(zome: zome, function: function, limitBytes: cap.limitBytes) }
      return .trap(zome: zome, function: function, reason: reason)
    default:
      if cap.didRefuse { return .memoryLimit(zome: zome, function: function, limitBytes: cap.limitBytes) }
      return .trap(zome: zome, function: function, reason: "\(error)")
    }
  }
}
