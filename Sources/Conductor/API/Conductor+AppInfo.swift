public import ConductorAPI
import Bundles
import HoloCore

extension Conductor {
  /// What `app_info` reports of an installed app: per role, its provisioned cell (or stem) and its clones.
  public func appInfo(_ id: String) throws(ConductorError) -> AppInfo {
    let app = try app(id)
    var roles: [RoleCells] = []
    for name in app.roleOrder {
      guard let role = app.roles[name] else { continue }
      var cells: [CellInfo] = []
      let base = dna(role.dnaHash)
      let modifiers = base?.def.modifiers ?? DnaModifiers(networkSeed: "")
      if role.isProvisioned {
        cells.append(
          .provisioned(
            ProvisionedCell(
              cellId: CellId(dnaHash: role.dnaHash, agent: app.agent), dnaModifiers: modifiers,
              name: base?.def.name ?? name)))
      } else {
        cells.append(.stem(StemCell(originalDnaHash: role.dnaHash, dnaModifiers: modifiers, name: base?.def.name)))
      }
      for cloneId in (Array(role.clones.keys) + Array(role.disabledClones.keys)).sorted() {
        if let clone = clonedCell(app, role: name, cloneId: cloneId) { cells.append(.cloned(clone)) }
      }
      roles.append(RoleCells(roleName: name, cells: cells))
    }
    let manifestBytes = app.manifest ?? Self.synthesizedManifest(app).msgpackBytes()
    // The manifest was encoded by this conductor (or checked when installed): it always decodes; nil would only
    // stand for bytes damaged on disk.
    let manifest = (try? MsgPackValue(msgpack: manifestBytes)) ?? .nilValue
    return AppInfo(
      installedAppId: app.id, cellInfo: roles, status: app.status, agentPubKey: app.agent, manifest: manifest,
      installedAt: app.installedAt)
  }

  /// The manifest of an app installed without one (from an ``AppInstallation`` in code): its roles as
  /// installed, so `app_info` always carries a manifest, as Holochain's does.
  static func synthesizedManifest(_ app: InstalledApp) -> AppManifest {
    AppManifest(
      name: app.id,
      roles: app.roleOrder.compactMap { name in
        guard let role = app.roles[name] else { return nil }
        return AppRoleManifest(
          name: name, provisioning: role.isProvisioned ? .create(deferred: false) : .cloneOnly,
          dna: AppRoleDnaManifest(installedHash: role.dnaHash, cloneLimit: UInt32(clamping: role.cloneLimit)))
      })
  }
}
