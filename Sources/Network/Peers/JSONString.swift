/// JSON string literals written as serde_json writes them, so that what we sign is byte for byte what a
/// Kitsune2 peer would have produced for the same info.
enum JSONString {
  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// `text` as a quoted JSON string: `"` and `\` escaped, `\b \f \n \r \t` for those controls, `\u00xx`
  /// (lowercase hex) for the other controls below 0x20, everything else (`/`, DEL, non-ASCII) as is.
  static func quoted(_ text: String) -> String {
    var out: [UInt8] = [UInt8(ascii: "\"")]
    out.reserveCapacity(text.utf8.count + 2)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
      case 0x0c: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
      case 0x0a: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0d: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0x00..<0x20:
        out += Array("\\u00".utf8)
        out.append(hexDigits[Int(byte >> 4)])
        out.append(hexDigits[Int(byte & 0x0f)])
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
    return String(decoding: out, as: UTF8.self)
  }
}
