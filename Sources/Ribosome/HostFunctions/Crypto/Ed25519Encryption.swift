import HoloCore
import Keystore

extension HostFunction {
  /// `ed_25519_x_salsa20_poly1305_encrypt`: boxes `data` from the agent key `sender`, which the
  /// keystore must hold, to the agent key `recipient`; both keys are taken to X25519 as lair does.
  static let ed25519Encrypt = HostFunction.typed("ed_25519_x_salsa20_poly1305_encrypt") {
    (context, input: Ed25519XSalsa20Poly1305Encrypt) throws(HostFunctionFailure)
      -> XSalsa20Poly1305EncryptedData in
    let name = "ed_25519_x_salsa20_poly1305_encrypt"
    try context.require(.keystore, for: name)
    let keystore = try context.requireKeystore(for: name)
    do throws(KeystoreError) {
      let (nonce, cipher) = try keystore.encrypt(
        fromEd25519: input.sender.core, toEd25519: input.recipient.core, message: input.data.bytes)
      return XSalsa20Poly1305EncryptedData(
        nonce: XSalsa20Poly1305Nonce(checked: nonce), encryptedData: cipher)
    } catch .unknownPublicKey {
      throw .host("\(name): the keystore holds no private key for the sender \(input.sender)")
    } catch {
      throw .keystore(name, error)
    }
  }

  /// `ed_25519_x_salsa20_poly1305_decrypt`: opens a box from the agent key `sender` to the agent
  /// key `recipient`, which the keystore must hold. As in Holochain the answer is the data itself:
  /// a box that does not open is an error.
  static let ed25519Decrypt = HostFunction.typed("ed_25519_x_salsa20_poly1305_decrypt") {
    (context, input: Ed25519XSalsa20Poly1305Decrypt) throws(HostFunctionFailure)
      -> XSalsa20Poly1305Data in
    let name = "ed_25519_x_salsa20_poly1305_decrypt"
    try context.requireDeterministicKeystore(for: name)
    let keystore = try context.requireKeystore(for: name)
    do throws(KeystoreError) {
      return XSalsa20Poly1305Data(
        try keystore.decrypt(
          fromEd25519: input.sender.core, toEd25519: input.recipient.core,
          nonce: input.encryptedData.nonce.bytes, cipher: input.encryptedData.encryptedData))
    } catch .unknownPublicKey {
      throw .host("\(name): the keystore holds no private key for the recipient \(input.recipient)")
    } catch {
      throw .keystore(name, error)
    }
  }
}
