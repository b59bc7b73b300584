import HoloCrypto
import Testing

@Suite struct CryptoBoxTests {
  let alice = X25519KeyPair.generate()
  let bob = X25519KeyPair.generate()
  let message = Array("meet at the DHT".utf8)

  @Test func roundTripsBetweenTwoParties() throws {
    let nonce = CryptoBox.randomNonce()
    let cipher = try CryptoBox.seal(
      message: message, nonce: nonce, recipientPublicKey: bob.publicKey, sender: alice)
    #expect(cipher.count == message.count + CryptoBox.macLength)
    #expect(cipher.prefix(message.count).elementsEqual(message) == false)

    let opened = try CryptoBox.open(
      cipher: cipher, nonce: nonce, senderPublicKey: alice.publicKey, recipient: bob)
    #expect(opened == message)

    // The byte-array forms agree with the key-pair forms, in both directions.
    let viaArrays = try CryptoBox.seal(
      message: message, nonce: nonce, recipientPublicKey: bob.publicKey,
      senderSecretKey: alice.secretKey)
    #expect(viaArrays == cipher)
    let reply = try CryptoBox.seal(
      message: [], nonce: nonce, recipientPublicKey: alice.publicKey, sender: bob)
    #expect(
      try CryptoBox.open(
        cipher: reply, nonce: nonce, senderPublicKey: bob.publicKey,
        recipientSecretKey: alice.secretKey) == [])
  }

  @Test func tamperingIsDetected() throws {
    let nonce = CryptoBox.randomNonce()
    let cipher = try CryptoBox.seal(
      message: message, nonce: nonce, recipientPublicKey: bob.publicKey, sender: alice)

    for index in [0, CryptoBox.macLength, cipher.count - 1] {
      var altered = cipher
      altered[index] ^= 0x01
      #expect(throws: CryptoError.authenticationFailed) {
        try CryptoBox.open(
          cipher: altered, nonce: nonce, senderPublicKey: alice.publicKey, recipient: bob)
      }
    }
    var otherNonce = nonce
    otherNonce[0] ^= 0x01
    #expect(throws: CryptoError.authenticationFailed) {
      try CryptoBox.open(
        cipher: cipher, nonce: otherNonce, senderPublicKey: alice.publicKey, recipient: bob)
    }
    let mallory = X25519KeyPair.generate()
    #expect(throws: CryptoError.authenticationFailed) {
      try CryptoBox.open(
        cipher: cipher, nonce: nonce, senderPublicKey: mallory.publicKey, recipient: bob)
    }
    #expect(throws: CryptoError.authenticationFailed) {
      try CryptoBox.open(
        cipher: cipher, nonce: nonce, senderPublicKey: alice.publicKey, recipient: mallory)
    }
  }

  @Test func wrongSizesAreRejected() {
    #expect(throws: CryptoError.invalidLength(parameter: "nonce", allowed: 24...24, actual: 23)) {
      try CryptoBox.seal(
        message: message, nonce: [UInt8](repeating: 0, count: 23),
        recipientPublicKey: bob.publicKey, sender: alice)
    }
    #expect(
      throws: CryptoError.invalidLength(
        parameter: "recipientPublicKey", allowed: 32...32, actual: 33)
    ) {
      try CryptoBox.seal(
        message: message, nonce: CryptoBox.randomNonce(),
        recipientPublicKey: bob.publicKey + [0], sender: alice)
    }
    #expect(
      throws: CryptoError.invalidLength(parameter: "senderSecretKey", allowed: 32...32, actual: 16)
    ) {
      try CryptoBox.seal(
        message: message, nonce: CryptoBox.randomNonce(),
        recipientPublicKey: bob.publicKey, senderSecretKey: [UInt8](repeating: 1, count: 16))
    }
    #expect(
      throws: CryptoError.invalidLength(parameter: "cipher", allowed: 16...Int.max, actual: 15)
    ) {
      try CryptoBox.open(
        cipher: [UInt8](repeating: 0, count: 15), nonce: CryptoBox.randomNonce(),
        senderPublicKey: alice.publicKey, recipient: bob)
    }
  }

  @Test func smallOrderPublicKeyIsRefused() {
    #expect(throws: CryptoError.keyExchangeFailed) {
      try CryptoBox.seal(
        message: message, nonce: CryptoBox.randomNonce(),
        recipientPublicKey: [UInt8](repeating: 0, count: 32), sender: alice)
    }
  }
}
