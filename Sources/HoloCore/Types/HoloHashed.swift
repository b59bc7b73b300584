/// Content that has a HoloHash of its own: blake2b-256 of its msgpack bytes, with its type's prefix.
public protocol HashableContent: MsgPackCodable, Hashable, Sendable {
  /// The hash type this content hashes to.
  associatedtype HashKind: HoloHashType
  /// The hash of `bytes`, this content's own msgpack encoding. Override only where Holochain does not hash
  /// the content (an Agent entry).
  func contentHash(ofEncoded bytes: [UInt8]) -> HoloHash<HashKind>
}

extension HashableContent {
  public func contentHash(ofEncoded bytes: [UInt8]) -> HoloHash<HashKind> {
    HoloHash<HashKind>.hashing(bytes: bytes)
  }
}

extension HashableContent {
  /// This content's hash (an entry's, an action's…), computed from its msgpack bytes.
  public func hash() -> HoloHash<HashKind> { contentHash(ofEncoded: msgpackBytes()) }
}

extension Action: HashableContent { public typealias HashKind = HashTypes.Action }
extension Entry: HashableContent {
  public typealias HashKind = HashTypes.Entry
  /// An Agent entry's hash is the key re-prefixed; any other entry's is blake2b-256 of its bytes.
  public func contentHash(ofEncoded bytes: [UInt8]) -> EntryHash {
    if case .agent(let key) = self { return EntryHash(agent: key) }
    return EntryHash.hashing(bytes: bytes)
  }
}

/// Content paired with its hash: `{content, hash}` on the wire.
///
/// The content's msgpack bytes are kept (as received, or as encoded once on creation): they are what is
/// hashed and signed, and they are written back unchanged.
public struct HoloHashed<Content: HashableContent>: Hashable, Sendable, MsgPackCodable {
  public let content: Content
  public let hash: HoloHash<Content.HashKind>
  /// The exact msgpack bytes of `content`.
  public let contentBytes: [UInt8]

  /// Encodes and hashes `content`.
  public init(_ content: Content) {
    let bytes = content.msgpackBytes()
    self.content = content
    self.contentBytes = bytes
    self.hash = content.contentHash(ofEncoded: bytes)
  }

  /// Pairs content with a hash computed elsewhere (not checked; see ``verifyHash()``).
  public init(content: Content, contentBytes: [UInt8], hash: HoloHash<Content.HashKind>) {
    self.content = content
    self.contentBytes = contentBytes
    self.hash = hash
  }

  /// Whether `hash` really is the hash of the content bytes.
  public func verifyHash() -> Bool { content.contentHash(ofEncoded: contentBytes) == hash }

  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.hash == rhs.hash && lhs.content == rhs.content }
  public func hash(into hasher: inout Hasher) { hasher.combine(hash) }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(2)
    writer.write("content" as StaticString)
    writer.writeRaw(contentBytes)
    writer.writeField("hash", hash)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var bytes: [UInt8]?
    var hash: HoloHash<Content.HashKind>?
    try reader.readStruct(fields: ["content", "hash"]) { index, reader throws(MsgPackError) in
      if index == 0 { bytes = try reader.readRawValue() } else { hash = try reader.decode() }
    }
    let contentBytes = try require(bytes, "content", in: "HoloHashed")
    self.content = try Content(msgpack: contentBytes)
    self.contentBytes = contentBytes
    self.hash = try require(hash, "hash", in: "HoloHashed")
  }
}

/// Hashed content with its author's signature over the content bytes: `{hashed, signature}`.
public struct SignedHashed<Content: HashableContent>: Hashable, Sendable, MsgPackCodable {
  public let hashed: HoloHashed<Content>
  public let signature: Signature

  public init(hashed: HoloHashed<Content>, signature: Signature) {
    self.hashed = hashed
    self.signature = signature
  }

  /// The content.
  public var content: Content { hashed.content }
  /// The content's hash.
  public var hash: HoloHash<Content.HashKind> { hashed.hash }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(2)
    writer.writeField("hashed", hashed)
    writer.writeField("signature", signature)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var hashed: HoloHashed<Content>?
    var signature: Signature?
    try reader.readStruct(fields: ["hashed", "signature"]) { index, reader throws(MsgPackError) in
      if index == 0 { hashed = try reader.decode() } else { signature = try reader.decode() }
    }
    self.hashed = try require(hashed, "hashed", in: "SignedHashed")
    self.signature = try require(signature, "signature", in: "SignedHashed")
  }
}

/// An action, its hash and its signature.
public typealias SignedActionHashed = SignedHashed<Action>
/// An action with its hash.
public typealias ActionHashed = HoloHashed<Action>
/// An entry with its hash.
public typealias EntryHashed = HoloHashed<Entry>

/// Data with a signature over its msgpack bytes, unhashed: `{data, signature}` (Holochain's `Signed<T>`).
public struct Signed<Content: MsgPackCodable & Hashable & Sendable>: Hashable, Sendable, MsgPackCodable {
  public let data: Content
  public let signature: Signature

  public init(data: Content, signature: Signature) {
    self.data = data
    self.signature = signature
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(2)
    writer.writeField("data", data)
    writer.writeField("signature", signature)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var data: Content?
    var signature: Signature?
    try reader.readStruct(fields: ["data", "signature"]) { index, reader throws(MsgPackError) in
      if index == 0 { data = try reader.decode() } else { signature = try reader.decode() }
    }
    self.data = try require(data, "data", in: "Signed")
    self.signature = try require(signature, "signature", in: "Signed")
  }
}

/// An action with its signature (what chain ops carry).
public typealias SignedAction = Signed<Action>
