public import HoloCore

/// What the app interface's `create_clone_cell` takes: the role to clone and how the clone differs.
///
/// ```swift
/// let payload = CreateCloneCellPayload(roleName: "chat", modifiers: DnaModifiersOpt(networkSeed: "room-7"))
/// ```
public struct CreateCloneCellPayload: Hashable, Sendable, MsgPackStructFields {
  /// The role whose DNA is cloned.
  public var roleName: String
  /// Modifiers for the clone; at least one must be set, so the clone gets a distinct DNA hash.
  public var modifiers: DnaModifiersOpt
  public var membraneProof: MembraneProof?
  /// A name for the clone.
  public var name: String?

  public init(roleName: String, modifiers: DnaModifiersOpt, membraneProof: MembraneProof? = nil, name: String? = nil) {
    self.roleName = roleName
    self.modifiers = modifiers
    self.membraneProof = membraneProof
    self.name = name
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("role_name", roleName)
    writer.writeField("modifiers", modifiers)
    writer.writeField("membrane_proof", membraneProof)
    writer.writeField("name", name)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var roleName: String?
    var modifiers: DnaModifiersOpt?
    var proof: MembraneProof?
    var name: String?
    try reader.readStruct(fields: ["role_name", "modifiers", "membrane_proof", "name"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: roleName = try reader.decode()
      case 1: modifiers = try reader.decode()
      case 2: proof = try reader.decode()
      default: name = try reader.decode()
      }
    }
    self.roleName = try require(roleName, "role_name", in: "CreateCloneCellPayload")
    self.modifiers = try require(modifiers, "modifiers", in: "CreateCloneCellPayload")
    membraneProof = proof
    self.name = name
  }
}

/// What `disable_clone_cell` and `enable_clone_cell` take: `{"clone_cell_id": …}` (the same shape as the HDK's
/// input, so the type is shared).
public typealias DisableCloneCellPayload = DisableCloneCellInput

/// What `enable_clone_cell` takes.
public typealias EnableCloneCellPayload = DisableCloneCellInput
