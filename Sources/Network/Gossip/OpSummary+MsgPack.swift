public import HoloCore

/// Our wire form for a summary, deterministic for equal summaries:
///
/// ```text
/// {"layout": {"sectorCount": u32, "sliceMicros": i64},
///  "arc": StorageArc,                          // nil or [start, end]
///  "buckets": [[sector, slice, count, bin(32 bytes of XOR)], …]}   // ascending by (sector, slice)
/// ```
///
/// The map's keys come in that order; integers take their smallest msgpack encoding. Decoding accepts the
/// keys in any order and refuses a layout that is not positive, a sector past the layout's last, an empty
/// bucket, an XOR that is not 32 bytes and keys that are not strictly ascending.
extension OpSummary: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(3)
    writer.write("layout" as StaticString)
    writer.writeMapHeader(2)
    writer.writeField("sectorCount", layout.sectorCount)
    writer.writeField("sliceMicros", layout.sliceMicros)
    writer.writeField("arc", arc)
    writer.write("buckets" as StaticString)
    writer.writeArrayHeader(buckets.count)
    for (key, bucket) in buckets.sorted(by: { $0.key < $1.key }) {
      writer.writeArrayHeader(4)
      writer.write(UInt64(key.sector))
      writer.write(key.slice)
      writer.write(bucket.count)
      writer.writeBinary(bucket.xor.bytes)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var layout: SummaryLayout?
    var arc: StorageArc?
    var buckets: [BucketKey: Bucket]?
    try reader.readStruct(fields: ["layout", "arc", "buckets"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: layout = try Self.readLayout(&reader)
      case 1: arc = try StorageArc(from: &reader)
      default: buckets = try Self.readBuckets(&reader)
      }
    }
    let checkedLayout = try require(layout, "layout", in: "OpSummary")
    let checkedBuckets = try require(buckets, "buckets", in: "OpSummary")
    for key in checkedBuckets.keys where key.sector >= checkedLayout.sectorCount {
      throw .invalidValue(type: "OpSummary", reason: "sector \(key.sector) of \(checkedLayout.sectorCount)")
    }
    self.init(layout: checkedLayout, arc: try require(arc, "arc", in: "OpSummary"), buckets: checkedBuckets)
  }

  private static func readLayout(_ reader: inout MsgPackReader) throws(MsgPackError) -> SummaryLayout {
    var sectorCount: UInt32?
    var sliceMicros: Int64?
    try reader.readStruct(fields: ["sectorCount", "sliceMicros"]) { index, reader throws(MsgPackError) in
      if index == 0 { sectorCount = try reader.readInteger() } else { sliceMicros = try reader.readInteger() }
    }
    guard
      let layout = SummaryLayout(
        checkingSectorCount: try require(sectorCount, "sectorCount", in: "SummaryLayout"),
        sliceMicros: try require(sliceMicros, "sliceMicros", in: "SummaryLayout"))
    else { throw .invalidValue(type: "SummaryLayout", reason: "sector count and slice length must be positive") }
    return layout
  }

  private static func readBuckets(_ reader: inout MsgPackReader) throws(MsgPackError) -> [BucketKey: Bucket] {
    let count = try reader.readArrayHeader()
    var buckets: [BucketKey: Bucket] = [:]
    buckets.reserveCapacity(min(count, 1 << 16))
    var previous: BucketKey?
    try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) in
      for _ in 0..<count {
        guard try reader.readArrayHeader() == 4 else {
          throw .invalidValue(type: "OpSummary", reason: "a bucket is [sector, slice, count, xor]")
        }
        let key = BucketKey(sector: try reader.readInteger(), slice: try reader.readInteger())
        let opCount: UInt64 = try reader.readInteger()
        guard let xor = HashXor(bytes: try reader.readBinary()) else {
          throw .invalidValue(type: "OpSummary", reason: "a bucket's XOR is 32 bytes")
        }
        guard opCount > 0 else { throw .invalidValue(type: "OpSummary", reason: "bucket \(key) is empty") }
        if let previous, !(previous < key) {
          throw .invalidValue(type: "OpSummary", reason: "bucket \(key) out of order")
        }
        previous = key
        buckets[key] = Bucket(count: opCount, xor: xor)
      }
    }
    return buckets
  }
}
