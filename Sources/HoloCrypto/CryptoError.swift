/// Everything that can go wrong in HoloCrypto: bad input sizes, bad limits, failed authentication.
///
/// The set is closed, so every throwing HoloCrypto function uses `throws(CryptoError)`:
///
/// ```swift
/// do {
///   let plain = try SecretBox.open(cipher: cipher, nonce: nonce, key: key)
/// } catch .authenticationFailed {
///   // wrong key, or the cipher text was altered
/// } catch {
///   // a wrong-sized nonce or key
/// }
/// ```
public enum CryptoError: Error, Equatable, Sendable {
  /// An input (`parameter`) had `actual` bytes where a length in `allowed` was required.
  case invalidLength(parameter: String, allowed: ClosedRange<Int>, actual: Int)
  /// A numeric parameter (such as an Argon2id limit) was outside the range libsodium accepts.
  case limitOutOfRange(parameter: String, allowed: ClosedRange<Int>, actual: Int)
  /// A cipher text, MAC or signature did not authenticate: wrong key, or altered data.
  case authenticationFailed
  /// A Diffie–Hellman exchange was refused, typically because a public key has small order.
  case keyExchangeFailed
  /// Key derivation could not run (Argon2id could not allocate its memory).
  case keyDerivationFailed
  /// A secret stream was used after its final chunk.
  case streamFinished
  /// A secret stream ended before its final chunk: it was truncated.
  case truncatedStream
}
