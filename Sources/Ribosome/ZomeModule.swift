public import HoloCore
import WasmKit

/// A zome's wasm, parsed and checked once, ready to be instantiated for each call.
public struct ZomeModule: Sendable {
  /// The zome's name in its DNA.
  public let name: String
  /// The hash of its wasm bytes.
  public let wasmHash: WasmHash
  let module: Module
  /// The functions the module exports (externs and callbacks), without the ABI's own.
  public let functions: Set<String>
  /// The host functions it imports, by import name.
  let imports: [String]
  /// How to reset an instance for another call, when that is possible.
  let resettableState: ResettableState?

  /// Parses `bytes` and checks them against the guest ABI and the host's functions: every import must be one
  /// this host provides, with the `(i32, i32) -> i64` type, and the ABI exports must be there.
  public init(name: String, wasm bytes: [UInt8], hostFunctions: HostFunctionTable) throws(RibosomeError) {
    // Instances run the module with its state exported to the host (ModuleStateExposure adds global and table
    // exports only, so imports and exported functions are the guest's own). Parsed once: the costly step.
    let exposure = ModuleStateExposure.expose(bytes)
    let module: Module
    do {
      module = try parseWasm(bytes: exposure?.bytes ?? bytes)
    } catch {
      throw .invalidModule(zome: name, reason: "\(error)")
    }
    var imports: [String] = []
    for entry in module.imports {
      guard entry.module == "env", case .function = entry.descriptor, hostFunctions[entry.name] != nil else {
        throw .unknownImport(zome: name, module: entry.module, name: entry.name)
      }
      imports.append(entry.name)
    }
    var functions = Set<String>()
    var exported = Set<String>()
    for export in module.exports {
      exported.insert(export.name)
      if case .function = export.descriptor { functions.insert(export.name) }
    }
    for required in ["memory", "__hc__allocate_1", "__hc__deallocate_1"] where !exported.contains(required) {
      throw .missingABIExport(zome: name, name: required)
    }
    functions.subtract(["__hc__allocate_1", "__hc__deallocate_1"])
    self.name = name
    self.wasmHash = WasmHash.hashing(bytes: bytes)
    self.functions = functions
    self.imports = imports
    self.module = module
    resettableState = exposure.map {
      ResettableState(memory: $0.memory, globals: $0.globals, tables: $0.tables)
    }
  }
}

/// The export names through which an instance's state is read and restored.
struct ResettableState: Sendable {
  var memory: String
  var globals: [String]
  var tables: [String]
}
