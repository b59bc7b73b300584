import CompressNIO
import NIOCore

/// The gzip layer of a bundle file.
///
/// Writing mirrors Rust's `flate2::GzEncoder` at its default level: a 10-byte header with no name and no
/// time (`1f 8b 08 00 00000000 00 ff`), a deflate stream, then the CRC-32 and length. The deflate stream
/// itself comes from zlib, while Holochain's comes from miniz_oxide, so the compressed bytes may differ
/// even though both decompress to the same msgpack.
///
/// Reading accepts any single gzip member (optional header fields included), checks the CRC-32 and length,
/// and ignores bytes after the member, as `flate2::GzDecoder` does.
///
/// ```swift
/// let packed = try Gzip.compress(Array("hello".utf8))
/// let bytes = try Gzip.decompress(packed)   // "hello"
/// ```
enum Gzip {
  private static let header: [UInt8] = [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]

  static func compress(_ bytes: [UInt8]) throws(BundleError) -> [UInt8] {
    var deflated: ByteBuffer
    do {
      let compressor = try ZlibCompressor(
        algorithm: .deflate, configuration: ZlibConfiguration(compressionLevel: .compressionLevel6))
      var input = ByteBuffer(bytes: bytes)
      deflated = ByteBufferAllocator().buffer(capacity: compressor.maxSize(from: input))
      try compressor.deflate(from: &input, to: &deflated, flush: .finish)
    } catch {
      throw .badGzip(reason: "compression failed: \(error)")
    }
    var result = header
    result.reserveCapacity(header.count + deflated.readableBytes + 8)
    result.append(contentsOf: deflated.readableBytesView)
    appendLittleEndian(CRC32.checksum(bytes), to: &result)
    appendLittleEndian(UInt32(truncatingIfNeeded: bytes.count), to: &result)
    return result
  }

  /// Inflates a gzip member; more than `maxBytes` of output is refused as soon as it is reached (a gzip bomb
  /// stops there rather than filling memory).
  static func decompress(_ bytes: [UInt8], maxBytes: Int = BundleLimits.default.maxUnpackedBytes) throws(BundleError)
    -> [UInt8]
  {
    let bodyStart = try parseHeader(bytes)
    guard bodyStart < bytes.count else { throw .badGzip(reason: "the stream is truncated") }
    var input = ByteBuffer(bytes: bytes[bodyStart...])
    let output = try inflate(&input, maxBytes: maxBytes)
    // The deflate stream stops at its end marker; the 8-byte trailer must follow it.
    guard input.readableBytes >= 8, let trailer = input.readBytes(length: 8) else {
      throw .badGzip(reason: "the stream is truncated")
    }
    let crc = littleEndian(trailer[0..<4])
    let size = littleEndian(trailer[4..<8])
    guard crc == CRC32.checksum(output) else { throw .badGzip(reason: "CRC-32 mismatch") }
    guard size == UInt32(truncatingIfNeeded: output.count) else { throw .badGzip(reason: "length mismatch") }
    return output
  }

  /// Checks the fixed header and skips the optional fields; returns where the deflate stream starts.
  private static func parseHeader(_ bytes: [UInt8]) throws(BundleError) -> Int {
    guard bytes.count >= 10 else {
      throw .badGzip(reason: bytes.starts(with: [0x1f, 0x8b]) ? "the stream is truncated" : "not gzip data")
    }
    guard bytes[0] == 0x1f, bytes[1] == 0x8b else { throw .badGzip(reason: "not gzip data (bad magic bytes)") }
    guard bytes[2] == 8 else { throw .badGzip(reason: "unknown compression method \(bytes[2])") }
    let flags = bytes[3]
    guard flags & 0xe0 == 0 else { throw .badGzip(reason: "reserved header flags are set") }
    var offset = 10
    if flags & 0x04 != 0 {  // FEXTRA
      guard offset + 2 <= bytes.count else { throw .badGzip(reason: "the stream is truncated") }
      offset += 2 + Int(bytes[offset]) + Int(bytes[offset + 1]) << 8
    }
    for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
      guard let end = bytes[min(offset, bytes.count)...].firstIndex(of: 0) else {
        throw .badGzip(reason: "the stream is truncated")
      }
      offset = end + 1
    }
    if flags & 0x02 != 0 { offset += 2 }  // FHCRC
    return offset
  }

  /// Inflates a raw deflate stream, leaving `input` just past its end.
  private static func inflate(_ input: inout ByteBuffer, maxBytes: Int) throws(BundleError) -> [UInt8] {
    let (quadrupled, overflow) = input.readableBytes.multipliedReportingOverflow(by: 4)
    var output = ByteBufferAllocator().buffer(capacity: min(max(1024, overflow ? maxBytes : quadrupled), maxBytes + 1))
    do {
      let decompressor = try ZlibDecompressor(algorithm: .deflate)
      while true {
        do {
          try decompressor.inflate(from: &input, to: &output)
          break
        } catch let error as CompressNIOError where error == .bufferOverflow {
          // Full: grow (doubling) unless the output already holds more than the limit allows.
          guard output.readableBytes <= maxBytes else { throw BundleError.tooLarge(what: "unpacked bundle", limitBytes: maxBytes) }
          let room = min(max(1024, output.capacity), maxBytes + 1 - output.readableBytes)
          output.reserveCapacity(minimumWritableBytes: max(1, room))
        }
      }
      guard output.readableBytes <= maxBytes else { throw BundleError.tooLarge(what: "unpacked bundle", limitBytes: maxBytes) }
    } catch let error as BundleError {
      throw error
    } catch let error as CompressNIOError where error == .inputBufferOverflow {
      throw .badGzip(reason: "the stream is truncated")
    } catch let error as CompressNIOError where error == .corruptData {
      throw .badGzip(reason: "the deflate data is corrupt")
    } catch {
      throw .badGzip(reason: "decompression failed: \(error)")
    }
    return Array(output.readableBytesView)
  }

  private static func appendLittleEndian(_ value: UInt32, to bytes: inout [UInt8]) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }

  private static func littleEndian(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) }
  }
}
