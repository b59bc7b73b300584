/// Msgpack bytes carried as an opaque `bin` (Holochain's `SerializedBytes`, `ExternIO`, `AppEntryBytes`).
///
/// The bytes are kept exactly as received, because they are signed or hashed.
public struct SerializedBytes: Hashable, Sendable, MsgPackCodable {
  /// The inner msgpack bytes.
  public var bytes: [UInt8]

  public init(bytes: [UInt8]) { self.bytes = bytes }

  /// Serializes a value (`SerializedBytes::try_from(value)`).
  public init(encoding value: some MsgPackEncodable) { bytes = value.msgpackBytes() }

  /// The bytes of `()`: msgpack `nil`.
  public static var unit: SerializedBytes { SerializedBytes(bytes: [0xc0]) }

  /// Decodes the inner bytes as `T`.
  public func decode<T: MsgPackDecodable>(_: T.Type = T.self) throws(MsgPackError) -> T {
    try T(msgpack: bytes)
  }

  public func encode(to writer: inout MsgPackWriter) { writer.writeBinary(bytes) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { bytes = try reader.readBinary() }
}

/// The payload of a zome call or a host-function call: msgpack bytes inside a `bin`.
public typealias ExternIO = SerializedBytes

/// The bytes of an app entry.
public typealias AppEntryBytes = SerializedBytes

/// The membrane proof offered at genesis.
public typealias MembraneProof = SerializedBytes

/// The opaque bytes of a link tag (`bin`).
public typealias LinkTag = SerializedBytes
