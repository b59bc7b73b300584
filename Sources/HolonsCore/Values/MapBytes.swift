public import HoloCore

/// MAP's byte-string scalar (`base_types::MapBytes(Vec<u8>)`). Rust writes it without `serde_bytes`, so the wire
/// form is an array of integers; a msgpack `bin` decodes too.
public struct MapBytes: Hashable, Sendable, MsgPackCodable, CustomStringConvertible {
  public var bytes: [UInt8]

  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// `0x` and the bytes in hex, as MAP displays them.
  public var description: String {
    let alphabet: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f"]
    var text = "0x"
    for byte in bytes {
      text.append(alphabet[Int(byte >> 4)])
      text.append(alphabet[Int(byte & 0x0f)])
    }
    return text
  }

  public func encode(to writer: inout MsgPackWriter) { writer.writeByteArray(bytes) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { bytes = try reader.readBinary() }
}
