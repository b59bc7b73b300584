public import HoloCore

/// What `storage_info` returns: the storage the conductor's data uses.
public struct StorageInfo: Hashable, Sendable, MsgPackStructFields {
  public var blobs: [StorageBlob]

  public init(blobs: [StorageBlob]) { self.blobs = blobs }

  public var fieldCount: Int { 1 }

  public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("blobs", blobs) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var blobs: [StorageBlob]?
    try reader.readStruct(fields: ["blobs"]) { _, reader throws(MsgPackError) in blobs = try reader.decode() }
    self.blobs = try require(blobs, "blobs", in: "StorageInfo")
  }
}

/// One kind of stored data: `{"type": "dna", "value": {…}}`.
public enum StorageBlob: Hashable, Sendable {
  /// The DHT data of one DNA.
  case dna(DnaStorageInfo)
}

extension StorageBlob: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .dna(let info): writer.writeVariant("dna", info)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "StorageBlob")
    guard variant.name == "dna" else { throw variant.unknown }
    self = .dna(try variant.decodeContent())
  }
}

/// The storage of one DNA's DHT data, and the apps that use the DNA.
public struct DnaStorageInfo: Hashable, Sendable, MsgPackStructFields {
  /// Bytes of data in use.
  public var dhtDataSize: UInt64
  /// Bytes on disk, including space the database reserved.
  public var dhtDataSizeOnDisk: UInt64
  public var dnaHash: DnaHash
  /// The ids of the installed apps that use this DNA.
  public var usedBy: [String]

  public init(dhtDataSize: UInt64, dhtDataSizeOnDisk: UInt64, dnaHash: DnaHash, usedBy: [String]) {
    self.dhtDataSize = dhtDataSize
    self.dhtDataSizeOnDisk = dhtDataSizeOnDisk
    self.dnaHash = dnaHash
    self.usedBy = usedBy
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("dht_data_size", dhtDataSize)
    writer.writeField("dht_data_size_on_disk", dhtDataSizeOnDisk)
    writer.writeField("dna_hash", dnaHash)
    writer.writeField("used_by", usedBy)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var size: UInt64?
    var onDisk: UInt64?
    var hash: DnaHash?
    var usedBy: [String]?
    try reader.readStruct(fields: ["dht_data_size", "dht_data_size_on_disk", "dna_hash", "used_by"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: size = try reader.decode()
      case 1: onDisk = try reader.decode()
      case 2: hash = try reader.decode()
      default: usedBy = try reader.decode()
      }
    }
    dhtDataSize = try require(size, "dht_data_size", in: "DnaStorageInfo")
    dhtDataSizeOnDisk = try require(onDisk, "dht_data_size_on_disk", in: "DnaStorageInfo")
    dnaHash = try require(hash, "dna_hash", in: "DnaStorageInfo")
    self.usedBy = try require(usedBy, "used_by", in: "DnaStorageInfo")
  }
}
