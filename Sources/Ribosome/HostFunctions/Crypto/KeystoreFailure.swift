import HoloCore
import HoloCrypto
import Keystore

extension ZomeCallContext {
  /// Fails unless the call may use the keystore functions Holochain counts as deterministic
  /// (`keystore_deterministic`: `verify_signature` and the decrypt functions), which validation
  /// may use as well as zome calls.
  func requireDeterministicKeystore(for function: String) throws(HostFunctionFailure) {
    try require(.keystoreDeterministic, for: function)
  }
}

extension HostFunctionFailure {
  /// A host error for a keystore failure in `function`, in words a zome developer can act on.
  static func keystore(
    _ function: String, _ error: KeystoreError, file: StaticString = #fileID, line: UInt = #line
  ) -> HostFunctionFailure {
    .host("\(function): \(KeystoreFailure.describe(error))", file: file, line: line)
  }
}

/// Words for ``KeystoreError``s as guests see them.
enum KeystoreFailure {
  /// What went wrong, in one sentence.
  static func describe(_ error: KeystoreError) -> String {
    switch error {
    case .unknownPublicKey(let key):
      "the keystore holds no private key for the public key \(hex(key))"
    case .unknownTag(let tag):
      "the keystore holds no shared secret with the key_ref whose base64 is \(tag)"
    case .duplicateTag(let tag):
      "the keystore already holds a shared secret with the key_ref whose base64 is \(tag)"
    case .crypto(.authenticationFailed):
      "the encrypted data does not open with these keys (a wrong key, or altered data)"
    case .crypto(.keyExchangeFailed):
      "a public key cannot be used for encryption (it is not a valid curve point)"
    case .crypto(.invalidLength(let parameter, let allowed, let actual)):
      "\(parameter) must be \(lengths(allowed)) bytes long, not \(actual)"
    case .crypto(let error):
      "a cryptographic operation failed: \(error)"
    case .closed:
      "the keystore is closed"
    case .corrupted(let reason):
      "the keystore is corrupted: \(reason)"
    case .storage(let cause):
      "the keystore could not read or write its file: \(cause)"
    case .wrongPassphrase, .duplicateSeed, .notExportable:
      "the keystore refused: \(error)"
    }
  }

  private static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  private static func lengths(_ allowed: ClosedRange<Int>) -> String {
    if allowed.lowerBound == allowed.upperBound { return "\(allowed.lowerBound)" }
    if allowed.upperBound == Int.max { return "at least \(allowed.lowerBound)" }
    return "\(allowed.lowerBound)…\(allowed.upperBound)"
  }
}
