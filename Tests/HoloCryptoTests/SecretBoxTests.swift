import HoloCrypto
import Testing

@Suite struct SecretBoxTests {
  @Test func roundTripsAndRejectsAWrongKey() throws {
    let key = SecureRandom.bytes(SecretBox.keyLength)
    let nonce = SecretBox.randomNonce()
    let message = Array("private entry".utf8)
    let cipher = try SecretBox.seal(message: message, nonce: nonce, key: key)
    #expect(cipher.count == message.count + SecretBox.macLength)
    #expect(try SecretBox.open(cipher: cipher, nonce: nonce, key: key) == message)

    var wrongKey = key
    wrongKey[5] ^= 0x20
    #expect(throws: CryptoError.authenticationFailed) {
      try SecretBox.open(cipher: cipher, nonce: nonce, key: wrongKey)
    }
    var altered = cipher
    altered[altered.count - 1] ^= 0x01
    #expect(throws: CryptoError.authenticationFailed) {
      try SecretBox.open(cipher: altered, nonce: nonce, key: key)
    }
  }

  @Test func emptyMessageRoundTrips() throws {
    let key = SecureRandom.bytes(SecretBox.keyLength)
    let nonce = SecretBox.randomNonce()
    let cipher = try SecretBox.seal(message: [], nonce: nonce, key: key)
    #expect(cipher.count == SecretBox.macLength)
    #expect(try SecretBox.open(cipher: cipher, nonce: nonce, key: key) == [])
  }

  @Test func wrongSizesAreRejected() {
    let key = SecureRandom.bytes(SecretBox.keyLength)
    #expect(throws: CryptoError.invalidLength(parameter: "key", allowed: 32...32, actual: 31)) {
      try SecretBox.seal(message: [1], nonce: SecretBox.randomNonce(), key: Array(key.dropLast()))
    }
    #expect(throws: CryptoError.invalidLength(parameter: "nonce", allowed: 24...24, actual: 12)) {
      try SecretBox.open(
        cipher: [UInt8](repeating: 0, count: 20), nonce: [UInt8](repeating: 0, count: 12), key: key)
    }
    #expect(
      throws: CryptoError.invalidLength(parameter: "cipher", allowed: 16...Int.max, actual: 3)
    ) {
      try SecretBox.open(cipher: [1, 2, 3], nonce: SecretBox.randomNonce(), key: key)
    }
  }
}
