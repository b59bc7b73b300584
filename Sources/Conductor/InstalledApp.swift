public import HoloCore

/// An installed app: one agent, a cell per role.
public struct InstalledApp: Hashable, Sendable {
  public var id: String
  public var agent: AgentPubKey
  /// Cells by role name.
  public var roles: [String: CellId]

  public init(id: String, agent: AgentPubKey, roles: [String: CellId]) {
    self.id = id
    self.agent = agent
    self.roles = roles
  }
}
