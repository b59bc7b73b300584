import HoloCore
import Keystore

private typealias KeyRef = XSalsa20Poly1305KeyRef
private typealias EncryptedData = XSalsa20Poly1305EncryptedData
private typealias PlainData = XSalsa20Poly1305Data
private typealias SharedSecretExport = XSalsa20Poly1305SharedSecretExport
private let createRandomName = "x_salsa20_poly1305_shared_secret_create_random"

extension HostFunction {
  /// `x_salsa20_poly1305_shared_secret_create_random`: a new random shared secret in the keystore,
  /// under the given key_ref or, for `None`, a made-up one of 32 random characters; returns the
  /// key_ref. A key_ref already in use is an error.
  static let sharedSecretCreateRandom = HostFunction.typed(createRandomName) {
    (context, input: KeyRef?) throws(HostFunctionFailure) -> KeyRef in
    let name = createRandomName
    try context.require(.keystore, for: name)
    let keystore = try context.requireKeystore(for: name)
    let keyRef = input ?? KeyRef.random()
    do throws(KeystoreError) {
      try keystore.newSharedSecret(tag: keyRef.keystoreTag)
      return keyRef
    } catch {
      throw .keystore(name, error)
    }
  }

  /// `x_salsa20_poly1305_shared_secret_export`: boxes the shared secret `key_ref` from `sender` (an
  /// X25519 key the keystore holds) to `recipient`, who can ingest it.
  static let sharedSecretExport = HostFunction.typed("x_salsa20_poly1305_shared_secret_export") {
    (context, input: SharedSecretExport) throws(HostFunctionFailure) -> EncryptedData in
    let name = "x_salsa20_poly1305_shared_secret_export"
    try context.require(.keystore, for: name)
    let keystore = try context.requireKeystore(for: name)
    do throws(KeystoreError) {
      let (nonce, cipher) = try keystore.exportSharedSecret(
        tag: input.keyRef.keystoreTag, senderX25519: input.sender.bytes,
        recipientX25519: input.recipient.bytes)
      return EncryptedData(nonce: XSalsa20Poly1305Nonce(checked: nonce), encryptedData: cipher)
    } catch {
      throw .keystore(name, error)
    }
  }

  /// `x_salsa20_poly1305_shared_secret_ingest`: opens a shared secret exported from `sender` to
  /// `recipient` (an X25519 key the keystore holds) and stores it under `key_ref`, or a made-up
  /// one; returns the key_ref.
  static let sharedSecretIngest = HostFunction.typed("x_salsa20_poly1305_shared_secret_ingest") {
    (context, input: XSalsa20Poly1305SharedSecretIngest) throws(HostFunctionFailure) -> KeyRef in
    let name = "x_salsa20_poly1305_shared_secret_ingest"
    try context.require(.keystore, for: name)
    let keystore = try context.requireKeystore(for: name)
    let keyRef = input.keyRef ?? KeyRef.random()
    do throws(KeystoreError) {
      try keystore.importSharedSecret(
        tag: keyRef.keystoreTag, senderX25519: input.sender.bytes,
        recipientX25519: input.recipient.bytes, nonce: input.encryptedData.nonce.bytes,
        cipher: input.encryptedData.encryptedData)
      return keyRef
    } catch {
      throw .keystore(name, error)
    }
  }

  /// `x_salsa20_poly1305_encrypt`: encrypts `data` with the shared secret `key_ref`
  /// (`crypto_secretbox`, a random nonce).
  static let sharedSecretEncrypt = HostFunction.typed("x_salsa20_poly1305_encrypt") {
    (context, input: XSalsa20Poly1305Encrypt) throws(HostFunctionFailure) -> EncryptedData in
    let name = "x_salsa20_poly1305_encrypt"
    try context.require(.keystore, for: name)
    let keystore = try context.requireKeystore(for: name)
    do throws(KeystoreError) {
      let (nonce, cipher) = try keystore.encrypt(
        sharedSecret: input.keyRef.keystoreTag, message: input.data.bytes)
      return EncryptedData(nonce: XSalsa20Poly1305Nonce(checked: nonce), encryptedData: cipher)
    } catch {
      throw .keystore(name, error)
    }
  }

  /// `x_salsa20_poly1305_decrypt`: decrypts with the shared secret `key_ref`. As in Holochain every
  /// keystore failure (an unknown key_ref, data that does not open) is `None`, not an error.
  static let sharedSecretDecrypt = HostFunction.typed("x_salsa20_poly1305_decrypt") {
    (context, input: XSalsa20Poly1305Decrypt) throws(HostFunctionFailure) -> PlainData? in
    let name = "x_salsa20_poly1305_decrypt"
    try context.requireDeterministicKeystore(for: name)
    let keystore = try context.requireKeystore(for: name)
    do throws(KeystoreError) {
      return PlainData(
        try keystore.decrypt(
          sharedSecret: input.keyRef.keystoreTag, nonce: input.encryptedData.nonce.bytes,
          cipher: input.encryptedData.encryptedData))
    } catch {
      return nil
    }
  }
}
