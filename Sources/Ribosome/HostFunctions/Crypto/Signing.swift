import HoloCore
import HoloCrypto
import Keystore

extension HostFunction {
  /// `sign`: signs `data` (the bytes exactly as given: the HDK's `sign` passes the msgpack of its
  /// payload, `sign_raw` raw bytes) with the private key of `key`, which the keystore must hold.
  static let sign = HostFunction.typed("sign") {
    (context, input: Sign) throws(HostFunctionFailure) -> Signature in
    try context.require(.keystore, for: "sign")
    let keystore = try context.requireKeystore(for: "sign")
    do throws(KeystoreError) {
      return Signature(
        checked: try keystore.sign(publicKey: input.key.core, message: input.data.bytes))
    } catch .unknownPublicKey {
      throw .host("sign: the keystore holds no private key for \(input.key)")
    } catch {
      throw .keystore("sign", error)
    }
  }

  /// `sign_ephemeral`: signs each of `datas` with a key pair made for this call and forgotten after
  /// it, and returns that key with one signature per input, in order. The keystore is not used, but
  /// as in Holochain the call needs keystore access.
  static let signEphemeral = HostFunction.typed("sign_ephemeral") {
    (context, input: SignEphemeral) throws(HostFunctionFailure) -> EphemeralSignatures in
    try context.require(.keystore, for: "sign_ephemeral")
    let keyPair = Ed25519KeyPair.generate()
    let signatures = input.datas.map { Signature(checked: keyPair.sign($0.bytes)) }
    return EphemeralSignatures(key: AgentPubKey(core: keyPair.publicKey), signatures: signatures)
  }

  /// `verify_signature`: whether `signature` is `key`'s signature of `data`. A wrong or tampered
  /// signature is `false`, never an error. Pure: allowed wherever deterministic keystore access is
  /// (validation included).
  static let verifySignature = HostFunction.typed("verify_signature") {
    (context, input: VerifySignature) throws(HostFunctionFailure) -> Bool in
    try context.requireDeterministicKeystore(for: "verify_signature")
    return Ed25519.verify(
      signature: input.signature.bytes, message: input.data, publicKey: input.key.core)
  }
}
