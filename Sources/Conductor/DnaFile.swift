public import HoloCore

/// A DNA ready to install: its definition and the wasm of every zome, by hash (Holochain's `DnaFile`).
///
/// ```swift
/// let dna = DnaFile(
///   name: "forum", modifiers: DnaModifiers(networkSeed: "test"),
///   integrity: [.init(name: "forum_integrity", wasm: integrityBytes)],
///   coordinators: [.init(name: "forum", wasm: coordinatorBytes)])
/// ```
public struct DnaFile: Sendable {
  /// One zome and its wasm.
  public struct Zome: Sendable {
    public var name: String
    public var wasm: [UInt8]
    /// The integrity zomes a coordinator uses (none: the DNA's only integrity zome).
    public var dependencies: [String]

    public init(name: String, wasm: [UInt8], dependencies: [String] = []) {
      self.name = name
      self.wasm = wasm
      self.dependencies = dependencies
    }
  }

  public let def: DnaDef
  /// Wasm bytes by hash.
  public let wasms: [WasmHash: [UInt8]]

  /// A DNA of these zomes; integrity zomes come first in its definition, in the order given.
  public init(name: String, modifiers: DnaModifiers, integrity: [Zome], coordinators: [Zome] = []) {
    var wasms: [WasmHash: [UInt8]] = [:]
    func def(_ zome: Zome) -> ZomeDef {
      let hash = WasmHash.hashing(bytes: zome.wasm)
      wasms[hash] = zome.wasm
      return ZomeDef(name: zome.name, wasmHash: hash, dependencies: zome.dependencies)
    }
    let integrityDefs = integrity.map(def)
    let coordinatorDefs = coordinators.map(def)
    self.def = DnaDef(name: name, modifiers: modifiers, integrityZomes: integrityDefs, coordinatorZomes: coordinatorDefs)
    self.wasms = wasms
  }

  /// A DNA of this definition and these wasms (by hash).
  public init(def: DnaDef, wasms: [WasmHash: [UInt8]]) {
    self.def = def
    self.wasms = wasms
  }

  /// The DNA's hash (of its modifiers and integrity zomes).
  public var hash: DnaHash { def.hash() }

  /// The same DNA with other modifiers (a clone's, or an app role's): another hash.
  public func with(modifiers: DnaModifiers) -> DnaFile {
    var def = def
    def.modifiers = modifiers
    return DnaFile(def: def, wasms: wasms)
  }

  /// Whether every zome's wasm is here.
  public var isComplete: Bool {
    (def.integrityZomes + def.coordinatorZomes).allSatisfy { wasms[$0.wasmHash] != nil }
  }
}
