import HoloCrypto
import Testing

@Suite struct Ed25519Tests {
  struct Vector: Sendable, CustomStringConvertible {
    let name: String
    let seed: String
    let publicKey: String
    let message: String
    let signature: String
    var description: String { name }
  }

  /// RFC 8032 section 7.1, TEST 1 to TEST 3 (the secret key there is the seed).
  static let rfc8032: [Vector] = [
    Vector(
      name: "TEST 1",
      seed: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
      publicKey: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
      message: "",
      signature: "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
        + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"),
    Vector(
      name: "TEST 2",
      seed: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
      publicKey: "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
      message: "72",
      signature: "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
        + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"),
    Vector(
      name: "TEST 3",
      seed: "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
      publicKey: "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
      message: "af82",
      signature: "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
        + "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"),
  ]

  @Test(arguments: rfc8032)
  func rfc8032Vector(_ vector: Vector) throws {
    let keys = try Ed25519KeyPair(seed: [UInt8](hex: vector.seed))
    #expect(keys.publicKey.hex == vector.publicKey)
    let message = [UInt8](hex: vector.message)
    let signature = keys.sign(message)
    #expect(signature.hex == vector.signature)
    #expect(Ed25519.verify(signature: signature, message: message, publicKey: keys.publicKey))
  }

  @Test func tamperedMessageOrSignatureFailsVerification() throws {
    let keys = Ed25519KeyPair.generate()
    let message = Array("an entry to author".utf8)
    let signature = keys.sign(message)
    #expect(Ed25519.verify(signature: signature, message: message, publicKey: keys.publicKey))

    var alteredMessage = message
    alteredMessage[0] ^= 0x01
    #expect(
      !Ed25519.verify(signature: signature, message: alteredMessage, publicKey: keys.publicKey))

    for index in [0, 31, 32, 63] {
      var alteredSignature = signature
      alteredSignature[index] ^= 0x80
      #expect(
        !Ed25519.verify(signature: alteredSignature, message: message, publicKey: keys.publicKey))
    }

    let stranger = Ed25519KeyPair.generate()
    #expect(!Ed25519.verify(signature: signature, message: message, publicKey: stranger.publicKey))
  }

  @Test func wrongSizesAreRejected() {
    #expect(throws: CryptoError.invalidLength(parameter: "seed", allowed: 32...32, actual: 31)) {
      _ = try Ed25519KeyPair(seed: [UInt8](repeating: 1, count: 31))
    }
    #expect(throws: CryptoError.invalidLength(parameter: "seed", allowed: 32...32, actual: 64)) {
      _ = try Ed25519KeyPair(seed: [UInt8](repeating: 1, count: 64))
    }
    let keys = Ed25519KeyPair.generate()
    let signature = keys.sign([1, 2, 3])
    #expect(
      !Ed25519.verify(
        signature: Array(signature.dropLast()), message: [1, 2, 3], publicKey: keys.publicKey))
    #expect(
      !Ed25519.verify(
        signature: signature, message: [1, 2, 3], publicKey: Array(keys.publicKey.dropLast())))
  }

  @Test func sameSeedSameKeysAndSignatures() throws {
    let seed = SecureRandom.bytes(32)
    let first = try Ed25519KeyPair(seed: seed)
    let second = try Ed25519KeyPair(seed: seed)
    #expect(first.publicKey == second.publicKey)
    #expect(first.sign([9, 9]) == second.sign([9, 9]))
    #expect(Ed25519KeyPair.generate().publicKey != Ed25519KeyPair.generate().publicKey)
  }
}
