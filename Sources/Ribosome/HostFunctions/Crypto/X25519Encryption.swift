import HoloCore
import Keystore

extension HostFunction {
  /// `create_x25519_keypair`: a new random X25519 key pair kept by the keystore; returns its public
  /// key.
  static let createX25519KeyPair = HostFunction.typed("create_x25519_keypair") {
    (context, _: Unit) throws(HostFunctionFailure) -> X25519PubKey in
    try context.require(.keystore, for: "create_x25519_keypair")
    let keystore = try context.requireKeystore(for: "create_x25519_keypair")
    do throws(KeystoreError) {
      return X25519PubKey(checked: try keystore.newX25519KeyPair())
    } catch {
      throw .keystore("create_x25519_keypair", error)
    }
  }

  /// `x_25519_x_salsa20_poly1305_encrypt`: boxes `data` (`crypto_box`, a random nonce) from
  /// `sender`, an X25519 key the keystore holds (made by `create_x25519_keypair`, or an agent's),
  /// to `recipient`.
  static let x25519Encrypt = HostFunction.typed("x_25519_x_salsa20_poly1305_encrypt") {
    (context, input: X25519XSalsa20Poly1305Encrypt) throws(HostFunctionFailure)
      -> XSalsa20Poly1305EncryptedData in
    let name = "x_25519_x_salsa20_poly1305_encrypt"
    try context.require(.keystore, for: name)
    let keystore = try context.requireKeystore(for: name)
    do throws(KeystoreError) {
      let (nonce, cipher) = try keystore.encrypt(
        fromX25519: input.sender.bytes, toX25519: input.recipient.bytes, message: input.data.bytes)
      return XSalsa20Poly1305EncryptedData(
        nonce: XSalsa20Poly1305Nonce(checked: nonce), encryptedData: cipher)
    } catch {
      throw .keystore(name, error)
    }
  }

  /// `x_25519_x_salsa20_poly1305_decrypt`: opens a box from `sender` to `recipient`, whose key the
  /// keystore holds. As in Holochain the answer is an `Option` that is always `Some`: an unknown
  /// key or a box that does not open is an error.
  static let x25519Decrypt = HostFunction.typed("x_25519_x_salsa20_poly1305_decrypt") {
    (context, input: X25519XSalsa20Poly1305Decrypt) throws(HostFunctionFailure)
      -> XSalsa20Poly1305Data? in
    let name = "x_25519_x_salsa20_poly1305_decrypt"
    try context.requireDeterministicKeystore(for: name)
    let keystore = try context.requireKeystore(for: name)
    do throws(KeystoreError) {
      return XSalsa20Poly1305Data(
        try keystore.decrypt(
          fromX25519: input.sender.bytes, toX25519: input.recipient.bytes,
          nonce: input.encryptedData.nonce.bytes, cipher: input.encryptedData.encryptedData))
    } catch {
      throw .keystore(name, error)
    }
  }
}
