// Signing and encryption (hdk's `ed25519` and `x_salsa20_poly1305` modules). Keys and secrets stay in the
// host's keystore; the guest names them.

/// Signs `data`'s msgpack with `key`'s private key (hdk's `sign`).
///
/// ```swift
/// let signature = try sign(me, post)
/// ```
public func sign<D: MsgPackEncodable>(_ key: AgentPubKey, _ data: D) throws(WasmError) -> Signature {
  try HostFn.sign(Sign(key: key, data: Bytes(data.msgpackBytes())))
}

/// Signs raw bytes with `key`'s private key (hdk's `sign_raw`).
///
/// ```swift
/// let signature = try signRaw(me, [1, 2, 3])
/// ```
public func signRaw(_ key: AgentPubKey, _ data: [UInt8]) throws(WasmError) -> Signature {
  try HostFn.sign(Sign(key: key, data: Bytes(data)))
}

/// Signs each value's msgpack with a throwaway key (hdk's `sign_ephemeral`).
///
/// ```swift
/// let signed = try signEphemeral([first, second])
/// ```
public func signEphemeral<D: MsgPackEncodable>(_ datas: [D]) throws(WasmError) -> EphemeralSignatures {
  var bytes: [Bytes] = []
  for data in datas { bytes.append(Bytes(data.msgpackBytes())) }
  return try HostFn.signEphemeral(SignEphemeral(bytes))
}

/// Signs each byte string with a throwaway key (hdk's `sign_ephemeral_raw`).
///
/// ```swift
/// let signed = try signEphemeralRaw([[1], [2]])
/// ```
public func signEphemeralRaw(_ datas: [[UInt8]]) throws(WasmError) -> EphemeralSignatures {
  var bytes: [Bytes] = []
  for data in datas { bytes.append(Bytes(data)) }
  return try HostFn.signEphemeral(SignEphemeral(bytes))
}

/// Whether `signature` is `key`'s signature of `data`'s msgpack (hdi's `verify_signature`; deterministic,
/// so validation may use it).
///
/// ```swift
/// guard try verifySignature(author, signature, post) else { return .invalid("bad signature") }
/// ```
public func verifySignature<D: MsgPackEncodable>(
  _ key: AgentPubKey, _ signature: Signature, _ data: D
) throws(WasmError) -> Bool {
  try HostFn.verifySignature(VerifySignature(key: key, signature: signature, data: data.msgpackBytes()))
}

/// Whether `signature` is `key`'s signature of the raw bytes `data` (hdi's `verify_signature_raw`).
///
/// ```swift
/// let ok = try verifySignatureRaw(author, signature, [1, 2, 3])
/// ```
public func verifySignatureRaw(_ key: AgentPubKey, _ signature: Signature, _ data: [UInt8]) throws(WasmError) -> Bool {
  try HostFn.verifySignature(VerifySignature(key: key, signature: signature, data: data))
}

/// A new X25519 keypair in the keystore; returns its public key (hdk's `create_x25519_keypair`).
///
/// ```swift
/// let mine = try createX25519Keypair()
/// ```
public func createX25519Keypair() throws(WasmError) -> X25519PubKey { try HostFn.createX25519Keypair() }

/// Encrypts `data` from `sender`'s X25519 keypair to `recipient` (hdk's `x_25519_x_salsa20_poly1305_encrypt`).
///
/// ```swift
/// let sealed = try x25519Encrypt(from: mine, to: theirs, Array("hi".utf8))
/// ```
public func x25519Encrypt(
  from sender: X25519PubKey, to recipient: X25519PubKey, _ data: [UInt8]
) throws(WasmError) -> XSalsa20Poly1305EncryptedData {
  try HostFn.x25519XSalsa20Poly1305Encrypt(
    X25519XSalsa20Poly1305Encrypt(sender: sender, recipient: recipient, data: XSalsa20Poly1305Data(data)))
}

/// Decrypts what `sender` encrypted to `recipient`; `nil` when it does not open (hdi's
/// `x_25519_x_salsa20_poly1305_decrypt`).
///
/// ```swift
/// let plain = try x25519Decrypt(to: mine, from: theirs, sealed)
/// ```
public func x25519Decrypt(
  to recipient: X25519PubKey, from sender: X25519PubKey, _ encrypted: XSalsa20Poly1305EncryptedData
) throws(WasmError) -> [UInt8]? {
  try HostFn.x25519XSalsa20Poly1305Decrypt(
    X25519XSalsa20Poly1305Decrypt(recipient: recipient, sender: sender, encryptedData: encrypted))?.bytes
}

/// Encrypts `data` from one agent key to another (hdk's `ed_25519_x_salsa20_poly1305_encrypt`).
///
/// ```swift
/// let sealed = try ed25519Encrypt(from: me, to: bob, Array("hi".utf8))
/// ```
public func ed25519Encrypt(
  from sender: AgentPubKey, to recipient: AgentPubKey, _ data: [UInt8]
) throws(WasmError) -> XSalsa20Poly1305EncryptedData {
  try HostFn.ed25519XSalsa20Poly1305Encrypt(
    Ed25519XSalsa20Poly1305Encrypt(sender: sender, recipient: recipient, data: XSalsa20Poly1305Data(data)))
}

/// Decrypts what `sender` encrypted to the agent key `recipient` (hdi's `ed_25519_x_salsa20_poly1305_decrypt`;
/// fails when it does not open).
///
/// ```swift
/// let plain = try ed25519Decrypt(to: me, from: alice, sealed)
/// ```
public func ed25519Decrypt(
  to recipient: AgentPubKey, from sender: AgentPubKey, _ encrypted: XSalsa20Poly1305EncryptedData
) throws(WasmError) -> [UInt8] {
  try HostFn.ed25519XSalsa20Poly1305Decrypt(
    Ed25519XSalsa20Poly1305Decrypt(recipient: recipient, sender: sender, encryptedData: encrypted)).bytes
}

/// A new random shared secret in the keystore, under `keyRef` or a generated name (hdk's
/// `x_salsa20_poly1305_shared_secret_create_random`).
///
/// ```swift
/// let secret = try sharedSecretCreateRandom()
/// ```
public func sharedSecretCreateRandom(_ keyRef: XSalsa20Poly1305KeyRef? = nil) throws(WasmError) -> XSalsa20Poly1305KeyRef {
  try HostFn.xSalsa20Poly1305SharedSecretCreateRandom(keyRef)
}

/// The shared secret `keyRef`, boxed from `sender` to `recipient` (hdk's
/// `x_salsa20_poly1305_shared_secret_export`).
///
/// ```swift
/// let boxed = try sharedSecretExport(secret, from: mine, to: theirs)
/// ```
public func sharedSecretExport(
  _ keyRef: XSalsa20Poly1305KeyRef, from sender: X25519PubKey, to recipient: X25519PubKey
) throws(WasmError) -> XSalsa20Poly1305EncryptedData {
  try HostFn.xSalsa20Poly1305SharedSecretExport(
    XSalsa20Poly1305SharedSecretExport(sender: sender, recipient: recipient, keyRef: keyRef))
}

/// Unboxes a shared secret `sender` exported to `recipient` and stores it (hdk's
/// `x_salsa20_poly1305_shared_secret_ingest`).
///
/// ```swift
/// let secret = try sharedSecretIngest(boxed, to: mine, from: theirs)
/// ```
public func sharedSecretIngest(
  _ encrypted: XSalsa20Poly1305EncryptedData, to recipient: X25519PubKey, from sender: X25519PubKey,
  as keyRef: XSalsa20Poly1305KeyRef? = nil
) throws(WasmError) -> XSalsa20Poly1305KeyRef {
  try HostFn.xSalsa20Poly1305SharedSecretIngest(
    XSalsa20Poly1305SharedSecretIngest(recipient: recipient, sender: sender, encryptedData: encrypted, keyRef: keyRef))
}

/// Encrypts `data` with the shared secret `keyRef` (hdk's `x_salsa20_poly1305_encrypt`).
///
/// ```swift
/// let sealed = try secretBoxEncrypt(secret, Array("hi".utf8))
/// ```
public func secretBoxEncrypt(
  _ keyRef: XSalsa20Poly1305KeyRef, _ data: [UInt8]
) throws(WasmError) -> XSalsa20Poly1305EncryptedData {
  try HostFn.xSalsa20Poly1305Encrypt(XSalsa20Poly1305Encrypt(keyRef: keyRef, data: XSalsa20Poly1305Data(data)))
}

/// Decrypts with the shared secret `keyRef`; `nil` when it does not open (hdi's `x_salsa20_poly1305_decrypt`).
///
/// ```swift
/// let plain = try secretBoxDecrypt(secret, sealed)
/// ```
public func secretBoxDecrypt(
  _ keyRef: XSalsa20Poly1305KeyRef, _ encrypted: XSalsa20Poly1305EncryptedData
) throws(WasmError) -> [UInt8]? {
  try HostFn.xSalsa20Poly1305Decrypt(XSalsa20Poly1305Decrypt(keyRef: keyRef, encryptedData: encrypted))?.bytes
}
