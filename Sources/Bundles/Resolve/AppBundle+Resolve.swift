public import HoloCore

extension Bundle where Manifest == AppManifest {
  /// The packed DNA bundle of a role, unpacked.
  public func dnaBundle(forRole role: String) throws(BundleError) -> DnaBundle {
    guard let manifest = manifest.roles.first(where: { $0.name == role }) else { throw .unknownRole(role) }
    guard let path = manifest.dna.path else {
      throw .invalidRole(role: role, reason: "missing field roles.dna.path")
    }
    return try DnaBundle(packed: try requireResource(path))
  }

  /// Resolves every role, in manifest order, as Holochain does when installing the app: a network seed
  /// given at installation goes to every `create` and `clone_only` role, then per-role modifiers replace the
  /// manifest's set fields, and the manifest's modifiers are applied to each role's DNA.
  ///
  /// An `installed_hash` must match the role's DNA, either as bundled or with the modifiers applied.
  ///
  /// ```swift
  /// let roles = try AppBundle(packed: bytes).resolveRoles(networkSeed: "test")
  /// for role in roles { print(role.name, role.dna?.hash as Any) }
  /// ```
  public func resolveRoles(
    networkSeed: String? = nil,
    modifiers: [String: DnaModifiersOpt] = [:]
  ) throws(BundleError) -> [ResolvedAppRole] {
    var app = manifest
    if let networkSeed { app.setNetworkSeed(networkSeed) }
    try app.overrideModifiers(modifiers)
    var seen: Set<String> = []
    var resolved: [ResolvedAppRole] = []
    for role in app.roles {
      guard seen.insert(role.name).inserted else {
        throw .invalidRole(role: role.name, reason: "more than one role has this name")
      }
      resolved.append(try resolve(role))
    }
    return resolved
  }

  private func resolve(_ role: AppRoleManifest) throws(BundleError) -> ResolvedAppRole {
    let provisioning = role.provisioning ?? .default
    switch provisioning {
    case .useExisting:
      guard let installedHash = role.dna.installedHash else {
        throw .invalidRole(role: role.name, reason: "missing field roles.dna.installed_hash")
      }
      return ResolvedAppRole(
        name: role.name, provisioning: provisioning, cloneLimit: role.dna.cloneLimit, dna: nil,
        installedHash: installedHash)
    case .cloneOnly where role.dna.cloneLimit == 0:
      throw .invalidRole(role: role.name, reason: "the clone_only strategy needs a clone_limit above 0")
    case .create, .cloneOnly:
      guard let path = role.dna.path else {
        throw .invalidRole(role: role.name, reason: "missing field roles.dna.path")
      }
      let dna = try DnaBundle(packed: try requireResource(path)).resolve(overrides: role.dna.modifiers)
      if let expected = role.dna.installedHash, expected != dna.originalHash, expected != dna.hash {
        throw .dnaHashMismatch(role: role.name, expected: expected, actual: dna.originalHash)
      }
      return ResolvedAppRole(
        name: role.name, provisioning: provisioning, cloneLimit: role.dna.cloneLimit, dna: dna,
        installedHash: role.dna.installedHash)
    }
  }
}
