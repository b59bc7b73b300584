import HoloCore

extension ZomeManifest {
  /// Hashes the wasm of each zome and checks it against the declared hash (Holochain's `hash_bytes`).
  ///
  /// Like Holochain, a resource is taken out of `available` when a zome uses it, so two zomes bundled from
  /// the same file name leave the second one without its wasm.
  static func resolve(
    _ zomes: [ZomeManifest],
    from available: inout [String: [UInt8]],
    into wasms: inout [WasmHash: [UInt8]]
  ) throws(BundleError) -> [ZomeDef] {
    var defs: [ZomeDef] = []
    defs.reserveCapacity(zomes.count)
    for zome in zomes {
      guard let bytes = available.removeValue(forKey: zome.resourceID) else {
        throw .missingResources([zome.resourceID])
      }
      let hash = WasmHash.hashing(bytes: bytes)
      if let expected = zome.hash, expected != hash {
        throw .wasmHashMismatch(zome: zome.name, expected: expected, actual: hash)
      }
      wasms[hash] = bytes
      defs.append(ZomeDef(name: zome.name, wasmHash: hash, dependencies: zome.dependencies ?? []))
    }
    return defs
  }
}
