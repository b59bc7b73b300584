import HoloCrypto
import Testing

@Suite struct HashTests {
  /// RFC 7693 Appendix A: BLAKE2b-512("abc").
  static let blake2b512OfABC =
    "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
    + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"

  @Test func blake2b512OfABCMatchesRFC7693() throws {
    #expect(Blake2b.hash64(Array("abc".utf8)).hex == Self.blake2b512OfABC)
    #expect(try Blake2b.hash(Array("abc".utf8), outputLength: 64).hex == Self.blake2b512OfABC)
  }

  @Test func blake2bOfTheEmptyString() {
    #expect(
      Blake2b.hash64([]).hex
        == "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419"
        + "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce")
    #expect(
      Blake2b.hash32([]).hex == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8")
  }

  @Test func conveniencesHaveTheirLengths() throws {
    let data = Array("holochain".utf8)
    #expect(Blake2b.hash16(data).count == 16)
    #expect(Blake2b.hash16(data) == (try Blake2b.hash(data, outputLength: 16)))
    #expect(Blake2b.hash32(data) == (try Blake2b.hash(data, outputLength: 32)))
    #expect(try Blake2b.hash(data, outputLength: 1).count == 1)
    // The output length is a parameter of BLAKE2b, not a truncation.
    #expect(Blake2b.hash32(data) != Array(Blake2b.hash64(data).prefix(32)))
  }

  @Test(arguments: [0, 65, -1])
  func blake2bRejectsOutputLength(_ length: Int) {
    #expect(
      throws: CryptoError.invalidLength(parameter: "outputLength", allowed: 1...64, actual: length)
    ) {
      try Blake2b.hash([1, 2, 3], outputLength: length)
    }
    #expect(throws: CryptoError.self) { _ = try Blake2bHasher(outputLength: length) }
  }

  @Test func streamingHasherMatchesOneShot() throws {
    var hasher = try Blake2bHasher(outputLength: 64)
    hasher.update(Array("a".utf8))
    hasher.update([])
    hasher.update(Array("bc".utf8))
    #expect(hasher.finalize().hex == Self.blake2b512OfABC)

    let data = SecureRandom.bytes(1000)
    var pieces = try Blake2bHasher(outputLength: 32)
    for start in stride(from: 0, to: data.count, by: 97) {
      pieces.update(Array(data[start..<min(start + 97, data.count)]))
    }
    #expect(pieces.finalize() == Blake2b.hash32(data))
  }

  /// FIPS 180-2, Appendix C.1: SHA-512("abc").
  @Test func sha512OfABCMatchesFIPS180() {
    #expect(
      SHA512.hash(Array("abc".utf8)).hex
        == "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
    #expect(SHA512.hash([]).count == 64)
  }
}
