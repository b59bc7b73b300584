public import HoloCore

/// What installing an app takes: its id and agent, and a DNA per role (from an app bundle, or built by hand).
///
/// ```swift
/// let installation = AppInstallation(appId: "forum", roles: [.init(name: "forum", dna: forumDna)])
/// let app = try await conductor.installApp(installation)
/// _ = try await conductor.enableApp(app.id)
/// ```
public struct AppInstallation: Sendable {
  /// One role: its DNA (modifiers already applied) and how its cell is provisioned.
  public struct Role: Sendable {
    public var name: String
    public var dna: DnaFile
    /// `false` for `clone_only` roles: no base cell, clones only.
    public var createsCell: Bool
    public var cloneLimit: Int

    public init(name: String, dna: DnaFile, createsCell: Bool = true, cloneLimit: Int = 0) {
      self.name = name
      self.dna = dna
      self.createsCell = createsCell
      self.cloneLimit = cloneLimit
    }
  }

  public var appId: String
  /// The app's agent; `nil` generates a new key.
  public var agent: AgentPubKey?
  public var roles: [Role]
  /// Membrane proofs by role name.
  public var membraneProofs: [String: MembraneProof]
  /// Install without genesis, waiting for ``Conductor/provideMemproofs(_:proofs:)`` (the manifest allows
  /// deferred membrane proofs and none were given).
  public var defersMemproofs: Bool
  /// The app manifest as msgpack, for `app_info`.
  public var manifest: [UInt8]?
  /// Keep the app (disabled, with the genesis that succeeded) when a cell's genesis fails — the install still
  /// fails with that error (Holochain's `ignore_genesis_failure`).
  public var keepsAppOnGenesisFailure = false

  public init(
    appId: String, agent: AgentPubKey? = nil, roles: [Role], membraneProofs: [String: MembraneProof] = [:],
    defersMemproofs: Bool = false, manifest: [UInt8]? = nil
  ) {
    self.appId = appId
    self.agent = agent
    self.roles = roles
    self.membraneProofs = membraneProofs
    self.defersMemproofs = defersMemproofs
    self.manifest = manifest
  }
}
