public import HoloCore

/// What the conductor tells clients about an installed app (`app_info`, `list_apps`, `install_app`…).
///
/// ```swift
/// let info = AppInfo(
///   installedAppId: "chat", cellInfo: [RoleCells(roleName: "chat", cells: [.provisioned(cell)])],
///   status: .enabled, agentPubKey: agent, manifest: manifestValue, installedAt: now)
/// info.cells(for: "chat")   // [.provisioned(cell)]
/// ```
public struct AppInfo: Hashable, Sendable, MsgPackStructFields {
  public var installedAppId: String
  /// The cells of each role, in the app's role order (an `IndexMap` in Holochain: a msgpack map whose order
  /// matters). Each list holds the provisioned cell first, then enabled clones, then disabled clones.
  public var cellInfo: [RoleCells]
  public var status: AppStatus
  /// The app's agent.
  public var agentPubKey: AgentPubKey
  /// The app manifest the app was installed with (`AppManifest`, `{"manifest_version": "0", "name": …}`), with
  /// each role's `installed_hash` filled in. Kept as a raw value: the Bundles module builds and reads it.
  public var manifest: MsgPackValue
  public var installedAt: Timestamp

  public init(
    installedAppId: String, cellInfo: [RoleCells], status: AppStatus, agentPubKey: AgentPubKey,
    manifest: MsgPackValue, installedAt: Timestamp
  ) {
    self.installedAppId = installedAppId
    self.cellInfo = cellInfo
    self.status = status
    self.agentPubKey = agentPubKey
    self.manifest = manifest
    self.installedAt = installedAt
  }

  /// The cells of `roleName`, or an empty list.
  public func cells(for roleName: String) -> [CellInfo] {
    cellInfo.first { $0.roleName == roleName }?.cells ?? []
  }

  public var fieldCount: Int { 6 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("installed_app_id", installedAppId)
    writer.write("cell_info" as StaticString)
    writer.writeMapHeader(cellInfo.count)
    for role in cellInfo {
      writer.write(role.roleName)
      writer.encode(role.cells)
    }
    writer.writeField("status", status)
    writer.writeField("agent_pub_key", agentPubKey)
    writer.writeField("manifest", manifest)
    writer.writeField("installed_at", installedAt)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var appId: String?
    var cellInfo: [RoleCells]?
    var status: AppStatus?
    var agent: AgentPubKey?
    var manifest: MsgPackValue?
    var installedAt: Timestamp?
    let fields: [StaticString] = [
      "installed_app_id", "cell_info", "status", "agent_pub_key", "manifest", "installed_at",
    ]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: appId = try reader.decode()
      case 1: cellInfo = try Self.readCellInfo(&reader)
      case 2: status = try reader.decode()
      case 3: agent = try reader.decode()
      case 4: manifest = try reader.decode()
      default: installedAt = try reader.decode()
      }
    }
    installedAppId = try require(appId, "installed_app_id", in: "AppInfo")
    self.cellInfo = try require(cellInfo, "cell_info", in: "AppInfo")
    self.status = try require(status, "status", in: "AppInfo")
    agentPubKey = try require(agent, "agent_pub_key", in: "AppInfo")
    self.manifest = try require(manifest, "manifest", in: "AppInfo")
    self.installedAt = try require(installedAt, "installed_at", in: "AppInfo")
  }

  private static func readCellInfo(_ reader: inout MsgPackReader) throws(MsgPackError) -> [RoleCells] {
    let count = try reader.readMapHeader()
    var roles: [RoleCells] = []
    roles.reserveCapacity(count)
    try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in
      for _ in 0..<count {
        let roleName = try reader.readString()
        roles.append(RoleCells(roleName: roleName, cells: try reader.decode()))
      }
    }
    return roles
  }
}

/// The cells of one role of an app: one entry of ``AppInfo/cellInfo``.
public struct RoleCells: Hashable, Sendable {
  public var roleName: String
  public var cells: [CellInfo]

  public init(roleName: String, cells: [CellInfo]) {
    self.roleName = roleName
    self.cells = cells
  }
}
