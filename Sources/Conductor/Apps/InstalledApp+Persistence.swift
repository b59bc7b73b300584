import ConductorAPI
public import HoloCore

/// How the conductor database keeps an installed app: a msgpack map of this module's own format (not a wire
/// format), under the key `app/<id>`.
extension InstalledApp: MsgPackStructFields {
  public var fieldCount: Int { 6 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("id", id)
    writer.writeField("agent", agent)
    writer.writeField("roles", roleOrder.compactMap { name in roles[name].map { StoredRole(name: name, role: $0) } })
    writer.writeField("status", status)
    writer.writeField("manifest", manifest.map { SerializedBytes(bytes: $0) })
    writer.writeField("installed_at", installedAt)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var id: String?
    var agent: AgentPubKey?
    var roles: [StoredRole]?
    var status: AppStatus?
    var manifest: SerializedBytes?
    var installedAt: Timestamp?
    try reader.readStruct(fields: ["id", "agent", "roles", "status", "manifest", "installed_at"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: id = try reader.decode()
      case 1: agent = try reader.decode()
      case 2: roles = try reader.decode()
      case 3: status = try reader.decode()
      case 4: manifest = try reader.decode()
      default: installedAt = try reader.decode()
      }
    }
    let stored = try require(roles, "roles", in: "InstalledApp")
    self.init(
      id: try require(id, "id", in: "InstalledApp"), agent: try require(agent, "agent", in: "InstalledApp"),
      roles: Dictionary(stored.map { ($0.name, $0.role) }, uniquingKeysWith: { first, _ in first }),
      roleOrder: stored.map(\.name), status: try require(status, "status", in: "InstalledApp"),
      manifest: manifest?.bytes, installedAt: try require(installedAt, "installed_at", in: "InstalledApp"))
  }
}

/// A role with its name, as stored.
private struct StoredRole: MsgPackStructFields {
  var name: String
  var role: AppRole

  init(name: String, role: AppRole) {
    self.name = name
    self.role = role
  }

  var fieldCount: Int { 7 }

  func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("name", name)
    writer.writeField("dna_hash", role.dnaHash)
    writer.writeField("is_provisioned", role.isProvisioned)
    writer.writeField("clone_limit", role.cloneLimit)
    writer.writeField("next_clone_index", role.nextCloneIndex)
    writer.writeField("clones", role.clones.sorted { $0.key < $1.key }.map { StoredClone(id: $0.key, dnaHash: $0.value) })
    writer.writeField(
      "disabled_clones", role.disabledClones.sorted { $0.key < $1.key }.map { StoredClone(id: $0.key, dnaHash: $0.value) })
  }

  init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var name: String?
    var dnaHash: DnaHash?
    var provisioned: Bool?
    var limit: Int?
    var next: Int?
    var clones: [StoredClone] = []
    var disabled: [StoredClone] = []
    try reader.readStruct(
      fields: ["name", "dna_hash", "is_provisioned", "clone_limit", "next_clone_index", "clones", "disabled_clones"]
    ) { index, reader throws(MsgPackError) in
      switch index {
      case 0: name = try reader.decode()
      case 1: dnaHash = try reader.decode()
      case 2: provisioned = try reader.decode()
      case 3: limit = try reader.decode()
      case 4: next = try reader.decode()
      case 5: clones = try reader.decode()
      default: disabled = try reader.decode()
      }
    }
    self.name = try require(name, "name", in: "AppRole")
    role = AppRole(
      dnaHash: try require(dnaHash, "dna_hash", in: "AppRole"),
      isProvisioned: try require(provisioned, "is_provisioned", in: "AppRole"),
      cloneLimit: try require(limit, "clone_limit", in: "AppRole"),
      nextCloneIndex: try require(next, "next_clone_index", in: "AppRole"),
      clones: Dictionary(clones.map { ($0.id, $0.dnaHash) }, uniquingKeysWith: { first, _ in first }),
      disabledClones: Dictionary(disabled.map { ($0.id, $0.dnaHash) }, uniquingKeysWith: { first, _ in first }))
  }
}

private struct StoredClone: MsgPackStructFields {
  var id: String
  var dnaHash: DnaHash

  init(id: String, dnaHash: DnaHash) {
    self.id = id
    self.dnaHash = dnaHash
  }

  var fieldCount: Int { 2 }

  func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("id", id)
    writer.writeField("dna_hash", dnaHash)
  }

  init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var id: String?
    var dnaHash: DnaHash?
    try reader.readStruct(fields: ["id", "dna_hash"]) { index, reader throws(MsgPackError) in
      if index == 0 { id = try reader.decode() } else { dnaHash = try reader.decode() }
    }
    self.id = try require(id, "id", in: "Clone")
    self.dnaHash = try require(dnaHash, "dna_hash", in: "Clone")
  }
}
