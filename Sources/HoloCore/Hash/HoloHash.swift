/// A 39-byte Holochain hash: a 3-byte kind prefix, the 32-byte blake2b-256 core, and 4 DHT-location bytes.
///
/// ```swift
/// let hash = ActionHash(core: [UInt8](repeating: 0xdb, count: 32))
/// hash.description   // "uhCkk29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29uTp5Iv"
/// let parsed = try ActionHash(string: hash.description)
/// let fromData = DhtOpHash.hashing(someEncodable)   // blake2b-256 of its msgpack bytes
/// ```
public struct HoloHash<T: HoloHashType>: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// All 39 bytes.
  public let raw39: [UInt8]

  /// The number of bytes of a full hash.
  public static var fullLength: Int { 39 }

  /// Wraps 39 bytes, checking only the prefix (clients send keys with zeroed location bytes).
  public init(raw39 bytes: [UInt8]) throws(HoloHashError) {
    guard bytes.count == 39 else { throw .badLength(expected: 39, found: bytes.count) }
    guard let kind = HoloHashKind(prefixOf: bytes) else { throw .unknownPrefix(Array(bytes.prefix(3))) }
    guard T.accepts(kind) else { throw .wrongKind(kind) }
    raw39 = bytes
  }

  /// Builds a hash of this type's primitive kind from a 32-byte core, computing the location bytes.
  /// A composite type (``AnyDhtHash``, ``AnyLinkableHash``) has no kind of its own: use ``init(core:kind:)``.
  public init(core: [UInt8]) {
    guard let kind = T.primitiveKind else {
      preconditionFailure("a composite hash type has no kind of its own: use init(core:kind:)")
    }
    self.init(unchecked: core, kind: kind)
  }

  /// Builds a hash of `kind` from a 32-byte core; fails when this type does not accept `kind`.
  public init(core: [UInt8], kind: HoloHashKind) throws(HoloHashError) {
    guard core.count == 32 else { throw .badLength(expected: 32, found: core.count) }
    guard T.accepts(kind) else { throw .wrongKind(kind) }
    self.init(unchecked: core, kind: kind)
  }

  private init(unchecked core: [UInt8], kind: HoloHashKind) {
    precondition(core.count == 32, "a HoloHash core is 32 bytes")
    raw39 = kind.prefix + core + Self.locationBytes(of: core)
  }

  /// Parses the `u…` string form, checking the prefix and the location bytes.
  public init(string: String) throws(HoloHashError) {
    guard string.utf8.first == UInt8(ascii: "u"), let bytes = Base64URL.decode(String(string.dropFirst()))
    else { throw .badString }
    try self.init(raw39: bytes)
    guard Array(raw39[35..<39]) == Self.locationBytes(of: core) else { throw .badLocation }
  }

  /// Hashes arbitrary bytes (blake2b-256) into a hash of this type's primitive kind.
  public static func hashing(bytes: some Collection<UInt8>) -> Self {
    Self(core: Blake2b.hash(bytes, outputLength: 32))
  }

  /// Hashes a value's msgpack bytes, as Holochain's `HoloHashed::from_content` does for plain content.
  public static func hashing(_ content: some MsgPackEncodable) -> Self {
    hashing(bytes: content.msgpackBytes())
  }

  /// The kind named by the prefix.
  public var kind: HoloHashKind {
    // `raw39` was checked on construction, so the prefix is always one of the known kinds.
    HoloHashKind(rawValue: raw39[1]) ?? .external
  }

  /// The 32-byte blake2b-256 core.
  public var core: [UInt8] { Array(raw39[3..<35]) }

  /// The DHT location (the 4 location bytes read as a little-endian u32).
  public var location: UInt32 {
    UInt32(raw39[35]) | UInt32(raw39[36]) << 8 | UInt32(raw39[37]) << 16 | UInt32(raw39[38]) << 24
  }

  /// The `u`-prefixed base64url string form.
  public var description: String { "u" + Base64URL.encode(raw39) }

  /// The same hash as another type that accepts its kind (`AnyLinkableHash(entryHash)`), or `nil`.
  public init?<U>(_ other: HoloHash<U>) {
    guard T.accepts(other.kind) else { return nil }
    raw39 = other.raw39
  }

  /// The location bytes of a 32-byte core: blake2b-128 of it, its four 4-byte words XORed together.
  public static func locationBytes(of core: [UInt8]) -> [UInt8] {
    let digest = Blake2b.hash(core, outputLength: 16)
    var out = Array(digest[0..<4])
    for word in 1..<4 {
      for index in 0..<4 { out[index] ^= digest[word * 4 + index] }
    }
    return out
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.raw39.lexicographicallyPrecedes(rhs.raw39) }
}

extension HoloHash: MsgPackCodable {
  /// A hash serializes as `bin` of its 39 bytes.
  public func encode(to writer: inout MsgPackWriter) { writer.writeBinary(raw39) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let start = reader.offset
    let bytes = try reader.readBinary()
    do {
      try self.init(raw39: bytes)
    } catch {
      throw .invalidValue(type: "HoloHash", reason: "at offset \(start): \(error.reason)")
    }
  }
}

extension HoloHashError {
  /// A short human-readable reason.
  public var reason: String {
    switch self {
    case .badLength(let expected, let found): return "expected \(expected) bytes, found \(found)"
    case .unknownPrefix: return "unknown hash prefix"
    case .wrongKind(let kind): return "a \(kind.typeName) is not accepted here"
    case .badString: return "not a u-prefixed base64url hash"
    case .badLocation: return "location bytes do not match the hash"
    }
  }
}

extension HoloHash where T == HashTypes.Entry {
  /// The entry hash of an Agent entry: the agent key re-prefixed as an entry hash (Holochain hashes no content).
  public init(agent: AgentPubKey) {
    raw39 = HoloHashKind.entry.prefix + agent.raw39[3...]
  }
}
