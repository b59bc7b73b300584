import HoloCore

/// Parses a hex string ("a3 66 6f" or "a3666f") into bytes.
func hex(_ text: String) -> [UInt8] {
  let digits = Array(text.utf8.filter { $0 != UInt8(ascii: " ") })
  var bytes: [UInt8] = []
  var index = 0
  while index + 1 < digits.count {
    bytes.append(UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16)!)
    index += 2
  }
  return bytes
}

/// Bytes as lowercase hex.
func hexString(_ bytes: [UInt8]) -> String {
  bytes.map { byte in
    let digits = String(byte, radix: 16)
    return digits.count == 1 ? "0" + digits : digits
  }.joined()
}

/// A msgpack string's bytes (`fixstr` header + UTF-8).
func str(_ text: String) -> [UInt8] {
  var writer = MsgPackWriter()
  writer.write(text)
  return writer.bytes
}

/// A deterministic pseudo-random byte generator for property tests (xorshift64*).
struct SeededBytes {
  var state: UInt64
  init(seed: UInt64) { state = seed == 0 ? 0x9e37_79b9_7f4a_7c15 : seed }
  mutating func next() -> UInt64 {
    state ^= state >> 12
    state ^= state << 25
    state ^= state >> 27
    return state &* 0x2545_f491_4f6c_dd1d
  }
  mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) } }
}

/// A fixed agent key for tests.
func testAgent(_ fill: UInt8) -> AgentPubKey { AgentPubKey(core: [UInt8](repeating: fill, count: 32)) }
