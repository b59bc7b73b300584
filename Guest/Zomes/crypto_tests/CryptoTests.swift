// The crypto test zome: one extern per signing or encryption host function, each forwarding its
// typed input to the host function and returning the host's answer, so host-side tests drive the
// real ABI. Host-side tests load `.build-guests/crypto_tests.wasm`.
import HDK

@_extern(wasm, module: "env", name: "__hc__sign_1") @_extern(c)
func hcSign(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__sign_ephemeral_1") @_extern(c)
func hcSignEphemeral(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__verify_signature_1") @_extern(c)
func hcVerifySignature(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__create_x25519_keypair_1") @_extern(c)
func hcCreateX25519Keypair(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_salsa20_poly1305_shared_secret_create_random_1")
@_extern(c)
func hcSharedSecretCreateRandom(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_salsa20_poly1305_shared_secret_export_1") @_extern(c)
func hcSharedSecretExport(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_salsa20_poly1305_shared_secret_ingest_1") @_extern(c)
func hcSharedSecretIngest(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_salsa20_poly1305_encrypt_1") @_extern(c)
func hcSecretBoxEncrypt(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_salsa20_poly1305_decrypt_1") @_extern(c)
func hcSecretBoxDecrypt(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_25519_x_salsa20_poly1305_encrypt_1") @_extern(c)
func hcX25519Encrypt(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__x_25519_x_salsa20_poly1305_decrypt_1") @_extern(c)
func hcX25519Decrypt(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__ed_25519_x_salsa20_poly1305_encrypt_1") @_extern(c)
func hcEd25519Encrypt(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__ed_25519_x_salsa20_poly1305_decrypt_1") @_extern(c)
func hcEd25519Decrypt(_ ptr: UInt32, _ len: UInt32) -> UInt64

/// `Sign` in, the `Signature` of `sign` out.
@_expose(wasm, "sign") @_cdecl("sign")
public func signExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: Sign) throws(WasmError) -> Signature in try hostCall(hcSign, input) }
}

/// `SignEphemeral` in, the `EphemeralSignatures` of `sign_ephemeral` out.
@_expose(wasm, "sign_ephemeral") @_cdecl("sign_ephemeral")
public func signEphemeralExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: SignEphemeral) throws(WasmError) -> EphemeralSignatures in
    try hostCall(hcSignEphemeral, input)
  }
}

/// `VerifySignature` in, the `bool` of `verify_signature` out.
@_expose(wasm, "verify_signature") @_cdecl("verify_signature")
public func verifySignatureExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: VerifySignature) throws(WasmError) -> Bool in
    try hostCall(hcVerifySignature, input)
  }
}

/// `()` in, the `X25519PubKey` of `create_x25519_keypair` out.
@_expose(wasm, "create_x25519_keypair") @_cdecl("create_x25519_keypair")
public func createX25519KeypairExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: Unit) throws(WasmError) -> X25519PubKey in
    try hostCall(hcCreateX25519Keypair, input)
  }
}

/// `Option<XSalsa20Poly1305KeyRef>` in, the key_ref of
/// `x_salsa20_poly1305_shared_secret_create_random` out.
@_expose(wasm, "x_salsa20_poly1305_shared_secret_create_random")
@_cdecl("x_salsa20_poly1305_shared_secret_create_random")
public func sharedSecretCreateRandomExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: XSalsa20Poly1305KeyRef?) throws(WasmError) -> XSalsa20Poly1305KeyRef in
    try hostCall(hcSharedSecretCreateRandom, input)
  }
}

/// `XSalsa20Poly1305SharedSecretExport` in, the boxed secret of
/// `x_salsa20_poly1305_shared_secret_export` out.
@_expose(wasm, "x_salsa20_poly1305_shared_secret_export")
@_cdecl("x_salsa20_poly1305_shared_secret_export")
public func sharedSecretExportExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) {
    (input: XSalsa20Poly1305SharedSecretExport) throws(WasmError) -> XSalsa20Poly1305EncryptedData
    in
    try hostCall(hcSharedSecretExport, input)
  }
}

/// `XSalsa20Poly1305SharedSecretIngest` in, the key_ref of
/// `x_salsa20_poly1305_shared_secret_ingest` out.
@_expose(wasm, "x_salsa20_poly1305_shared_secret_ingest")
@_cdecl("x_salsa20_poly1305_shared_secret_ingest")
public func sharedSecretIngestExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) {
    (input: XSalsa20Poly1305SharedSecretIngest) throws(WasmError) -> XSalsa20Poly1305KeyRef in
    try hostCall(hcSharedSecretIngest, input)
  }
}

/// `XSalsa20Poly1305Encrypt` in, the `XSalsa20Poly1305EncryptedData` of
/// `x_salsa20_poly1305_encrypt` out.
@_expose(wasm, "x_salsa20_poly1305_encrypt") @_cdecl("x_salsa20_poly1305_encrypt")
public func secretBoxEncryptExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) {
    (input: XSalsa20Poly1305Encrypt) throws(WasmError) -> XSalsa20Poly1305EncryptedData in
    try hostCall(hcSecretBoxEncrypt, input)
  }
}

/// `XSalsa20Poly1305Decrypt` in, the `Option<XSalsa20Poly1305Data>` of `x_salsa20_poly1305_decrypt`
/// out.
@_expose(wasm, "x_salsa20_poly1305_decrypt") @_cdecl("x_salsa20_poly1305_decrypt")
public func secretBoxDecryptExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: XSalsa20Poly1305Decrypt) throws(WasmError) -> XSalsa20Poly1305Data? in
    try hostCall(hcSecretBoxDecrypt, input)
  }
}

/// `X25519XSalsa20Poly1305Encrypt` in, the `XSalsa20Poly1305EncryptedData` of
/// `x_25519_x_salsa20_poly1305_encrypt` out.
@_expose(wasm, "x_25519_x_salsa20_poly1305_encrypt") @_cdecl("x_25519_x_salsa20_poly1305_encrypt")
public func x25519EncryptExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) {
    (input: X25519XSalsa20Poly1305Encrypt) throws(WasmError) -> XSalsa20Poly1305EncryptedData in
    try hostCall(hcX25519Encrypt, input)
  }
}

/// `X25519XSalsa20Poly1305Decrypt` in, the `Option<XSalsa20Poly1305Data>` of
/// `x_25519_x_salsa20_poly1305_decrypt` out.
@_expose(wasm, "x_25519_x_salsa20_poly1305_decrypt") @_cdecl("x_25519_x_salsa20_poly1305_decrypt")
public func x25519DecryptExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) {
    (input: X25519XSalsa20Poly1305Decrypt) throws(WasmError) -> XSalsa20Poly1305Data? in
    try hostCall(hcX25519Decrypt, input)
  }
}

/// `Ed25519XSalsa20Poly1305Encrypt` in, the `XSalsa20Poly1305EncryptedData` of
/// `ed_25519_x_salsa20_poly1305_encrypt` out.
@_expose(wasm, "ed_25519_x_salsa20_poly1305_encrypt") @_cdecl("ed_25519_x_salsa20_poly1305_encrypt")
public func ed25519EncryptExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) {
    (input: Ed25519XSalsa20Poly1305Encrypt) throws(WasmError) -> XSalsa20Poly1305EncryptedData in
    try hostCall(hcEd25519Encrypt, input)
  }
}

/// `Ed25519XSalsa20Poly1305Decrypt` in, the `XSalsa20Poly1305Data` of
/// `ed_25519_x_salsa20_poly1305_decrypt` out.
@_expose(wasm, "ed_25519_x_salsa20_poly1305_decrypt") @_cdecl("ed_25519_x_salsa20_poly1305_decrypt")
public func ed25519DecryptExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) {
    (input: Ed25519XSalsa20Poly1305Decrypt) throws(WasmError) -> XSalsa20Poly1305Data in
    try hostCall(hcEd25519Decrypt, input)
  }
}
