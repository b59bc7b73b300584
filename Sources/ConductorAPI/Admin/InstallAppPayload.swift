public import HoloCore

/// What `install_app` takes: the bundle and how to install it.
///
/// ```swift
/// let payload = InstallAppPayload(source: .bytes(happBytes), installedAppId: "chat", networkSeed: "test-42")
/// ```
public struct InstallAppPayload: Hashable, Sendable, MsgPackStructFields {
  /// Where to obtain the app bundle.
  public var source: AppBundleSource
  /// The agent of every cell of the app; `nil` generates a new key.
  public var agentKey: AgentPubKey?
  /// The app's id; `nil` takes the app name from the bundle's manifest.
  public var installedAppId: String?
  /// A network seed for every DNA (role settings take precedence).
  public var networkSeed: String?
  /// Per-role overrides, keyed by role name.
  public var rolesSettings: [String: RoleSettings]?
  /// Keep the app installed even when genesis fails (for diagnostics).
  public var ignoreGenesisFailure: Bool
  /// Rebuild each cell's source chain from the DHT instead of running genesis (needs `agentKey`).
  public var restoreFromDht: Bool

  public init(
    source: AppBundleSource, agentKey: AgentPubKey? = nil, installedAppId: String? = nil, networkSeed: String? = nil,
    rolesSettings: [String: RoleSettings]? = nil, ignoreGenesisFailure: Bool = false, restoreFromDht: Bool = false
  ) {
    self.source = source
    self.agentKey = agentKey
    self.installedAppId = installedAppId
    self.networkSeed = networkSeed
    self.rolesSettings = rolesSettings
    self.ignoreGenesisFailure = ignoreGenesisFailure
    self.restoreFromDht = restoreFromDht
  }

  public var fieldCount: Int { 7 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("source", source)
    writer.writeField("agent_key", agentKey)
    writer.writeField("installed_app_id", installedAppId)
    writer.writeField("network_seed", networkSeed)
    writer.write("roles_settings" as StaticString)
    if let rolesSettings { writer.writeStringKeyedMap(rolesSettings) } else { writer.writeNil() }
    writer.writeField("ignore_genesis_failure", ignoreGenesisFailure)
    writer.writeField("restore_from_dht", restoreFromDht)
  }

  /// Every field but `source` may be missing (serde defaults).
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var source: AppBundleSource?
    var agentKey: AgentPubKey?
    var appId: String?
    var seed: String?
    var roles: [String: RoleSettings]?
    var ignoreFailure: Bool?
    var restore: Bool?
    let fields: [StaticString] = [
      "source", "agent_key", "installed_app_id", "network_seed", "roles_settings", "ignore_genesis_failure",
      "restore_from_dht",
    ]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: source = try reader.decode()
      case 1: agentKey = try reader.decode()
      case 2: appId = try reader.decode()
      case 3: seed = try reader.decode()
      case 4:
        if reader.peekIsNil() {
          try reader.readNil()
        } else {
          roles = try reader.readStringKeyedMap(RoleSettings.self)
        }
      case 5: ignoreFailure = try reader.decode()
      default: restore = try reader.decode()
      }
    }
    self.source = try require(source, "source", in: "InstallAppPayload")
    self.agentKey = agentKey
    installedAppId = appId
    networkSeed = seed
    rolesSettings = roles
    ignoreGenesisFailure = ignoreFailure ?? false
    restoreFromDht = restore ?? false
  }
}
