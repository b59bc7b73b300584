public import HoloCore

/// A holon's id within its own space: the raw 39 bytes of the `ActionHash` that created it.
///
/// As in MAP (`integrity_core_types::LocalId(Vec<u8>)`) the bytes are not checked, so stub ids work in tests;
/// ``actionHash`` tells whether they form a valid hash. On the wire it is a `Vec<u8>` without `serde_bytes`: an
/// array of integers (a msgpack `bin` is accepted too).
public struct LocalId: Hashable, Comparable, Sendable, MsgPackCodable, CustomStringConvertible {
  /// The raw bytes (39 for a real `ActionHash`).
  public var bytes: [UInt8]

  /// Wraps raw bytes as they are.
  public init(bytes: [UInt8]) { self.bytes = bytes }

  /// The id of the holon created by `actionHash`.
  public init(_ actionHash: ActionHash) { self.bytes = actionHash.raw39 }

  /// The `ActionHash` these bytes form, or `nil` when they are not a valid one.
  public var actionHash: ActionHash? { try? ActionHash(raw39: bytes) }

  /// The trailing 8 hex digits, for diagnostics only (MAP's `short_hex`): never use it as an identity.
  public var description: String { shortHex(bytes, digits: 8) }

  public static func < (lhs: LocalId, rhs: LocalId) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

  public func encode(to writer: inout MsgPackWriter) { writer.writeByteArray(bytes) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) { bytes = try reader.readBinary() }
}

/// `…` and the last `digits` hex digits of `bytes`.
func shortHex(_ bytes: [UInt8], digits: Int) -> String {
  let alphabet: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
  var hex = ""
  for byte in bytes {
    hex.append(alphabet[Int(byte >> 4)])
    hex.append(alphabet[Int(byte & 0x0f)])
  }
  return "…" + String(hex.suffix(digits))
}
