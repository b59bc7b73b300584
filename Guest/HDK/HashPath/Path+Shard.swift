// The sharding DSL of path strings (hdi's `hash_path::shard`): a piece `<width>:<depth>#text` expands into up
// to `depth` components of `width` characters of `text` (only whole ones), then `text` itself.

/// A sharding strategy: components of `width` characters, at most `depth` of them.
struct ShardStrategy {
  var width: UInt32
  var depth: UInt32

  /// Parses `<width>:<depth>#` at the start of `piece` as hdi's `ShardStrategy::from_str` does (the first
  /// character must be a digit; the depth may carry extra leading `:`s and a `+`), and returns the strategy
  /// with the text after the first `#` (leading `#`s stripped); `nil` when `piece` has no strategy.
  static func parse(_ piece: ArraySlice<UInt8>) -> (strategy: ShardStrategy, remainder: ArraySlice<UInt8>)? {
    guard let first = piece.first, isDigit(first) else { return nil }
    guard let end = piece.firstIndex(of: UInt8(ascii: "#")) else { return nil }
    let strategyPart = piece[piece.startIndex..<end]
    guard let split = strategyPart.firstIndex(of: UInt8(ascii: ":")) else { return nil }
    guard let width = parseUInt32(strategyPart[strategyPart.startIndex..<split], allowPlus: false) else { return nil }
    var depthPart = strategyPart[split...]
    while depthPart.first == UInt8(ascii: ":") { depthPart = depthPart.dropFirst() }
    guard let depth = parseUInt32(depthPart, allowPlus: true) else { return nil }
    var remainder = piece[end...]
    while remainder.first == UInt8(ascii: "#") { remainder = remainder.dropFirst() }
    return (ShardStrategy(width: width, depth: depth), remainder)
  }

  /// The shard components of `text`: its first `width × depth` Unicode scalars in groups of `width`, whole
  /// groups only, each as UTF-32LE (hdi's `Path::from((&ShardStrategy, &str))`; arithmetic wraps as Rust's
  /// release builds do).
  func shards(of text: String) -> [Component] {
    let fullLength = width &* depth
    var bytes: [UInt8] = []
    var taken: UInt32 = 0
    for scalar in text.unicodeScalars {
      guard taken < fullLength else { break }
      Component.appendUTF32LE(scalar.value, to: &bytes)
      taken += 1
    }
    let byteWidth = Int(width &* 4)
    let byteLength = min(bytes.count, Int((width &* 4) &* depth))
    guard byteWidth > 0 else { return [] }
    var shards: [Component] = []
    var start = 0
    while start + byteWidth <= byteLength {
      shards.append(Component(bytes: Array(bytes[start..<(start + byteWidth)])))
      start += byteWidth
    }
    return shards
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  /// Rust's `u32::from_str`: ASCII digits, optionally after one `+`; no overflow.
  private static func parseUInt32(_ text: ArraySlice<UInt8>, allowPlus: Bool) -> UInt32? {
    var digits = text
    if allowPlus, digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
    guard !digits.isEmpty else { return nil }
    var value: UInt32 = 0
    for byte in digits {
      guard isDigit(byte) else { return nil }
      let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(UInt32(byte - UInt8(ascii: "0")))
      guard !overflow1, !overflow2 else { return nil }
      value = sum
    }
    return value
  }
}
