public import HDK
public import HolonsCore

/// What a holons DNA sets through its properties (all optional):
///
/// ```yaml
/// properties:
///   max_dance_depth: 8        # hops a dance lineage may hold
///   strict_dance_cycles: true # refuse a dance that comes back to a hop already on its path
///   storage_role: storage     # where load_holons commits (split mode); this cell when absent
/// ```
public struct HolonsSettings {
  public var lineagePolicy: DanceLineagePolicy
  public var storageRole: String?

  public init(lineagePolicy: DanceLineagePolicy = DanceLineagePolicy(), storageRole: String? = nil) {
    self.lineagePolicy = lineagePolicy
    self.storageRole = storageRole
  }

  /// The settings in DNA properties (their msgpack); unknown keys are ignored, a known key of the wrong type
  /// is an error.
  public init(properties: [UInt8]) throws(WasmError) {
    self.init()
    guard !properties.isEmpty, properties != [0xc0] else { return }
    var reader = MsgPackReader(properties)
    let outcome = Result { () throws(MsgPackError) in
      guard (try reader.peekKind()) == .map else { return }
      let count = try reader.readMapHeader()
      for _ in 0..<count {
        let key = try reader.readString()
        switch key {
        case "max_dance_depth":
          let depth: Int64 = try reader.readInteger()
          guard depth >= 1 else { throw MsgPackError.invalidValue(type: "max_dance_depth", reason: "must be at least 1") }
          lineagePolicy.maxDepth = Int(depth)
        case "strict_dance_cycles": lineagePolicy.strictCycles = try reader.readBool()
        case "storage_role": storageRole = try reader.readString()
        default: try reader.skipValue()
        }
      }
    }
    if case .failure(let error) = outcome { throw .guest("holons DNA properties: \(error.message)") }
  }
}
