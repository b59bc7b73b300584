import HoloCrypto
import Testing

@Suite struct KDFTests {
  let master = [UInt8](0..<32)

  /// Expected subkeys computed independently with Python's `hashlib.blake2b` (key = master,
  /// salt = little-endian id padded to 16 bytes, person = context padded to 16 bytes), which is
  /// how libsodium defines `crypto_kdf_derive_from_key`.
  @Test func matchesKeyedBlake2b() throws {
    #expect(
      try KDF.deriveSubkey(masterKey: master, subkeyId: 1, context: "HsSecBox", length: 32).hex
        == "0a7b0a4e7d2a24cdabc6298b1eb064a08884e4a5f912d3abeb7f61822372f96c")
    #expect(
      try KDF.deriveSubkey(masterKey: master, subkeyId: 2, context: "HsSecBox", length: 32).hex
        == "fa13dbafcabdac09268cd15ec2ef9fd937e52a96ce4d8f4b00864f3c3044b19f")
  }

  @Test func deterministicAndDistinctPerIdAndContext() throws {
    let master = SecureRandom.bytes(KDF.masterKeyLength)
    let one = try KDF.deriveSubkey(masterKey: master, subkeyId: 1, context: "context1", length: 32)
    #expect(
      one == (try KDF.deriveSubkey(masterKey: master, subkeyId: 1, context: "context1", length: 32))
    )
    #expect(
      one != (try KDF.deriveSubkey(masterKey: master, subkeyId: 2, context: "context1", length: 32))
    )
    #expect(
      one != (try KDF.deriveSubkey(masterKey: master, subkeyId: 1, context: "context2", length: 32))
    )
    #expect(
      try KDF.deriveSubkey(masterKey: master, subkeyId: .max, context: "context1", length: 64).count
        == 64)
  }

  @Test func badInputsAreRejected() {
    #expect(throws: CryptoError.invalidLength(parameter: "context", allowed: 8...8, actual: 7)) {
      try KDF.deriveSubkey(masterKey: master, subkeyId: 1, context: "7 bytes", length: 32)
    }
    #expect(throws: CryptoError.invalidLength(parameter: "masterKey", allowed: 32...32, actual: 31))
    {
      try KDF.deriveSubkey(
        masterKey: Array(master.dropLast()), subkeyId: 1, context: "8 bytes!", length: 32)
    }
    #expect(throws: CryptoError.invalidLength(parameter: "length", allowed: 16...64, actual: 65)) {
      try KDF.deriveSubkey(masterKey: master, subkeyId: 1, context: "8 bytes!", length: 65)
    }
  }
}
