extension StaticString {
  /// The string as a `String` (works in Embedded Swift, where `String(describing:)` does not).
  public var text: String {
    withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
  }
}

/// A static string writes as a msgpack string (field values such as enum tags).
extension StaticString: MsgPackEncodable {
  public func encode(to writer: inout MsgPackWriter) { writer.write(self) }
}
