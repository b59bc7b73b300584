public import HoloCore

/// One step of a dance's lineage: the cell, zome and dance that received it (Holoswift; wire
/// `{cell, zome, dance}`). `cell` is how the receiving guest names its cell (its DNA hash and agent, in base64).
public struct DanceHop: Hashable, Sendable, MsgPackStructFields, CustomStringConvertible {
  public var cell: String
  public var zome: String
  public var dance: String

  public init(cell: String, zome: String, dance: String) {
    self.cell = cell
    self.zome = zome
    self.dance = dance
  }

  /// `cell/zome/dance`, with the cell shortened to the last 8 characters of each of its parts.
  public var description: String {
    var short = ""
    var part = ""
    func flush() {
      short += part.count > 8 ? String(part.suffix(8)) : part
      part = ""
    }
    for character in cell {
      if character == ":" {
        flush()
        short.append(":")
      } else {
        part.append(character)
      }
    }
    flush()
    return "\(short)/\(zome)/\(dance)"
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("cell", cell)
    writer.writeField("zome", zome)
    writer.writeField("dance", dance)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var cell: String?
    var zome: String?
    var dance: String?
    try reader.readStruct(fields: ["cell", "zome", "dance"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: cell = try reader.readString()
      case 1: zome = try reader.readString()
      default: dance = try reader.readString()
      }
    }
    self.cell = try require(cell, "cell", in: "DanceHop")
    self.zome = try require(zome, "zome", in: "DanceHop")
    self.dance = try require(dance, "dance", in: "DanceHop")
  }
}

/// The rules a receiving guest applies to a dance's lineage.
public struct DanceLineagePolicy: Hashable, Sendable {
  /// The default bound on hops.
  public static let defaultMaxDepth = 8

  /// How many hops a lineage may hold, the receiving one included.
  public var maxDepth: Int
  /// Whether coming back to a hop already on the path is refused (otherwise only the depth bounds a cycle).
  public var strictCycles: Bool

  public init(maxDepth: Int = DanceLineagePolicy.defaultMaxDepth, strictCycles: Bool = false) {
    self.maxDepth = maxDepth
    self.strictCycles = strictCycles
  }

  /// `lineage` with `hop` appended, or `DanceLineageAborted` naming the whole path (the refused hop last) when
  /// that goes past ``maxDepth`` or, in strict mode, repeats a hop.
  public func admit(_ hop: DanceHop, after lineage: [DanceHop]) throws(HolonError) -> [DanceHop] {
    let path = lineage + [hop]
    if path.count > maxDepth {
      throw .danceLineageAborted(reason: "depth \(path.count) exceeds the limit of \(maxDepth)", path: describe(path))
    }
    if strictCycles, lineage.contains(hop) {
      throw .danceLineageAborted(reason: "cycle back to \(hop)", path: describe(path))
    }
    return path
  }

  private func describe(_ path: [DanceHop]) -> [String] { path.map { $0.description } }
}
