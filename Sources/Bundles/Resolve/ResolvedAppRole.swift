public import HoloCore

/// One role of an app bundle, ready to install: how to provision it and its resolved DNA.
public struct ResolvedAppRole: Hashable, Sendable {
  /// The role name.
  public var name: String
  /// How the role's cell is provisioned (an absent `provisioning` is ``CellProvisioning/default``).
  public var provisioning: CellProvisioning
  /// How many clones may be created.
  public var cloneLimit: UInt32
  /// The DNA, modifiers applied; `nil` for ``CellProvisioning/useExisting(protected:)``, which uses a cell
  /// of another app whose DNA hash is ``installedHash``.
  public var dna: ResolvedDna?
  /// The DNA hash the manifest declares, if any.
  public var installedHash: DnaHash?

  public init(
    name: String, provisioning: CellProvisioning, cloneLimit: UInt32, dna: ResolvedDna?, installedHash: DnaHash?
  ) {
    self.name = name
    self.provisioning = provisioning
    self.cloneLimit = cloneLimit
    self.dna = dna
    self.installedHash = installedHash
  }
}
