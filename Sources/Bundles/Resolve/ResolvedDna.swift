public import HoloCore

/// A DNA ready to install, resolved from a DNA bundle: its definition and the wasm of every zome by hash
/// (what Holochain's `DnaBundle::into_dna_file` yields).
///
/// ```swift
/// let dna = try DnaBundle(packed: bytes).resolve()
/// print(dna.hash)                                  // uhC0k…
/// let code = dna.wasms[dna.def.integrityZomes[0].wasmHash]
/// ```
public struct ResolvedDna: Hashable, Sendable {
  /// The definition, with any modifier overrides applied.
  public var def: DnaDef
  /// The wasm of every zome, by hash.
  public var wasms: [WasmHash: [UInt8]]
  /// The DNA hash before modifier overrides (the hash of the DNA as bundled).
  public var originalHash: DnaHash

  public init(def: DnaDef, wasms: [WasmHash: [UInt8]], originalHash: DnaHash) {
    self.def = def
    self.wasms = wasms
    self.originalHash = originalHash
  }

  /// The DNA hash, modifiers applied.
  public var hash: DnaHash { def.hash() }
}
