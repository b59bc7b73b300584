import Foundation
public import HoloCrypto

/// Everything that can go wrong in a ``Keystore``.
///
/// ```swift
/// do {
///   let keystore = try Keystore.open(path: path, passphrase: passphrase)
/// } catch .wrongPassphrase {
///   // ask again; the file was left untouched
/// } catch {
///   // storage or corruption trouble
/// }
/// ```
public enum KeystoreError: Error {
  /// The passphrase does not unlock this keystore. Nothing was written.
  case wrongPassphrase
  /// A seed with this tag already exists.
  case duplicateTag(String)
  /// The same seed (same Ed25519 public key) is already stored, under the tag given here.
  case duplicateSeed(existingTag: String)
  /// No seed has this tag.
  case unknownTag(String)
  /// No seed has this public key (Ed25519 or X25519, depending on the call).
  case unknownPublicKey([UInt8])
  /// The seed with this tag was stored as not exportable.
  case notExportable(String)
  /// A cryptographic operation refused its input, or a cipher text failed to authenticate.
  case crypto(CryptoError)
  /// The file holds data that fails its own integrity checks; the reason says which.
  case corrupted(String)
  /// The keystore was closed with ``Keystore/close()``.
  case closed
  /// SQLite (through GRDB) failed; the underlying error is attached.
  case storage(any Error)
}

extension KeystoreError: CustomStringConvertible {
  /// A sentence saying what went wrong, for people (the CLI prints it).
  public var description: String {
    switch self {
    case .wrongPassphrase: return "the passphrase does not unlock this keystore (nothing was changed)"
    case .duplicateTag(let tag): return "the keystore already has a seed tagged \"\(tag)\""
    case .duplicateSeed(let existing): return "the keystore already holds this seed, tagged \"\(existing)\""
    case .unknownTag(let tag): return "the keystore has no seed tagged \"\(tag)\""
    case .unknownPublicKey(let key): return "the keystore has no seed with the public key \(key.map { String(format: "%02x", $0) }.joined())"
    case .notExportable(let tag): return "the seed tagged \"\(tag)\" was stored as not exportable"
    case .crypto(let error): return "a cryptographic operation failed: \(error)"
    case .corrupted(let reason): return "the keystore file is corrupted: \(reason)"
    case .closed: return "the keystore is closed"
    case .storage(let error): return "the keystore's database failed: \(error)"
    }
  }
}
