public import HoloCore

/// The id of a holon that is not saved yet (transient or staged): an RFC 4122 UUID (MAP `core_types::TemporaryId`).
///
/// On the wire it is what the `uuid` crate writes for a non-human-readable serializer: 16 bytes as a msgpack `bin`.
/// Ordered by its bytes, like MAP's `BTreeMap<TemporaryId, _>`.
public struct TemporaryId: Hashable, Comparable, Sendable, MsgPackCodable, CustomStringConvertible {
  /// The 16 UUID bytes.
  public let bytes: [UInt8]

  /// Wraps 16 UUID bytes; `nil` for any other length.
  public init?(bytes: [UInt8]) {
    guard bytes.count == 16 else { return nil }
    self.bytes = bytes
  }

  /// A version-4 (random) UUID made from 16 bytes of randomness supplied by the caller (guests have no
  /// system random source of their own; hosts can pass `SystemRandomNumberGenerator` output).
  public init(random: [UInt8]) {
    var bytes = Array(random.prefix(16))
    while bytes.count < 16 { bytes.append(0) }
    bytes[6] = (bytes[6] & 0x0f) | 0x40
    bytes[8] = (bytes[8] & 0x3f) | 0x80
    self.bytes = bytes
  }

  /// A random version-4 UUID from `generator`.
  public static func random(using generator: inout some RandomNumberGenerator) -> TemporaryId {
    var random: [UInt8] = []
    for _ in 0..<2 {
      let word = generator.next()
      for shift in stride(from: 56, through: 0, by: -8) {
        random.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
      }
    }
    return TemporaryId(random: random)
  }

  /// The hyphenated lowercase form, `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
  public var uuidString: String {
    let alphabet: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
    var text = ""
    for (index, byte) in bytes.enumerated() {
      if index == 4 || index == 6 || index == 8 || index == 10 { text.append("-") }
      text.append(alphabet[Int(byte >> 4)])
      text.append(alphabet[Int(byte & 0x0f)])
    }
    return text
  }

  /// The first 8 hex digits, as MAP displays it.
  public var description: String { String(uuidString.prefix(8)) }

  public static func < (lhs: TemporaryId, rhs: TemporaryId) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

  public func encode(to writer: inout MsgPackWriter) { writer.writeBinary(bytes) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    bytes = try reader.readBinary(count: 16, of: "TemporaryId")
  }
}
