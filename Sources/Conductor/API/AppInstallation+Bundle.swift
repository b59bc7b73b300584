import Bundles
import ConductorAPI
import HoloCore

extension AppInstallation {
  /// The installation an `install_app` request asks for: the bundle's roles resolved with the payload's network
  /// seed and per-role modifiers, its membrane proofs, and its id (the manifest's name by default).
  init(bundle: AppBundle, payload: InstallAppPayload) throws(ConductorError) {
    var modifiers: [String: DnaModifiersOpt] = [:]
    var proofs: [String: MembraneProof] = [:]
    for (role, settings) in payload.rolesSettings ?? [:] {
      switch settings {
      case .provisioned(let proof, let roleModifiers, _):
        if let roleModifiers { modifiers[role] = roleModifiers }
        if let proof { proofs[role] = proof }
      case .useExisting:
        throw .invalidAppState("role \(role): use_existing provisioning is not supported by this conductor")
      }
    }
    let resolved: [ResolvedAppRole]
    do {
      resolved = try bundle.resolveRoles(networkSeed: payload.networkSeed, modifiers: modifiers)
    } catch {
      throw .invalidDna("\(error)")
    }
    var roles: [Role] = []
    for role in resolved {
      guard let dna = role.dna else {
        throw .invalidAppState("role \(role.name): use_existing provisioning is not supported by this conductor")
      }
      let createsCell: Bool
      if case .cloneOnly = role.provisioning { createsCell = false } else { createsCell = true }
      roles.append(
        Role(
          name: role.name, dna: DnaFile(def: dna.def, wasms: dna.wasms), createsCell: createsCell,
          cloneLimit: Int(role.cloneLimit)))
    }
    self.init(
      appId: payload.installedAppId ?? bundle.manifest.name, agent: payload.agentKey, roles: roles,
      membraneProofs: proofs, defersMemproofs: bundle.manifest.allowDeferredMemproofs && proofs.isEmpty,
      manifest: bundle.manifest.msgpackBytes())
    keepsAppOnGenesisFailure = payload.ignoreGenesisFailure
  }
}
