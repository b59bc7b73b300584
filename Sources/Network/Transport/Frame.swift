import NIOCore

/// One message of the peer protocol, version 1. On the wire, a 16-byte header and the payload:
///
/// | bytes | field |
/// | --- | --- |
/// | 2 | magic `0x48 0x53` ("HS") |
/// | 1 | version, 1 |
/// | 1 | kind: 0 request, 1 response, 2 one-way, 3 error |
/// | 8 | id, big-endian: a response or error carries its request's id |
/// | 4 | payload length, big-endian |
///
/// An error frame's payload is UTF-8 text (see ``FrameErrorText``).
struct Frame: Hashable, Sendable {
  enum Kind: UInt8, Hashable, Sendable {
    case request = 0
    case response = 1
    case oneWay = 2
    case error = 3
  }

  static let magic: (UInt8, UInt8) = (0x48, 0x53)
  static let version: UInt8 = 1
  static let headerSize = 16

  var kind: Kind
  var id: UInt64
  var payload: [UInt8]

  /// An error frame answering frame `id`.
  static func error(_ text: String, id: UInt64) -> Frame {
    Frame(kind: .error, id: id, payload: Array(text.utf8))
  }

  /// Appends header and payload.
  func write(to buffer: inout ByteBuffer) {
    buffer.reserveCapacity(minimumWritableBytes: Self.headerSize + payload.count)
    buffer.writeInteger(Self.magic.0)
    buffer.writeInteger(Self.magic.1)
    buffer.writeInteger(Self.version)
    buffer.writeInteger(kind.rawValue)
    buffer.writeInteger(id, endianness: .big)
    buffer.writeInteger(UInt32(payload.count), endianness: .big)
    buffer.writeBytes(payload)
  }
}

/// The texts of error frames that mean something to the receiver.
enum FrameErrorText {
  /// The receiver has ``TransportConfiguration/maxConcurrentInboundPerConnection`` requests in hand already.
  static let busy = "busy"
  /// The handler returned `nil` for a request.
  static let noHandlerAnswer = "no handler answer"
  /// The handler's answer is over the frame limit.
  static let responseTooLarge = "response too large"

  static func unsupportedVersion(_ version: UInt8) -> String { "unsupported protocol version \(version)" }
  static func unknownKind(_ kind: UInt8) -> String { "unknown frame kind \(kind)" }
}
