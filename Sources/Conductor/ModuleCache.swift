import HoloCore
import Ribosome
import Synchronization

/// Parsed zome modules, by wasm hash and zome name: a module is parsed and checked once, however many cells
/// run it.
final class ModuleCache: Sendable {
  private struct Key: Hashable {
    var hash: WasmHash
    var name: String
  }

  private let modules = Mutex<[Key: ZomeModule]>([:])
  let hostFunctions: HostFunctionTable

  init(hostFunctions: HostFunctionTable) { self.hostFunctions = hostFunctions }

  /// The module of `zome`, parsing `wasm` the first time.
  func module(for zome: ZomeDef, wasm: [UInt8]) throws(RibosomeError) -> ZomeModule {
    let key = Key(hash: zome.wasmHash, name: zome.name)
    if let cached = modules.withLock({ $0[key] }) { return cached }
    let module = try ZomeModule(name: zome.name, wasm: wasm, hostFunctions: hostFunctions)
    modules.withLock { $0[key] = module }
    return module
  }
}
