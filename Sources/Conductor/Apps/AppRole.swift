public import HoloCore

/// One role of an installed app: the DNA it runs, and its clones (Holochain's `AppRolePrimary`).
public struct AppRole: Hashable, Sendable {
  /// The role's DNA, with the modifiers it was installed with.
  public var dnaHash: DnaHash
  /// Whether the role has a base cell (`false` for `clone_only` provisioning).
  public var isProvisioned: Bool
  /// How many clones the role may have at once.
  public var cloneLimit: Int
  /// The index the next clone's id gets (`role.index`); never reused.
  public var nextCloneIndex: Int
  /// Enabled clones: their DNA hash by clone id.
  public var clones: [String: DnaHash]
  /// Disabled clones: their DNA hash by clone id.
  public var disabledClones: [String: DnaHash]

  public init(
    dnaHash: DnaHash, isProvisioned: Bool = true, cloneLimit: Int = 0, nextCloneIndex: Int = 0,
    clones: [String: DnaHash] = [:], disabledClones: [String: DnaHash] = [:]
  ) {
    self.dnaHash = dnaHash
    self.isProvisioned = isProvisioned
    self.cloneLimit = cloneLimit
    self.nextCloneIndex = nextCloneIndex
    self.clones = clones
    self.disabledClones = disabledClones
  }
}
