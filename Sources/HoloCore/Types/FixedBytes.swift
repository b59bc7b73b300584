/// A byte string of one fixed length that serializes as msgpack `bin` (Holochain's `secure_primitive!`).
public protocol FixedBytes: Hashable, Sendable, MsgPackCodable {
  /// The required length.
  static var length: Int { get }
  /// The type's name, for error messages.
  static var typeName: String { get }
  /// The bytes, always ``length`` long.
  var bytes: [UInt8] { get }
  /// Wraps bytes already checked to be ``length`` long.
  init(checked bytes: [UInt8])
}

extension FixedBytes {
  /// Wraps `bytes`, or returns `nil` when the length is wrong.
  public init?(_ bytes: [UInt8]) {
    guard bytes.count == Self.length else { return nil }
    self.init(checked: bytes)
  }

  public func encode(to writer: inout MsgPackWriter) { writer.writeBinary(bytes) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    self.init(checked: try reader.readBinary(count: Self.length, of: Self.typeName))
  }
}

/// An Ed25519 signature (64 bytes).
public struct Signature: FixedBytes {
  public static var length: Int { 64 }
  public static var typeName: String { "Signature" }
  public let bytes: [UInt8]
  public init(checked bytes: [UInt8]) { self.bytes = bytes }
}

/// A capability secret (512 bits), presented by callers of granted functions.
public struct CapSecret: FixedBytes {
  public static var length: Int { 64 }
  public static var typeName: String { "CapSecret" }
  public let bytes: [UInt8]
  public init(checked bytes: [UInt8]) { self.bytes = bytes }
}

/// A 256-bit nonce (signed zome calls).
public struct Nonce256Bits: FixedBytes {
  public static var length: Int { 32 }
  public static var typeName: String { "Nonce256Bits" }
  public let bytes: [UInt8]
  public init(checked bytes: [UInt8]) { self.bytes = bytes }
}
