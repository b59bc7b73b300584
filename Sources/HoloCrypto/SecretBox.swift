import CSodium

/// Secret-key authenticated encryption (`crypto_secretbox_easy`: XSalsa20-Poly1305 with a
/// 32-byte key and a 24-byte nonce).
///
/// ```swift
/// let key = SecureRandom.bytes(SecretBox.keyLength)
/// let nonce = SecretBox.randomNonce()
/// let cipher = try SecretBox.seal(message: plain, nonce: nonce, key: key)
/// let opened = try SecretBox.open(cipher: cipher, nonce: nonce, key: key)
/// ```
public enum SecretBox {
  /// Length of a key, in bytes.
  public static let keyLength = Int(crypto_secretbox_keybytes())
  /// Length of a nonce, in bytes.
  public static let nonceLength = Int(crypto_secretbox_noncebytes())
  /// Length of the authentication tag added to every message, in bytes.
  public static let macLength = Int(crypto_secretbox_macbytes())

  /// Returns a fresh random 24-byte nonce.
  public static func randomNonce() -> [UInt8] {
    SecureRandom.bytes(nonceLength)
  }

  /// Encrypts and authenticates `message`; the result is 16 bytes longer.
  public static func seal(message: [UInt8], nonce: [UInt8], key: [UInt8]) throws(CryptoError)
    -> [UInt8]
  {
    try CryptoError.requireLength(nonce, nonceLength, "nonce")
    try CryptoError.requireLength(key, keyLength, "key")
    Sodium.ensureInitialized()
    let cipher = message.withSodiumPointer { message, length in
      nonce.withSodiumPointer { nonce, _ in
        key.withSodiumPointer { key, _ in
          [UInt8].sodiumOutput(count: length + macLength) { out in
            crypto_secretbox_easy(out, message, UInt64(length), nonce, key)
          }
        }
      }
    }
    guard let cipher else { preconditionFailure("crypto_secretbox_easy cannot fail") }
    return cipher
  }

  /// Verifies and decrypts `cipher`; a wrong key or altered data is ``CryptoError/authenticationFailed``.
  public static func open(cipher: [UInt8], nonce: [UInt8], key: [UInt8]) throws(CryptoError)
    -> [UInt8]
  {
    try CryptoError.requireLength(nonce, nonceLength, "nonce")
    try CryptoError.requireLength(key, keyLength, "key")
    try CryptoError.requireLength(cipher.count, in: macLength...Int.max, "cipher")
    Sodium.ensureInitialized()
    let message = cipher.withSodiumPointer { cipher, length in
      nonce.withSodiumPointer { nonce, _ in
        key.withSodiumPointer { key, _ in
          [UInt8].sodiumOutput(count: length - macLength) { out in
            crypto_secretbox_open_easy(out, cipher, UInt64(length), nonce, key)
          }
        }
      }
    }
    guard let message else { throw .authenticationFailed }
    return message
  }
}
