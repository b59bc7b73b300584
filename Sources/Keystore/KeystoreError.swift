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
