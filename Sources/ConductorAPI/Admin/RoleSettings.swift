public import HoloCore

/// Per-role settings passed to `install_app`, overriding the app manifest.
///
/// ```swift
/// let settings: [String: RoleSettings] = [
///   "chat": .provisioned(membraneProof: nil, modifiers: DnaModifiersOpt(networkSeed: "test"), initProperties: nil)
/// ]
/// ```
public enum RoleSettings: Hashable, Sendable {
  /// Use an existing cell for a role with the `use_existing` strategy (deprecated in Holochain 0.6).
  case useExisting(cellId: CellId)
  /// Settings for a normally provisioned cell.
  /// - membraneProof: the proof for genesis; leaving it `nil` for every role of an app that allows deferred
  ///   memproofs defers them.
  /// - modifiers: DNA modifiers overriding the manifest's (only the set ones).
  /// - initProperties: opaque app bytes made available to `init` (`InitProperties`, a `bin`).
  case provisioned(membraneProof: MembraneProof?, modifiers: DnaModifiersOpt?, initProperties: SerializedBytes?)

  /// The default: a provisioned cell with nothing overridden.
  public static var `default`: Self { .provisioned(membraneProof: nil, modifiers: nil, initProperties: nil) }
}

extension RoleSettings: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .useExisting(let cellId):
      writer.writeVariantHeader("use_existing")
      writer.writeMapHeader(1)
      writer.writeField("cell_id", cellId)
    case .provisioned(let proof, let modifiers, let initProperties):
      writer.writeVariantHeader("provisioned")
      writer.writeMapHeader(3)
      writer.writeField("membrane_proof", proof)
      writer.writeField("modifiers", modifiers)
      writer.writeField("init_properties", initProperties)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "RoleSettings")
    switch variant.name {
    case "use_existing":
      var cellId: CellId?
      try variant.readStructContent(fields: ["cell_id"]) { _, reader throws(MsgPackError) in
        cellId = try reader.decode()
      }
      self = .useExisting(cellId: try require(cellId, "cell_id", in: "RoleSettings::use_existing"))
    case "provisioned":
      var proof: MembraneProof?
      var modifiers: DnaModifiersOpt?
      var initProperties: SerializedBytes?
      try variant.readStructContent(fields: ["membrane_proof", "modifiers", "init_properties"]) {
        index, reader throws(MsgPackError) in
        switch index {
        case 0: proof = try reader.decode()
        case 1: modifiers = try reader.decode()
        default: initProperties = try reader.decode()
        }
      }
      self = .provisioned(membraneProof: proof, modifiers: modifiers, initProperties: initProperties)
    default:
      throw variant.unknown
    }
  }
}
