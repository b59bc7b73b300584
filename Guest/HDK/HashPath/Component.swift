// One component of a `Path`: arbitrary bytes (hdi's `hash_path::path::Component`).

/// One component of a ``Path``: arbitrary bytes, written as msgpack `bin` (hdi's `Component`, a `serde_bytes`
/// newtype).
///
/// Built from a string, a component holds each Unicode scalar as 4 little-endian bytes (UTF-32LE), as hdi's
/// `Component::from(&str)` does, so that shards split on characters; anchors use UTF-8 instead.
///
/// ```swift
/// Component("foo").bytes   // [102, 0, 0, 0, 111, 0, 0, 0, 111, 0, 0, 0]
/// Component(bytes: Array("foo".utf8))
/// ```
public struct Component: Hashable, Sendable, MsgPackCodable {
  public var bytes: [UInt8]

  public init(bytes: [UInt8]) { self.bytes = bytes }

  /// The UTF-32LE bytes of `string`'s Unicode scalars.
  public init(_ string: String) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(string.utf8.count * 4)
    for scalar in string.unicodeScalars { Component.appendUTF32LE(scalar.value, to: &bytes) }
    self.bytes = bytes
  }

  /// The string a UTF-32LE component holds; `nil` when the length is not a multiple of 4 or a value is not a
  /// Unicode scalar (hdi's `String::try_from(&Component)`).
  public var string: String? {
    guard bytes.count % 4 == 0 else { return nil }
    var text = ""
    var index = 0
    while index < bytes.count {
      let value =
        UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16
        | UInt32(bytes[index + 3]) << 24
      guard let scalar = Unicode.Scalar(value) else { return nil }
      text.unicodeScalars.append(scalar)
      index += 4
    }
    return text
  }

  static func appendUTF32LE(_ value: UInt32, to bytes: inout [UInt8]) {
    bytes.append(UInt8(truncatingIfNeeded: value))
    bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    bytes.append(UInt8(truncatingIfNeeded: value >> 16))
    bytes.append(UInt8(truncatingIfNeeded: value >> 24))
  }

  public func encode(to writer: inout MsgPackWriter) { writer.writeBinary(bytes) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { bytes = try reader.readBinary() }
}
