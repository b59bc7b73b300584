/// The JSON form Kitsune2 gives a `DhtArc` inside an agent info (serde `untagged`): `null` for the empty arc,
/// `[start, end]` for an arc.
extension StorageArc: Codable {
  /// The arc's JSON text exactly as serde_json writes it: `null` or `[start,end]`, no spaces.
  public var jsonText: String {
    guard let (start, end) = bounds else { return "null" }
    return "[\(start),\(end)]"
  }

  /// Reads `null` or a two-element array of `u32`s.
  public init(from decoder: any Decoder) throws {
    let single = try decoder.singleValueContainer()
    if single.decodeNil() {
      self = .empty
      return
    }
    var pair = try decoder.unkeyedContainer()
    let start = try pair.decode(UInt32.self)
    let end = try pair.decode(UInt32.self)
    guard pair.isAtEnd else {
      throw DecodingError.dataCorruptedError(in: pair, debugDescription: "a storage arc has two bounds")
    }
    self.init(start: start, end: end)
  }

  /// Writes `null` or `[start, end]`.
  public func encode(to encoder: any Encoder) throws {
    guard let (start, end) = bounds else {
      var single = encoder.singleValueContainer()
      try single.encodeNil()
      return
    }
    var pair = encoder.unkeyedContainer()
    try pair.encode(start)
    try pair.encode(end)
  }
}
