import HoloCore
import HoloCrypto
import Testing

@Suite struct Blake2bTests {
  @Test func rfc7693AppendixAVector() {
    let digest = HoloCore.Blake2b.hash(Array("abc".utf8), outputLength: 64)
    #expect(
      hexString(digest)
        == "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
        + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")
  }

  @Test func emptyInputVectors() {
    #expect(
      hexString(HoloCore.Blake2b.hash([UInt8](), outputLength: 32))
        == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8")
  }

  @Test func streamingEqualsOneShotAcrossBlockBoundaries() {
    var random = SeededBytes(seed: 7)
    let data = random.bytes(1000)
    for split in [0, 1, 127, 128, 129, 256, 999, 1000] {
      var hasher = HoloCore.Blake2b(outputLength: 32)
      hasher.update(data[0..<split])
      hasher.update(data[split...])
      #expect(hasher.finalize() == HoloCore.Blake2b.hash(data, outputLength: 32))
    }
  }

  @Test func agreesWithLibsodiumOnManyRandomInputs() throws {
    var random = SeededBytes(seed: 1234)
    for round in 0..<300 {
      let length = round < 260 ? round : Int(random.next() % 5000)
      let data = random.bytes(length)
      for outputLength in [16, 32, 64] {
        #expect(HoloCore.Blake2b.hash(data, outputLength: outputLength) == (try HoloCrypto.Blake2b.hash(data, outputLength: outputLength)))
      }
    }
  }
}
