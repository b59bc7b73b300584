// X25519 keys and XSalsa20-Poly1305 encryption, with keystore-held secrets (never in the guest).

@_extern(wasm, module: "env", name: "__hc__create_x25519_keypair_1") @_extern(c)
func __hc__create_x25519_keypair_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_salsa20_poly1305_shared_secret_create_random_1") @_extern(c)
func __hc__x_salsa20_poly1305_shared_secret_create_random_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_salsa20_poly1305_shared_secret_export_1") @_extern(c)
func __hc__x_salsa20_poly1305_shared_secret_export_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_salsa20_poly1305_shared_secret_ingest_1") @_extern(c)
func __hc__x_salsa20_poly1305_shared_secret_ingest_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_salsa20_poly1305_encrypt_1") @_extern(c)
func __hc__x_salsa20_poly1305_encrypt_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_salsa20_poly1305_decrypt_1") @_extern(c)
func __hc__x_salsa20_poly1305_decrypt_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_25519_x_salsa20_poly1305_encrypt_1") @_extern(c)
func __hc__x_25519_x_salsa20_poly1305_encrypt_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_25519_x_salsa20_poly1305_decrypt_1") @_extern(c)
func __hc__x_25519_x_salsa20_poly1305_decrypt_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__ed_25519_x_salsa20_poly1305_encrypt_1") @_extern(c)
func __hc__ed_25519_x_salsa20_poly1305_encrypt_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__ed_25519_x_salsa20_poly1305_decrypt_1") @_extern(c)
func __hc__ed_25519_x_salsa20_poly1305_decrypt_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

extension HostFn {
  /// `create_x25519_keypair`: `()` → ``X25519PubKey`` (the private half stays in the keystore).
  ///
  /// ```swift
  /// let mine = try HostFn.createX25519Keypair()
  /// ```
  public static func createX25519Keypair() throws(WasmError) -> X25519PubKey {
    try hostCall(__hc__create_x25519_keypair_1, Unit())
  }

  /// `x_salsa20_poly1305_shared_secret_create_random`: ``XSalsa20Poly1305KeyRef``? → ``XSalsa20Poly1305KeyRef``
  /// (a new random secret, stored under the given name or a generated one).
  ///
  /// ```swift
  /// let secret = try HostFn.xSalsa20Poly1305SharedSecretCreateRandom(nil)
  /// ```
  public static func xSalsa20Poly1305SharedSecretCreateRandom(
    _ keyRef: XSalsa20Poly1305KeyRef?
  ) throws(WasmError) -> XSalsa20Poly1305KeyRef {
    try hostCall(__hc__x_salsa20_poly1305_shared_secret_create_random_1, keyRef)
  }

  /// `x_salsa20_poly1305_shared_secret_export`: ``XSalsa20Poly1305SharedSecretExport`` →
  /// ``XSalsa20Poly1305EncryptedData`` (the secret boxed from `sender` to `recipient`).
  ///
  /// ```swift
  /// let boxed = try HostFn.xSalsa20Poly1305SharedSecretExport(
  ///   XSalsa20Poly1305SharedSecretExport(sender: mine, recipient: theirs, keyRef: secret))
  /// ```
  public static func xSalsa20Poly1305SharedSecretExport(
    _ input: XSalsa20Poly1305SharedSecretExport
  ) throws(WasmError) -> XSalsa20Poly1305EncryptedData {
    try hostCall(__hc__x_salsa20_poly1305_shared_secret_export_1, input)
  }

  /// `x_salsa20_poly1305_shared_secret_ingest`: ``XSalsa20Poly1305SharedSecretIngest`` →
  /// ``XSalsa20Poly1305KeyRef`` (unboxes a secret someone exported to us and stores it).
  ///
  /// ```swift
  /// let secret = try HostFn.xSalsa20Poly1305SharedSecretIngest(
  ///   XSalsa20Poly1305SharedSecretIngest(recipient: mine, sender: theirs, encryptedData: boxed))
  /// ```
  public static func xSalsa20Poly1305SharedSecretIngest(
    _ input: XSalsa20Poly1305SharedSecretIngest
  ) throws(WasmError) -> XSalsa20Poly1305KeyRef {
    try hostCall(__hc__x_salsa20_poly1305_shared_secret_ingest_1, input)
  }

  /// `x_salsa20_poly1305_encrypt`: ``XSalsa20Poly1305Encrypt`` → ``XSalsa20Poly1305EncryptedData``.
  ///
  /// ```swift
  /// let sealed = try HostFn.xSalsa20Poly1305Encrypt(XSalsa20Poly1305Encrypt(keyRef: secret, data: XSalsa20Poly1305Data(bytes)))
  /// ```
  public static func xSalsa20Poly1305Encrypt(
    _ input: XSalsa20Poly1305Encrypt
  ) throws(WasmError) -> XSalsa20Poly1305EncryptedData {
    try hostCall(__hc__x_salsa20_poly1305_encrypt_1, input)
  }

  /// `x_salsa20_poly1305_decrypt`: ``XSalsa20Poly1305Decrypt`` → ``XSalsa20Poly1305Data``? (`nil` when the
  /// data does not open with that secret).
  ///
  /// ```swift
  /// let plain = try HostFn.xSalsa20Poly1305Decrypt(XSalsa20Poly1305Decrypt(keyRef: secret, encryptedData: sealed))
  /// ```
  public static func xSalsa20Poly1305Decrypt(
    _ input: XSalsa20Poly1305Decrypt
  ) throws(WasmError) -> XSalsa20Poly1305Data? {
    try hostCall(__hc__x_salsa20_poly1305_decrypt_1, input)
  }

  /// `x_25519_x_salsa20_poly1305_encrypt`: ``X25519XSalsa20Poly1305Encrypt`` → ``XSalsa20Poly1305EncryptedData``.
  ///
  /// ```swift
  /// let sealed = try HostFn.x25519XSalsa20Poly1305Encrypt(
  ///   X25519XSalsa20Poly1305Encrypt(sender: mine, recipient: theirs, data: XSalsa20Poly1305Data(bytes)))
  /// ```
  public static func x25519XSalsa20Poly1305Encrypt(
    _ input: X25519XSalsa20Poly1305Encrypt
  ) throws(WasmError) -> XSalsa20Poly1305EncryptedData {
    try hostCall(__hc__x_25519_x_salsa20_poly1305_encrypt_1, input)
  }

  /// `x_25519_x_salsa20_poly1305_decrypt`: ``X25519XSalsa20Poly1305Decrypt`` → ``XSalsa20Poly1305Data``?
  ///
  /// ```swift
  /// let plain = try HostFn.x25519XSalsa20Poly1305Decrypt(
  ///   X25519XSalsa20Poly1305Decrypt(recipient: mine, sender: theirs, encryptedData: sealed))
  /// ```
  public static func x25519XSalsa20Poly1305Decrypt(
    _ input: X25519XSalsa20Poly1305Decrypt
  ) throws(WasmError) -> XSalsa20Poly1305Data? {
    try hostCall(__hc__x_25519_x_salsa20_poly1305_decrypt_1, input)
  }

  /// `ed_25519_x_salsa20_poly1305_encrypt`: ``Ed25519XSalsa20Poly1305Encrypt`` → ``XSalsa20Poly1305EncryptedData``
  /// (boxed between two agent keys).
  ///
  /// ```swift
  /// let sealed = try HostFn.ed25519XSalsa20Poly1305Encrypt(
  ///   Ed25519XSalsa20Poly1305Encrypt(sender: me, recipient: bob, data: XSalsa20Poly1305Data(bytes)))
  /// ```
  public static func ed25519XSalsa20Poly1305Encrypt(
    _ input: Ed25519XSalsa20Poly1305Encrypt
  ) throws(WasmError) -> XSalsa20Poly1305EncryptedData {
    try hostCall(__hc__ed_25519_x_salsa20_poly1305_encrypt_1, input)
  }

  /// `ed_25519_x_salsa20_poly1305_decrypt`: ``Ed25519XSalsa20Poly1305Decrypt`` → ``XSalsa20Poly1305Data``
  /// (not optional: Holochain fails the call when the box does not open).
  ///
  /// ```swift
  /// let plain = try HostFn.ed25519XSalsa20Poly1305Decrypt(
  ///   Ed25519XSalsa20Poly1305Decrypt(recipient: me, sender: alice, encryptedData: sealed))
  /// ```
  public static func ed25519XSalsa20Poly1305Decrypt(
    _ input: Ed25519XSalsa20Poly1305Decrypt
  ) throws(WasmError) -> XSalsa20Poly1305Data {
    try hostCall(__hc__ed_25519_x_salsa20_poly1305_decrypt_1, input)
  }
}
