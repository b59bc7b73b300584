import HoloCore

extension HostFunction {
  /// The signing and encryption host functions this host implements (sign, verify_signature, the
  /// x25519/xsalsa20poly1305 family), merged into ``HostFunctionTable/holochain``.
  static var cryptoFunctions: [HostFunction] {
    [
      .sign, .signEphemeral, .verifySignature,
      .createX25519KeyPair, .x25519Encrypt, .x25519Decrypt,
      .ed25519Encrypt, .ed25519Decrypt,
      .sharedSecretCreateRandom, .sharedSecretExport, .sharedSecretIngest, .sharedSecretEncrypt,
      .sharedSecretDecrypt,
    ]
  }
}
