import HoloCrypto
import Testing

@Suite struct Argon2idTests {
  let passphrase = Array("holoswift passphrase".utf8)
  let salt = [UInt8](0..<16)

  /// Expected keys computed with an independent implementation (Python `cryptography`, that
  /// is OpenSSL's Argon2id: one lane, no secret, no associated data — what `crypto_pwhash` does).
  @Test func matchesAnIndependentImplementation() throws {
    let minimal = try Argon2id.deriveKey(
      passphrase: passphrase, salt: salt, outputLength: 32, limits: .minimum)
    #expect(minimal.hex == "817656ec810cf41469d60810cfde525e635bafc89d103d0697bfcf8b33efd856")
    let twoPasses = try Argon2id.deriveKey(
      passphrase: passphrase, salt: salt, outputLength: 32, opsLimit: 2, memLimit: 16 * 1024)
    #expect(twoPasses.hex == "9fa7a7d222ee1c478fbae59766aa96e64ed3c0b89f64ffb4c0712fe1030ef1d9")
  }

  @Test func deterministicAndSaltSensitive() throws {
    let first = try Argon2id.deriveKey(
      passphrase: passphrase, salt: salt, outputLength: 32, limits: .minimum)
    let again = try Argon2id.deriveKey(
      passphrase: passphrase, salt: salt, outputLength: 32, limits: .minimum)
    #expect(first == again)

    var otherSalt = salt
    otherSalt[15] ^= 0x01
    let salted = try Argon2id.deriveKey(
      passphrase: passphrase, salt: otherSalt, outputLength: 32, limits: .minimum)
    #expect(salted != first)
    let otherPassphrase = try Argon2id.deriveKey(
      passphrase: passphrase + [0x21], salt: salt, outputLength: 32, limits: .minimum)
    #expect(otherPassphrase != first)
    #expect(
      try Argon2id.deriveKey(passphrase: [], salt: salt, outputLength: 16, limits: .minimum).count
        == 16)
  }

  @Test func presetsAreLibsodiumsLimits() {
    #expect(Argon2id.Limits.interactive == Argon2id.Limits(opsLimit: 2, memLimit: 64 << 20))
    #expect(Argon2id.Limits.moderate == Argon2id.Limits(opsLimit: 3, memLimit: 256 << 20))
    #expect(Argon2id.Limits.minimum == Argon2id.Limits(opsLimit: 1, memLimit: 8192))
  }

  @Test func badInputsAreRejected() {
    #expect(throws: CryptoError.invalidLength(parameter: "salt", allowed: 16...16, actual: 15)) {
      try Argon2id.deriveKey(
        passphrase: passphrase, salt: Array(salt.dropLast()), outputLength: 32, limits: .minimum)
    }
    #expect(throws: CryptoError.self) {
      try Argon2id.deriveKey(passphrase: passphrase, salt: salt, outputLength: 15, limits: .minimum)
    }
    #expect(
      throws: CryptoError.limitOutOfRange(
        parameter: "opsLimit", allowed: Argon2id.opsLimitRange, actual: 0)
    ) {
      try Argon2id.deriveKey(
        passphrase: passphrase, salt: salt, outputLength: 32, opsLimit: 0, memLimit: 8192)
    }
    #expect(
      throws: CryptoError.limitOutOfRange(
        parameter: "memLimit", allowed: Argon2id.memLimitRange, actual: 1024)
    ) {
      try Argon2id.deriveKey(
        passphrase: passphrase, salt: salt, outputLength: 32, opsLimit: 1, memLimit: 1024)
    }
  }
}
