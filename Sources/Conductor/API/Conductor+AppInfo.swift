public import ConductorAPI
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
    let manifest = app.manifest.flatMap { try? MsgPackValue(msgpack: $0) } ?? .nilValue
    return AppInfo(
      installedAppId: app.id, cellInfo: roles, status: app.status, agentPubKey: app.agent, manifest: manifest,
      installedAt: app.installedAt)
  }
}
