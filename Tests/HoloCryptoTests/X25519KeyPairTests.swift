import HoloCrypto
import Testing

@Suite struct X25519KeyPairTests {
  /// Expected values computed with an independent implementation (Python `cryptography`,
  /// OpenSSL's X25519): secret = SHA-512(seed)[0..<32], public = X25519(secret, 9).
  @Test func seedDerivationMatchesLair() throws {
    let keys = try X25519KeyPair(seed: [UInt8](repeating: 7, count: 32))
    #expect(
      keys.secretKey.hex == "2fad39fefd7fa3e200a9c626eef599e61a2d055c48a8288a4e7e4c4bca3928f8")
    #expect(
      keys.publicKey.hex == "761d88ec830413919dfe9d4d1d56f17e653c8c994082df5b137b90a0ae6edf74")
  }

  @Test func secretKeyIsTheSeedHashPrefix() throws {
    let seed = SecureRandom.bytes(32)
    let keys = try X25519KeyPair(seed: seed)
    #expect(keys.secretKey == Array(SHA512.hash(seed).prefix(32)))
    #expect(keys.publicKey != (try Ed25519KeyPair(seed: seed)).publicKey)
    #expect(try X25519KeyPair(seed: seed).publicKey == keys.publicKey)
  }

  @Test func wrongSeedSizeIsRejected() {
    #expect(throws: CryptoError.invalidLength(parameter: "seed", allowed: 32...32, actual: 0)) {
      _ = try X25519KeyPair(seed: [])
    }
  }
}
