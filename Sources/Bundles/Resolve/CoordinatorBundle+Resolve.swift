public import HoloCore

extension Bundle where Manifest == CoordinatorManifest {
  /// The coordinator zomes and their wasm by hash, each zome's declared hash checked
  /// (Holochain's `CoordinatorBundle::into_zomes`).
  public func resolveZomes() throws(BundleError) -> (zomes: [ZomeDef], wasms: [WasmHash: [UInt8]]) {
    var available = resources
    var wasms: [WasmHash: [UInt8]] = [:]
    let zomes = try ZomeManifest.resolve(manifest.zomes, from: &available, into: &wasms)
    return (zomes, wasms)
  }
}
