import NIOCore

/// What the bytes at the front of a connection's buffer hold.
enum ParsedFrame: Hashable, Sendable {
  case frame(Frame)
  /// A well-formed frame of a kind this version does not know; its payload was skipped.
  case unknownKind(kind: UInt8, id: UInt64)
}

/// Why a connection's byte stream cannot be read any further.
enum FrameParsingError: Error, Hashable, Sendable {
  /// The stream does not start with "HS".
  case badMagic
  /// The header is of another protocol version, whose layout is not known.
  case unsupportedVersion(UInt8)
  /// The header announces a payload over the limit.
  case frameTooLarge(Int)
}

/// Reads frames off a byte buffer, as a pure function of the bytes: no I/O, no state beyond the buffer.
enum FrameParser {
  /// Takes one frame off the front of `buffer`, or returns `nil` (consuming nothing) when more bytes are needed.
  ///
  /// Garbage is reported as soon as the bytes show it: a wrong magic byte or version from the first byte or
  /// three, an oversized length from the header alone, without waiting for the body.
  static func parse(_ buffer: inout ByteBuffer, maxFrameBytes: Int) throws(FrameParsingError) -> ParsedFrame? {
    let start = buffer.readerIndex
    let available = buffer.readableBytes
    if available >= 1, buffer.getInteger(at: start, as: UInt8.self) != Frame.magic.0 { throw .badMagic }
    if available >= 2, buffer.getInteger(at: start + 1, as: UInt8.self) != Frame.magic.1 { throw .badMagic }
    if available >= 3, let version = buffer.getInteger(at: start + 2, as: UInt8.self), version != Frame.version {
      throw .unsupportedVersion(version)
    }
    guard available >= Frame.headerSize,
      let kind = buffer.getInteger(at: start + 3, as: UInt8.self),
      let id = buffer.getInteger(at: start + 4, endianness: .big, as: UInt64.self),
      let length = buffer.getInteger(at: start + 12, endianness: .big, as: UInt32.self)
    else { return nil }
    let payloadLength = Int(length)
    if payloadLength > maxFrameBytes { throw .frameTooLarge(payloadLength) }
    guard available >= Frame.headerSize + payloadLength else { return nil }
    buffer.moveReaderIndex(forwardBy: Frame.headerSize)
    guard let knownKind = Frame.Kind(rawValue: kind) else {
      buffer.moveReaderIndex(forwardBy: payloadLength)
      return .unknownKind(kind: kind, id: id)
    }
    let payload = buffer.readBytes(length: payloadLength) ?? []
    return .frame(Frame(kind: knownKind, id: id, payload: payload))
  }
}
