import HoloCore
import HoloCrypto
import Testing

/// The input shapes the fast BLAKE2b takes different paths for: contiguous input compressed in place,
/// non-contiguous input fed byte by byte, and pieces that straddle the pending block.
@Suite struct Blake2bPerformanceShapeTests {
  /// Input long enough to span several blocks and end in a partial one.
  static let data = SeededBytes(seed: 99).bytesArray(1_000)

  @Test func nonContiguousInputMatchesContiguousInput() {
    for length in [0, 1, 127, 128, 129, 255, 256, 257, 1_000] {
      let bytes = Array(Self.data.prefix(length))
      let lazyBytes = bytes.lazy.map { $0 }
      #expect(
        HoloCore.Blake2b.hash(lazyBytes, outputLength: 32)
          == HoloCore.Blake2b.hash(bytes, outputLength: 32))
    }
  }

  @Test func slicesWithAnOffsetStartIndexHashTheirOwnBytes() {
    let slice = Self.data[3..<700]
    #expect(
      HoloCore.Blake2b.hash(slice, outputLength: 32)
        == HoloCore.Blake2b.hash(Array(slice), outputLength: 32))
  }

  @Test func everyPieceSizeStreamsToTheOneShotDigest() {
    let expected = HoloCore.Blake2b.hash(Self.data, outputLength: 64)
    for pieceSize in [1, 7, 64, 127, 128, 129, 300] {
      var contiguous = HoloCore.Blake2b(outputLength: 64)
      var byteByByte = HoloCore.Blake2b(outputLength: 64)
      var start = 0
      while start < Self.data.count {
        let end = min(start + pieceSize, Self.data.count)
        contiguous.update(Self.data[start..<end])
        byteByByte.update(Self.data[start..<end].lazy.map { $0 })
        contiguous.update([UInt8]())
        start = end
      }
      #expect(contiguous.finalize() == expected)
      #expect(byteByByte.finalize() == expected)
    }
  }

  @Test func everyOutputLengthAgreesWithLibsodium() throws {
    for outputLength in 1...64 {
      for length in [0, 128, 129] {
        let bytes = Array(Self.data.prefix(length))
        #expect(
          HoloCore.Blake2b.hash(bytes, outputLength: outputLength)
            == (try HoloCrypto.Blake2b.hash(bytes, outputLength: outputLength)))
      }
    }
  }

  @Test func outputLengthIsClampedToOneThroughSixtyFour() {
    #expect(HoloCore.Blake2b(outputLength: 0).outputLength == 1)
    #expect(HoloCore.Blake2b(outputLength: 65).outputLength == 64)
    #expect(HoloCore.Blake2b.hash(Self.data, outputLength: 100).count == 64)
  }
}

extension SeededBytes {
  /// `count` bytes from a fresh generator, for use in static test fixtures.
  fileprivate func bytesArray(_ count: Int) -> [UInt8] {
    var copy = self
    return copy.bytes(count)
  }
}
