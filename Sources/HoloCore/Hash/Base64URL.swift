/// Base64url without padding (RFC 4648 §5), as Holochain prints hashes.
public enum Base64URL {
  private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

  /// Encodes bytes without `=` padding.
  public static func encode(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count * 4 + 2) / 3)
    var index = 0
    while index + 3 <= bytes.count {
      let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
      for shift in [18, 12, 6, 0] { out.append(alphabet[Int((chunk >> UInt32(shift)) & 0x3f)]) }
      index += 3
    }
    let rest = bytes.count - index
    if rest == 1 {
      let chunk = UInt32(bytes[index]) << 16
      out.append(alphabet[Int((chunk >> 18) & 0x3f)])
      out.append(alphabet[Int((chunk >> 12) & 0x3f)])
    } else if rest == 2 {
      let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8
      out.append(alphabet[Int((chunk >> 18) & 0x3f)])
      out.append(alphabet[Int((chunk >> 12) & 0x3f)])
      out.append(alphabet[Int((chunk >> 6) & 0x3f)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Decodes unpadded (or padded) base64url; `nil` for any other character or an impossible length.
  public static func decode(_ text: String) -> [UInt8]? {
    var values: [UInt32] = []
    for char in text.utf8 {
      switch char {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): values.append(UInt32(char - UInt8(ascii: "A")))
      case UInt8(ascii: "a")...UInt8(ascii: "z"): values.append(UInt32(char - UInt8(ascii: "a")) + 26)
      case UInt8(ascii: "0")...UInt8(ascii: "9"): values.append(UInt32(char - UInt8(ascii: "0")) + 52)
      case UInt8(ascii: "-"): values.append(62)
      case UInt8(ascii: "_"): values.append(63)
      case UInt8(ascii: "="): continue
      default: return nil
      }
    }
    if values.count % 4 == 1 { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(values.count * 3 / 4)
    var index = 0
    while index < values.count {
      let group = values[index..<min(index + 4, values.count)]
      var chunk: UInt32 = 0
      for (position, value) in group.enumerated() { chunk |= value << UInt32(18 - 6 * position) }
      let produced = group.count - 1
      for byte in 0..<produced { out.append(UInt8(truncatingIfNeeded: chunk >> UInt32(16 - 8 * byte))) }
      index += 4
    }
    return out
  }
}
