public import ConductorAPI
public import HoloCore

/// An installed app: one agent, a DNA per role and the role's clones, and a status.
public struct InstalledApp: Hashable, Sendable {
  public var id: String
  public var agent: AgentPubKey
  /// The roles, by name.
  public var roles: [String: AppRole]
  /// Role names in manifest order.
  public var roleOrder: [String]
  public var status: AppStatus
  /// The app's manifest as msgpack (an `AppManifest`), reported by `app_info`; `nil` for apps installed from
  /// DNA files directly.
  public var manifest: [UInt8]?
  public var installedAt: Timestamp

  public init(
    id: String, agent: AgentPubKey, roles: [String: AppRole], roleOrder: [String]? = nil,
    status: AppStatus = .disabled(.neverStarted), manifest: [UInt8]? = nil, installedAt: Timestamp
  ) {
    self.id = id
    self.agent = agent
    self.roles = roles
    self.roleOrder = roleOrder ?? roles.keys.sorted()
    self.status = status
    self.manifest = manifest
    self.installedAt = installedAt
  }

  /// The base cell of `role`, when the role is provisioned.
  public func cell(role: String) -> CellId? {
    guard let assignment = roles[role], assignment.isProvisioned else { return nil }
    return CellId(dnaHash: assignment.dnaHash, agent: agent)
  }

  /// Every cell that runs while the app is enabled: provisioned base cells and enabled clones.
  public var runningCells: [(role: String, cloneId: String?, cell: CellId)] {
    var cells: [(role: String, cloneId: String?, cell: CellId)] = []
    for name in roleOrder {
      guard let role = roles[name] else { continue }
      if role.isProvisioned { cells.append((name, nil, CellId(dnaHash: role.dnaHash, agent: agent))) }
      for (cloneId, hash) in role.clones.sorted(by: { $0.key < $1.key }) {
        cells.append((name, cloneId, CellId(dnaHash: hash, agent: agent)))
      }
    }
    return cells
  }

  /// Every cell the app has, running or not.
  public var allCells: [CellId] {
    roleOrder.compactMap { roles[$0] }.flatMap { role in
      (role.isProvisioned ? [role.dnaHash] : []) + Array(role.clones.values) + Array(role.disabledClones.values)
    }.map { CellId(dnaHash: $0, agent: agent) }
  }
}
