public import HoloCore

/// A dance lineage abort carried across a failed zome call, typed.
///
/// A branch whose dance was aborted fails its whole zome call, so that nothing it wrote is kept; Holochain's guest
/// ABI then hands the caller only the failure's text. So the abort travels as its human sentence followed by one
/// token holding the `HolonError` itself as hex of its msgpack: `… [[holons:abort:82a4…]]`. The caller decodes the
/// token back into ``HolonError/danceLineageAborted(reason:path:)`` — no sentence is matched — and each hop fails
/// with the same abort again, so the text stays the same size at any depth instead of nesting (and escaping) the
/// previous hop's message.
///
/// ```swift
/// let text = DanceAbortSignal.text(for: .danceLineageAborted(reason: "cycle back to A", path: ["A", "B"]))
/// DanceAbortSignal.abort(in: "call to holons/dance failed: " + text)   // the same HolonError
/// ```
public enum DanceAbortSignal {
  private static let prefix: [UInt8] = Array("[[holons:abort:".utf8)
  private static let suffix: [UInt8] = Array("]]".utf8)
  private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

  /// The failure text of a zome call aborted by `error`: its description, then the token.
  public static func text(for error: HolonError) -> String {
    var writer = MsgPackWriter()
    error.encode(to: &writer)
    var token = prefix
    token.reserveCapacity(prefix.count + writer.bytes.count * 2 + suffix.count)
    for byte in writer.bytes {
      token.append(digits[Int(byte >> 4)])
      token.append(digits[Int(byte & 0x0f)])
    }
    token.append(contentsOf: suffix)
    return error.description + " " + String(decoding: token, as: UTF8.self)
  }

  /// The lineage abort carried by the last token in `text`; `nil` when there is none, or it does not decode to a
  /// ``HolonError/danceLineageAborted(reason:path:)``.
  public static func abort(in text: String) -> HolonError? {
    let bytes = Array(text.utf8)
    guard let start = TokenSearch.lastIndex(of: prefix, in: bytes) else { return nil }
    var encoded: [UInt8] = []
    var index = start + prefix.count
    while index + 1 < bytes.count, let high = nibble(bytes[index]), let low = nibble(bytes[index + 1]) {
      encoded.append(high << 4 | low)
      index += 2
    }
    guard bytes[index...].starts(with: suffix) else { return nil }
    var reader = MsgPackReader(encoded)
    let decoded = Result { () throws(MsgPackError) -> HolonError in
      let error = try HolonError(from: &reader)
      try reader.requireEnd()
      return error
    }
    guard case .success(let error) = decoded, case .danceLineageAborted = error else { return nil }
    return error
  }

  private static func nibble(_ character: UInt8) -> UInt8? {
    switch character {
    case 0x30...0x39: return character - 0x30
    case 0x61...0x66: return character - 0x61 + 10
    default: return nil
    }
  }
}
