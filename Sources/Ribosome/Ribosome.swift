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
  private let engine: Engine

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
    engine = Engine(configuration: EngineConfiguration(fuelMetering: true))
  }

  /// Whether `zome` exports `function`.
  public func exports(zome: String, function: String) -> Bool {
    zomes[zome]?.functions.contains(function) ?? false
  }

  /// Calls `function` of `zome` with `payload` (the ExternIO of its argument) and returns its ExternIO output.
  ///
  /// Runs synchronously on the calling thread, which must be a zome-call thread (see ``ZomeCallThreads``):
  /// host functions may block.
  public func call(
    zome zomeName: String, function: String, payload: ExternIO, context: ZomeCallContext
  ) throws(RibosomeError) -> ExternIO {
    guard context.depth <= configuration.maxCallDepth else {
      throw .callDepthExceeded(limit: configuration.maxCallDepth)
    }
    guard let zome = zomes[zomeName] else { throw .noSuchZome(zomeName) }
    guard zome.functions.contains(function) else { throw .noSuchFunction(zome: zomeName, function: function) }

    let (guest, instance, failure) = try instantiate(zome, function: function, context: context)
    guard let export = instance.exports[function: function] else {
      throw .noSuchFunction(zome: zomeName, function: function)
    }

    let output: [UInt8]
    do {
      let (ptr, len) = try guest.write(payload.msgpackBytes())
      let results = try export.invoke([.i32(ptr), .i32(len)])
      guard results.count == 1, case .i64(let packed) = results[0] else {
        throw RibosomeError.abiViolation(zome: zomeName, function: function, reason: "an extern must return one i64")
      }
      let (outPtr, outLen) = GuestInstance.split(packed)
      output = try guest.read(ptr: outPtr, len: outLen)
      try guest.free(ptr: outPtr, len: outLen)
    } catch let error as RibosomeError {
      throw error
    } catch {
      throw failure(error)
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

  /// A fresh instance of `zome` with host imports bound to `context`, fuel and a memory cap; and how to
  /// classify what its calls throw.
  private func instantiate(
    _ zome: ZomeModule, function: String, context: ZomeCallContext
  ) throws(RibosomeError) -> (GuestInstance, Instance, (any Error) -> RibosomeError) {
    let store = Store(engine: engine)
    store.fuel = Fuel(remaining: configuration.fuelPerCall)
    let cap = MemoryCap(limitBytes: configuration.memoryLimitBytes)
    store.resourceLimiter = cap
    var imports = Imports()
    for name in zome.imports {
      guard let hostFunction = hostFunctions[name] else { throw .unknownImport(zome: zome.name, module: "env", name: name) }
      imports.define(module: "env", name: name, HostImportBinding.function(hostFunction, store: store, context: context))
    }
    let failure = { (error: any Error) -> RibosomeError in
      Self.classify(error, zome: zome.name, function: function, cap: cap, budget: self.configuration.fuelPerCall)
    }
    do {
      let instance = try zome.module.instantiate(store: store, imports: imports)
      return (try GuestInstance(instance, zome: zome.name), instance, failure)
    } catch let error as RibosomeError {
      throw error
    } catch {
      throw failure(error)
    }
  }

  /// Calls a constant export `() -> i32` of `zome` (`__num_entry_types`, `__num_link_types`), or returns `nil`
  /// when the zome has no such export.
  public func callConstant(zome zomeName: String, name: String, context: ZomeCallContext) throws(RibosomeError) -> Int32? {
    guard let zome = zomes[zomeName] else { throw .noSuchZome(zomeName) }
    guard zome.functions.contains(name) else { return nil }
    let (_, instance, failure) = try instantiate(zome, function: name, context: context)
    guard let export = instance.exports[function: name] else { return nil }
    do {
      let results = try export.invoke([])
      guard results.count == 1, case .i32(let value) = results[0] else {
        throw RibosomeError.abiViolation(zome: zomeName, function: name, reason: "a constant must return one i32")
      }
      return Int32(bitPattern: value)
    } catch let error as RibosomeError {
      throw error
    } catch {
      throw failure(error)
    }
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
    case let trap as Trap:
      // Trap reasons are not public: the first line of the description names it ("Trap: out of fuel").
      let firstLine = String(trap.description.split(separator: "\n", maxSplits: 1).first ?? "")
      let reason = firstLine.hasPrefix("Trap: ") ? String(firstLine.dropFirst(6)) : firstLine
      if reason == "out of fuel" { return .outOfFuel(zome: zome, function: function, budget: budget) }
      if cap.didRefuse { return .memoryLimit(zome: zome, function: function, limitBytes: cap.limitBytes) }
      return .trap(zome: zome, function: function, reason: reason)
    default:
      if cap.didRefuse { return .memoryLimit(zome: zome, function: function, limitBytes: cap.limitBytes) }
      return .trap(zome: zome, function: function, reason: "\(error)")
    }
  }
}
