// Ed25519 signatures with the agent's keys or a throwaway key.

@_extern(wasm, module: "env", name: "__hc__sign_1") @_extern(c)
func __hc__sign_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__sign_ephemeral_1") @_extern(c)
func __hc__sign_ephemeral_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__verify_signature_1") @_extern(c)
func __hc__verify_signature_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

extension HostFn {
  /// `sign`: ``Sign`` → ``Signature`` (by the keystore, with the private key of `key`).
  ///
  /// ```swift
  /// let signature = try HostFn.sign(Sign(key: me, data: Bytes([1, 2, 3])))
  /// ```
  public static func sign(_ input: Sign) throws(WasmError) -> Signature {
    try hostCall(__hc__sign_1, input)
  }

  /// `sign_ephemeral`: ``SignEphemeral`` → ``EphemeralSignatures`` (a fresh key, discarded after signing).
  ///
  /// ```swift
  /// let signed = try HostFn.signEphemeral(SignEphemeral([Bytes([1]), Bytes([2])]))
  /// ```
  public static func signEphemeral(_ input: SignEphemeral) throws(WasmError) -> EphemeralSignatures {
    try hostCall(__hc__sign_ephemeral_1, input)
  }

  /// `verify_signature`: ``VerifySignature`` → `bool`.
  ///
  /// ```swift
  /// let ok = try HostFn.verifySignature(VerifySignature(key: me, signature: signature, data: [1, 2, 3]))
  /// ```
  public static func verifySignature(_ input: VerifySignature) throws(WasmError) -> Bool {
    try hostCall(__hc__verify_signature_1, input)
  }
}
