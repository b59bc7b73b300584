public import HoloCore

/// A cell whose instantiation is deferred.
public struct StemCell: Hashable, Sendable, MsgPackStructFields {
  /// The DNA the cell would be instantiated from.
  public var originalDnaHash: DnaHash
  public var dnaModifiers: DnaModifiers
  /// A name overriding the bundle's, if any.
  public var name: String?

  public init(originalDnaHash: DnaHash, dnaModifiers: DnaModifiers, name: String? = nil) {
    self.originalDnaHash = originalDnaHash
    self.dnaModifiers = dnaModifiers
    self.name = name
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("original_dna_hash", originalDnaHash)
    writer.writeField("dna_modifiers", dnaModifiers)
    writer.writeField("name", name)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var hash: DnaHash?
    var modifiers: DnaModifiers?
    var name: String?
    try reader.readStruct(fields: ["original_dna_hash", "dna_modifiers", "name"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: hash = try reader.decode()
      case 1: modifiers = try reader.decode()
      default: name = try reader.decode()
      }
    }
    originalDnaHash = try require(hash, "original_dna_hash", in: "StemCell")
    dnaModifiers = try require(modifiers, "dna_modifiers", in: "StemCell")
    self.name = name
  }
}
