public import HoloCore

/// The XOR of 32-byte hash cores, held as four 64-bit words (bytes 0–7 of the core are the first word,
/// read little-endian, and so on) so that XORing in a hash costs four instructions.
public struct HashXor: Hashable, Sendable {
  /// The four words.
  public private(set) var words: (UInt64, UInt64, UInt64, UInt64)

  /// All zero: the XOR of no hash.
  public init() { words = (0, 0, 0, 0) }

  /// From 32 bytes, in the order ``bytes`` gives them; `nil` for any other length.
  public init?(bytes: [UInt8]) {
    guard bytes.count == 32 else { return nil }
    words = bytes.withUnsafeBytes { raw in
      (
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)),
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
      )
    }
  }

  /// XORs in the 32-byte core of `hash` (bytes 3..<35 of its 39).
  @inline(__always)
  public mutating func combine<T>(_ hash: HoloHash<T>) {
    hash.raw39.withUnsafeBytes { raw in
      words.0 ^= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 3, as: UInt64.self))
      words.1 ^= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 11, as: UInt64.self))
      words.2 ^= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 19, as: UInt64.self))
      words.3 ^= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 27, as: UInt64.self))
    }
  }

  /// Whether every bit is zero.
  public var isZero: Bool { words.0 | words.1 | words.2 | words.3 == 0 }

  /// The 32 bytes.
  public var bytes: [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(32)
    for word in [words.0, words.1, words.2, words.3] {
      for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }
    return out
  }

  public static func == (lhs: HashXor, rhs: HashXor) -> Bool {
    lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
      && lhs.words.3 == rhs.words.3
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(words.0)
    hasher.combine(words.1)
    hasher.combine(words.2)
    hasher.combine(words.3)
  }
}
