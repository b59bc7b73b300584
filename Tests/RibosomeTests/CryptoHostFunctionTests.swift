import Foundation
import HoloCore
import HoloCrypto
import Keystore
import Ribosome
import Testing

/// The signing and encryption host functions, called by a real wasm guest
/// (`Guest/Zomes/crypto_tests`, each extern forwarding its input to one host function) against a
/// real keystore.
@Suite struct CryptoHostFunctionTests {
  let cell: CryptoCell

  init() throws {
    cell = try CryptoCell()
  }

  // MARK: Signing

  @Test func signThenVerify() throws {
    let data = "a post".msgpackBytes()
    let signature = try cell.call(
      "sign", Sign(key: cell.agent, data: Bytes(data)), as: Signature.self)
    #expect(Ed25519.verify(signature: signature.bytes, message: data, publicKey: cell.agent.core))
    let verify = VerifySignature(key: cell.agent, signature: signature, data: data)
    #expect(try cell.call("verify_signature", verify, as: Bool.self))
  }

  @Test func verifyTamperedIsFalse() throws {
    let data: [UInt8] = [1, 2, 3, 4]
    let signature = try cell.call(
      "sign", Sign(key: cell.agent, data: Bytes(data)), as: Signature.self)
    var flipped = signature.bytes
    flipped[10] ^= 0x40
    let tampered = [
      VerifySignature(key: cell.agent, signature: Signature(checked: flipped), data: data),
      VerifySignature(key: cell.agent, signature: signature, data: [1, 2, 3, 5]),
      VerifySignature(
        key: AgentPubKey(core: Ed25519KeyPair.generate().publicKey), signature: signature,
        data: data),
    ]
    for input in tampered {
      #expect(try !cell.call("verify_signature", input, as: Bool.self))
    }
  }

  @Test func signWithAnUnknownKeyFails() throws {
    let stranger = AgentPubKey(core: Ed25519KeyPair.generate().publicKey)
    let message = try cell.hostError("sign", Sign(key: stranger, data: Bytes([1])))
    #expect(message.hasPrefix("sign: the keystore holds no private key for \(stranger)"))
  }

  @Test func signEphemeralSignaturesVerifyUnderTheReturnedKey() throws {
    let datas: [[UInt8]] = [[], [1], Array(repeating: 7, count: 300)]
    let first = try cell.call(
      "sign_ephemeral", SignEphemeral(datas.map(Bytes.init)), as: EphemeralSignatures.self)
    #expect(first.signatures.count == 3)
    for (data, signature) in zip(datas, first.signatures) {
      #expect(Ed25519.verify(signature: signature.bytes, message: data, publicKey: first.key.core))
      let verify = VerifySignature(key: first.key, signature: signature, data: data)
      #expect(try cell.call("verify_signature", verify, as: Bool.self))
    }
    let second = try cell.call(
      "sign_ephemeral", SignEphemeral([Bytes([1])]), as: EphemeralSignatures.self)
    #expect(second.key != first.key && second.key != cell.agent)
    // The ephemeral key was never stored: it cannot sign again.
    _ = try cell.hostError("sign", Sign(key: first.key, data: Bytes([1])))
  }

  // MARK: X25519

  @Test func x25519KeyPairsEncryptAndDecrypt() throws {
    let alice = try cell.call("create_x25519_keypair", Unit(), as: X25519PubKey.self)
    let bob = try cell.call("create_x25519_keypair", Unit(), as: X25519PubKey.self)
    #expect(alice != bob)
    let message = XSalsa20Poly1305Data(Array("for bob only".utf8))
    let sealed = try cell.call(
      "x_25519_x_salsa20_poly1305_encrypt",
      X25519XSalsa20Poly1305Encrypt(sender: alice, recipient: bob, data: message),
      as: XSalsa20Poly1305EncryptedData.self)
    #expect(sealed.encryptedData.count == message.bytes.count + 16)
    let opened = try cell.call(
      "x_25519_x_salsa20_poly1305_decrypt",
      X25519XSalsa20Poly1305Decrypt(recipient: bob, sender: alice, encryptedData: sealed),
      as: XSalsa20Poly1305Data?.self)
    #expect(opened == message)

    // The wrong recipient, the wrong sender, an altered box: an error (Holochain's too), never a
    // crash.
    let wrongKeys = [
      X25519XSalsa20Poly1305Decrypt(recipient: alice, sender: alice, encryptedData: sealed),
      X25519XSalsa20Poly1305Decrypt(recipient: bob, sender: bob, encryptedData: sealed),
    ]
    for input in wrongKeys {
      let error = try cell.hostError("x_25519_x_salsa20_poly1305_decrypt", input)
      #expect(error.contains("does not open"))
    }
    var altered = sealed.encryptedData
    altered[altered.count - 1] ^= 1
    _ = try cell.hostError(
      "x_25519_x_salsa20_poly1305_decrypt",
      X25519XSalsa20Poly1305Decrypt(
        recipient: bob, sender: alice,
        encryptedData: XSalsa20Poly1305EncryptedData(nonce: sealed.nonce, encryptedData: altered)))
    let stranger = X25519PubKey(checked: X25519KeyPair.generate().publicKey)
    let unknown = try cell.hostError(
      "x_25519_x_salsa20_poly1305_encrypt",
      X25519XSalsa20Poly1305Encrypt(sender: stranger, recipient: bob, data: message))
    #expect(unknown.contains("holds no private key"))
  }

  @Test func aWrongLengthKeyIsADeserializeError() throws {
    var writer = MsgPackWriter()
    writer.writeMapHeader(3)
    writer.write("sender" as StaticString)
    writer.writeBinary([UInt8](repeating: 1, count: 31))
    writer.write("recipient" as StaticString)
    writer.writeBinary([UInt8](repeating: 2, count: 32))
    writer.write("data" as StaticString)
    writer.writeBinary([3])
    let payload = ExternIO(bytes: writer.bytes)
    #expect {
      try cell.ribosome.call(
        zome: "crypto_tests", function: "x_25519_x_salsa20_poly1305_encrypt",
        payload: payload, context: cell.context())
    } throws: { error in
      guard case RibosomeError.guest(let wasmError) = error, case .deserialize = wasmError.error
      else { return false }
      return true
    }
  }

  // MARK: Ed25519

  @Test func ed25519EncryptAndDecryptBetweenAgents() throws {
    let bob = AgentPubKey(
      core: try cell.keystore.newSeed(tag: "bob", exportable: false).ed25519PublicKey)
    let message = XSalsa20Poly1305Data([0, 1, 2, 250])
    let sealed = try cell.call(
      "ed_25519_x_salsa20_poly1305_encrypt",
      Ed25519XSalsa20Poly1305Encrypt(sender: cell.agent, recipient: bob, data: message),
      as: XSalsa20Poly1305EncryptedData.self)
    let opened = try cell.call(
      "ed_25519_x_salsa20_poly1305_decrypt",
      Ed25519XSalsa20Poly1305Decrypt(recipient: bob, sender: cell.agent, encryptedData: sealed),
      as: XSalsa20Poly1305Data.self)
    #expect(opened == message)

    let wrongSender = try cell.hostError(
      "ed_25519_x_salsa20_poly1305_decrypt",
      Ed25519XSalsa20Poly1305Decrypt(recipient: bob, sender: bob, encryptedData: sealed))
    #expect(wrongSender.contains("does not open"))
    let stranger = AgentPubKey(core: Ed25519KeyPair.generate().publicKey)
    let unknown = try cell.hostError(
      "ed_25519_x_salsa20_poly1305_decrypt",
      Ed25519XSalsa20Poly1305Decrypt(recipient: stranger, sender: cell.agent, encryptedData: sealed)
    )
    #expect(unknown.contains("no private key for the recipient \(stranger)"))
  }

  // MARK: Shared secrets

  @Test func sharedSecretsEncryptAndDecrypt() throws {
    let generated = try cell.call(
      "x_salsa20_poly1305_shared_secret_create_random", XSalsa20Poly1305KeyRef?.none,
      as: XSalsa20Poly1305KeyRef.self)
    #expect(generated.bytes.count == 32)
    let named = XSalsa20Poly1305KeyRef(Array("team".utf8))
    #expect(
      try cell.call(
        "x_salsa20_poly1305_shared_secret_create_random", named, as: XSalsa20Poly1305KeyRef.self)
        == named)
    let duplicate = try cell.hostError("x_salsa20_poly1305_shared_secret_create_random", named)
    #expect(duplicate.contains("already holds"))

    let message = XSalsa20Poly1305Data(Array("team news".utf8))
    let sealed = try cell.call(
      "x_salsa20_poly1305_encrypt", XSalsa20Poly1305Encrypt(keyRef: named, data: message),
      as: XSalsa20Poly1305EncryptedData.self)
    #expect(
      try cell.call(
        "x_salsa20_poly1305_decrypt", XSalsa20Poly1305Decrypt(keyRef: named, encryptedData: sealed),
        as: XSalsa20Poly1305Data?.self) == message)

    // As in Holochain, a secret that does not open the data, or no such secret, is `None`.
    var altered = sealed.encryptedData
    altered[0] ^= 1
    let failures = [
      XSalsa20Poly1305Decrypt(keyRef: generated, encryptedData: sealed),
      XSalsa20Poly1305Decrypt(keyRef: XSalsa20Poly1305KeyRef([9]), encryptedData: sealed),
      XSalsa20Poly1305Decrypt(
        keyRef: named,
        encryptedData: XSalsa20Poly1305EncryptedData(nonce: sealed.nonce, encryptedData: altered)),
    ]
    for input in failures {
      #expect(
        try cell.call("x_salsa20_poly1305_decrypt", input, as: XSalsa20Poly1305Data?.self) == nil)
    }
    let unknown = try cell.hostError(
      "x_salsa20_poly1305_encrypt",
      XSalsa20Poly1305Encrypt(keyRef: XSalsa20Poly1305KeyRef([9]), data: message))
    #expect(unknown.contains("no shared secret"))
  }

  @Test func exportThenIngestIntoASecondKeystore() throws {
    let other = try CryptoCell()
    let sender = try cell.call("create_x25519_keypair", Unit(), as: X25519PubKey.self)
    let recipient = try other.call("create_x25519_keypair", Unit(), as: X25519PubKey.self)
    let keyRef = try cell.call(
      "x_salsa20_poly1305_shared_secret_create_random", XSalsa20Poly1305KeyRef?.none,
      as: XSalsa20Poly1305KeyRef.self)

    let exported = try cell.call(
      "x_salsa20_poly1305_shared_secret_export",
      XSalsa20Poly1305SharedSecretExport(sender: sender, recipient: recipient, keyRef: keyRef),
      as: XSalsa20Poly1305EncryptedData.self)
    #expect(exported.encryptedData.count == 48)
    let ingested = try other.call(
      "x_salsa20_poly1305_shared_secret_ingest",
      XSalsa20Poly1305SharedSecretIngest(
        recipient: recipient, sender: sender, encryptedData: exported),
      as: XSalsa20Poly1305KeyRef.self)
    #expect(ingested.bytes.count == 32 && ingested != keyRef)

    let message = XSalsa20Poly1305Data(Array("shared".utf8))
    let sealed = try cell.call(
      "x_salsa20_poly1305_encrypt", XSalsa20Poly1305Encrypt(keyRef: keyRef, data: message),
      as: XSalsa20Poly1305EncryptedData.self)
    let opened = try other.call(
      "x_salsa20_poly1305_decrypt",
      XSalsa20Poly1305Decrypt(keyRef: ingested, encryptedData: sealed),
      as: XSalsa20Poly1305Data?.self)
    #expect(opened == message)

    // Claiming the wrong sender, or ingesting where the recipient key is not held, fails cleanly.
    let wrongSender = try other.hostError(
      "x_salsa20_poly1305_shared_secret_ingest",
      XSalsa20Poly1305SharedSecretIngest(
        recipient: recipient, sender: recipient, encryptedData: exported,
        keyRef: XSalsa20Poly1305KeyRef([1])))
    #expect(wrongSender.contains("does not open"))
    let notHeld = try cell.hostError(
      "x_salsa20_poly1305_shared_secret_ingest",
      XSalsa20Poly1305SharedSecretIngest(
        recipient: recipient, sender: sender, encryptedData: exported))
    #expect(notHeld.contains("holds no private key"))
  }

  // MARK: Access

  @Test func callsWithoutKeystoreAccessAreRefused() throws {
    let noAccess = cell.context(access: .none)
    for function in ["sign", "verify_signature"] {
      let input: any MsgPackEncodable =
        function == "sign"
        ? Sign(key: cell.agent, data: Bytes([1]))
        : VerifySignature(
          key: cell.agent, signature: Signature(checked: [UInt8](repeating: 0, count: 64)),
          data: [1])
      let message = try cell.hostError(function, input, context: noAccess)
      #expect(message.contains("\(function) is not allowed"))
    }
    _ = try cell.hostError("create_x25519_keypair", Unit(), context: noAccess)
    _ = try cell.hostError(
      "x_salsa20_poly1305_shared_secret_create_random", XSalsa20Poly1305KeyRef?.none,
      context: noAccess)

    // Validation may verify (Holochain's keystore_deterministic) but not sign.
    let validation = cell.context(access: .validation)
    let signature = try cell.call(
      "sign", Sign(key: cell.agent, data: Bytes([1])), as: Signature.self)
    let verify = VerifySignature(key: cell.agent, signature: signature, data: [1])
    #expect(try cell.call("verify_signature", verify, as: Bool.self, context: validation))
    _ = try cell.hostError("sign", Sign(key: cell.agent, data: Bytes([1])), context: validation)

    // Keystore access but no keystore: a clear error.
    let noKeystore = cell.context(keystore: false)
    let missing = try cell.hostError(
      "sign", Sign(key: cell.agent, data: Bytes([1])), context: noKeystore)
    #expect(missing.contains("needs the keystore"))
  }
}

/// A cell whose agent key is a seed in a keystore of its own (a fresh temporary directory), running
/// `crypto_tests.wasm`.
final class CryptoCell: Sendable {
  let directory: URL
  let keystore: Keystore
  let agent: AgentPubKey
  let ribosome: Ribosome

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "CryptoHostFunctionTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    keystore = try Keystore.open(
      path: directory.appendingPathComponent("keystore.sqlite").path,
      passphrase: Array("test".utf8),
      limits: .minimum)
    agent = AgentPubKey(
      core: try keystore.newSeed(tag: "agent", exportable: false).ed25519PublicKey)
    ribosome = try Self.loadRibosome()
  }

  deinit {
    try? keystore.close()
    try? FileManager.default.removeItem(at: directory)
  }

  /// A call context for this cell's agent.
  func context(access: HostAccess = .zomeCall, keystore withKeystore: Bool = true)
    -> ZomeCallContext
  {
    let dna = DnaDef(
      name: "crypto", modifiers: DnaModifiers(networkSeed: ""), integrityZomes: [],
      coordinatorZomes: [])
    return ZomeCallContext(
      cell: CellId(dnaHash: dna.hash(), agent: agent), dna: DnaLayout(def: dna, zomes: []),
      zomeName: "crypto_tests", functionName: "crypto_test", provenance: agent, access: access,
      keystore: withKeystore ? keystore : nil)
  }

  /// Calls `function` of the guest with `input` and decodes its output as `Output`.
  func call<Output: MsgPackDecodable>(
    _ function: String, _ input: some MsgPackEncodable, as _: Output.Type,
    context: ZomeCallContext? = nil
  ) throws -> Output {
    try ribosome.call(
      zome: "crypto_tests", function: function, payload: ExternIO(encoding: input),
      context: context ?? self.context()
    ).decode(Output.self)
  }

  /// Calls `function`, expects the host function to fail, and returns its message.
  func hostError(
    _ function: String, _ input: any MsgPackEncodable, context: ZomeCallContext? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    do throws(RibosomeError) {
      let output = try ribosome.call(
        zome: "crypto_tests", function: function, payload: ExternIO(encoding: input),
        context: context ?? self.context())
      Issue.record("\(function) succeeded with \(output.bytes)", sourceLocation: sourceLocation)
    } catch .guest(let error) {
      if case .host(let message) = error.error { return message }
      Issue.record(
        "\(function) failed with \(error.error), not a host error", sourceLocation: sourceLocation)
    } catch {
      Issue.record("\(function) failed with \(error)", sourceLocation: sourceLocation)
    }
    return ""
  }

  /// The parsed guest, shared by every cell (parsing is the slow part in debug builds).
  private static func loadRibosome() throws -> Ribosome {
    try shared.get()
  }

  private static let shared: Result<Ribosome, any Error> = Result {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "../../.build-guests/crypto_tests.wasm"
    ).standardized.path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GuestMissing(path: path)
    }
    return try Ribosome(
      zomes: ["crypto_tests": [UInt8](data)],
      configuration: RibosomeConfiguration(fuelPerCall: 50_000_000, memoryLimitBytes: 32 << 20, callDeadline: nil))
  }

  struct GuestMissing: Error, CustomStringConvertible {
    let path: String
    var description: String { "\(path) is missing: run `make zomes` (make test does)" }
  }
}
