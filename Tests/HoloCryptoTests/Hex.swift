extension Array where Element == UInt8 {
  /// Decodes a hexadecimal string (white space ignored); an odd length or a bad digit gives
  /// `[]`, which fails whatever test uses it.
  init(hex: String) {
    let characters = hex.filter { !$0.isWhitespace }
    let digits = characters.compactMap(\.hexDigitValue)
    guard digits.count == characters.count, digits.count.isMultiple(of: 2) else {
      self = []
      return
    }
    self = stride(from: 0, to: digits.count, by: 2).map { UInt8(digits[$0] << 4 | digits[$0 + 1]) }
  }

  /// Lower-case hexadecimal.
  var hex: String {
    map { byte in
      let text = String(byte, radix: 16)
      return byte < 16 ? "0" + text : text
    }.joined()
  }
}
