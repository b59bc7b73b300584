public import HoloCore

extension Bundle where Manifest == DnaManifest {
  /// Resolves the bundle into a DNA definition and its wasm, checking every zome's declared hash, then
  /// applies the set fields of `overrides` as app installation does.
  ///
  /// ```swift
  /// let dna = try bundle.resolve(overrides: DnaModifiersOpt(networkSeed: "test-network"))
  /// ```
  public func resolve(overrides: DnaModifiersOpt = DnaModifiersOpt()) throws(BundleError) -> ResolvedDna {
    var available = resources
    var wasms: [WasmHash: [UInt8]] = [:]
    let integrity = try ZomeManifest.resolve(manifest.integrity.zomes, from: &available, into: &wasms)
    let coordinators = try ZomeManifest.resolve(manifest.coordinator.zomes, from: &available, into: &wasms)
    let modifiers = DnaModifiers(
      networkSeed: manifest.integrity.networkSeed ?? "",
      properties: SerializedBytes(encoding: manifest.integrity.properties ?? .nilValue))
    var def = DnaDef(
      name: manifest.name, modifiers: modifiers, integrityZomes: integrity, coordinatorZomes: coordinators)
    let originalHash = def.hash()
    if let seed = overrides.networkSeed { def.modifiers.networkSeed = seed }
    if let properties = overrides.properties { def.modifiers.properties = SerializedBytes(encoding: properties) }
    return ResolvedDna(def: def, wasms: wasms, originalHash: originalHash)
  }

  /// The DNA hash of the bundle as it is (`hc dna hash`).
  public func dnaHash() throws(BundleError) -> DnaHash {
    try resolve().hash
  }
}
