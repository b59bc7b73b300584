public import HoloCore

/// A cell instantiated from a DNA when its app was installed.
public struct ProvisionedCell: Hashable, Sendable, MsgPackStructFields {
  public var cellId: CellId
  /// The modifiers the DNA was instantiated with.
  public var dnaModifiers: DnaModifiers
  /// The DNA's name.
  public var name: String

  public init(cellId: CellId, dnaModifiers: DnaModifiers, name: String) {
    self.cellId = cellId
    self.dnaModifiers = dnaModifiers
    self.name = name
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("cell_id", cellId)
    writer.writeField("dna_modifiers", dnaModifiers)
    writer.writeField("name", name)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var cellId: CellId?
    var modifiers: DnaModifiers?
    var name: String?
    try reader.readStruct(fields: ["cell_id", "dna_modifiers", "name"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: cellId = try reader.decode()
      case 1: modifiers = try reader.decode()
      default: name = try reader.decode()
      }
    }
    self.cellId = try require(cellId, "cell_id", in: "ProvisionedCell")
    dnaModifiers = try require(modifiers, "dna_modifiers", in: "ProvisionedCell")
    self.name = try require(name, "name", in: "ProvisionedCell")
  }
}
