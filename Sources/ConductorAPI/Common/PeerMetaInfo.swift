public import HoloCore

/// One entry of a peer's meta store (`peer_meta_info`): a JSON value and when it expires.
public struct PeerMetaInfo: Hashable, Sendable, MsgPackStructFields {
  /// The stored value (a `serde_json::Value`, which rmp-serde writes as plain msgpack).
  public var metaValue: MsgPackValue
  public var expiresAt: Timestamp?

  public init(metaValue: MsgPackValue, expiresAt: Timestamp?) {
    self.metaValue = metaValue
    self.expiresAt = expiresAt
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("meta_value", metaValue)
    writer.writeField("expires_at", expiresAt)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var value: MsgPackValue?
    var expiresAt: Timestamp?
    try reader.readStruct(fields: ["meta_value", "expires_at"]) { index, reader throws(MsgPackError) in
      if index == 0 { value = try reader.decode() } else { expiresAt = try reader.decode() }
    }
    metaValue = try require(value, "meta_value", in: "PeerMetaInfo")
    self.expiresAt = expiresAt
  }
}

/// What `peer_meta_info` returns: per DNA, the peer's meta entries by key. A `BTreeMap<DnaHash, BTreeMap<String,
/// PeerMetaInfo>>`: written with both levels of keys sorted, as Rust does.
public struct PeerMetaInfoMap: Hashable, Sendable {
  public var entries: [DnaHash: [String: PeerMetaInfo]]

  public init(_ entries: [DnaHash: [String: PeerMetaInfo]] = [:]) { self.entries = entries }
}

extension PeerMetaInfoMap: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(entries.count)
    for (dna, metas) in entries.sorted(by: { $0.key < $1.key }) {
      writer.encode(dna)
      writer.writeStringKeyedMap(metas)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let count = try reader.readMapHeader()
    var entries: [DnaHash: [String: PeerMetaInfo]] = [:]
    try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in
      for _ in 0..<count {
        let dna: DnaHash = try reader.decode()
        entries[dna] = try reader.readStringKeyedMap(PeerMetaInfo.self)
      }
    }
    self.entries = entries
  }
}
