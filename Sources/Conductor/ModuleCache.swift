import HoloCore
import Ribosome
import Synchronization

/// Parsed zome modules, by wasm hash, zome name and the host's import names: a module is parsed and checked
/// once per process, however many cells and conductors run it (parsing a large zome is the costliest step of
/// an install).
final class ModuleCache: Sendable {
  private struct Key: Hashable {
    var hash: WasmHash
    var name: String
    var imports: [String]
  }

  private static let modules = Mutex<[Key: ZomeModule]>([:])
  let hostFunctions: HostFunctionTable
  private let importNames: [String]

  init(hostFunctions: HostFunctionTable) {
    self.hostFunctions = hostFunctions
    importNames = hostFunctions.importNames
  }

  /// The module of `zome`, parsing `wasm` the first time.
  func module(for zome: ZomeDef, wasm: [UInt8]) throws(RibosomeError) -> ZomeModule {
    let key = Key(hash: zome.wasmHash, name: zome.name, imports: importNames)
    if let cached = Self.modules.withLock({ $0[key] }) { return cached }
    let module = try ZomeModule(name: zome.name, wasm: wasm, hostFunctions: hostFunctions)
    Self.modules.withLock { $0[key] = module }
    return module
  }
}
