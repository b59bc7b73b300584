import CSodium

/// Public-key authenticated encryption between two X25519 key pairs (`crypto_box_easy`:
/// X25519 key agreement, XSalsa20-Poly1305, 24-byte nonce).
///
/// The cipher text is the message plus a 16-byte MAC. Never reuse a nonce for the same pair of
/// keys; ``randomNonce()`` is safe to use for every message.
///
/// ```swift
/// let nonce = CryptoBox.randomNonce()
/// let cipher = try CryptoBox.seal(
///   message: plain, nonce: nonce, recipientPublicKey: bob.publicKey, sender: alice)
/// let opened = try CryptoBox.open(
///   cipher: cipher, nonce: nonce, senderPublicKey: alice.publicKey, recipient: bob)
/// ```
public enum CryptoBox {
  /// Length of a nonce, in bytes.
  public static let nonceLength = Int(crypto_box_noncebytes())
  /// Length of the authentication tag added to every message, in bytes.
  public static let macLength = Int(crypto_box_macbytes())

  /// Returns a fresh random 24-byte nonce.
  public static func randomNonce() -> [UInt8] {
    SecureRandom.bytes(nonceLength)
  }

  /// Encrypts and authenticates `message` from the sender's secret key to the recipient.
  ///
  /// A recipient key that cannot be used for key agreement is ``CryptoError/keyExchangeFailed``.
  public static func seal(
    message: [UInt8],
    nonce: [UInt8],
    recipientPublicKey: [UInt8],
    senderSecretKey: [UInt8]
  ) throws(CryptoError) -> [UInt8] {
    try CryptoError.requireLength(senderSecretKey, X25519KeyPair.secretKeyLength, "senderSecretKey")
    try validate(nonce: nonce, publicKey: recipientPublicKey, "recipientPublicKey")
    let cipher = senderSecretKey.withSodiumPointer { secret, _ in
      seal(message: message, nonce: nonce, publicKey: recipientPublicKey, secret: secret)
    }
    guard let cipher else { throw .keyExchangeFailed }
    return cipher
  }

  /// Encrypts and authenticates `message` from `sender` to the recipient.
  ///
  /// A recipient key that cannot be used for key agreement is ``CryptoError/keyExchangeFailed``.
  public static func seal(
    message: [UInt8],
    nonce: [UInt8],
    recipientPublicKey: [UInt8],
    sender: X25519KeyPair
  ) throws(CryptoError) -> [UInt8] {
    try validate(nonce: nonce, publicKey: recipientPublicKey, "recipientPublicKey")
    let cipher = sender.secret.withUnsafeBytes { secret in
      seal(
        message: message, nonce: nonce, publicKey: recipientPublicKey,
        secret: secret.baseAddress!.assumingMemoryBound(to: UInt8.self))
    }
    guard let cipher else { throw .keyExchangeFailed }
    return cipher
  }

  /// Verifies and decrypts `cipher` sent by the holder of `senderPublicKey`.
  ///
  /// A wrong key or altered data is ``CryptoError/authenticationFailed``.
  public static func open(
    cipher: [UInt8],
    nonce: [UInt8],
    senderPublicKey: [UInt8],
    recipientSecretKey: [UInt8]
  ) throws(CryptoError) -> [UInt8] {
    try CryptoError.requireLength(
      recipientSecretKey, X25519KeyPair.secretKeyLength, "recipientSecretKey")
    try validate(nonce: nonce, publicKey: senderPublicKey, "senderPublicKey")
    try CryptoError.requireLength(cipher.count, in: macLength...Int.max, "cipher")
    let message = recipientSecretKey.withSodiumPointer { secret, _ in
      open(cipher: cipher, nonce: nonce, publicKey: senderPublicKey, secret: secret)
    }
    guard let message else { throw .authenticationFailed }
    return message
  }

  /// Verifies and decrypts `cipher` sent to `recipient` by the holder of `senderPublicKey`.
  ///
  /// A wrong key or altered data is ``CryptoError/authenticationFailed``.
  public static func open(
    cipher: [UInt8],
    nonce: [UInt8],
    senderPublicKey: [UInt8],
    recipient: X25519KeyPair
  ) throws(CryptoError) -> [UInt8] {
    try validate(nonce: nonce, publicKey: senderPublicKey, "senderPublicKey")
    try CryptoError.requireLength(cipher.count, in: macLength...Int.max, "cipher")
    let message = recipient.secret.withUnsafeBytes { secret in
      open(
        cipher: cipher, nonce: nonce, publicKey: senderPublicKey,
        secret: secret.baseAddress!.assumingMemoryBound(to: UInt8.self))
    }
    guard let message else { throw .authenticationFailed }
    return message
  }

  private static func validate(
    nonce: [UInt8],
    publicKey: [UInt8],
    _ parameter: String
  ) throws(CryptoError) {
    try CryptoError.requireLength(nonce, nonceLength, "nonce")
    try CryptoError.requireLength(publicKey, X25519KeyPair.publicKeyLength, parameter)
  }

  /// `crypto_box_easy` on validated inputs; `nil` when key agreement is refused.
  private static func seal(
    message: [UInt8],
    nonce: [UInt8],
    publicKey: [UInt8],
    secret: UnsafePointer<UInt8>
  ) -> [UInt8]? {
    Sodium.ensureInitialized()
    return message.withSodiumPointer { message, length in
      nonce.withSodiumPointer { nonce, _ in
        publicKey.withSodiumPointer { publicKey, _ in
          [UInt8].sodiumOutput(count: length + macLength) { out in
            crypto_box_easy(out, message, UInt64(length), nonce, publicKey, secret)
          }
        }
      }
    }
  }

  /// `crypto_box_open_easy` on validated inputs; `nil` when authentication fails.
  private static func open(
    cipher: [UInt8],
    nonce: [UInt8],
    publicKey: [UInt8],
    secret: UnsafePointer<UInt8>
  ) -> [UInt8]? {
    Sodium.ensureInitialized()
    return cipher.withSodiumPointer { cipher, length in
      nonce.withSodiumPointer { nonce, _ in
        publicKey.withSodiumPointer { publicKey, _ in
          [UInt8].sodiumOutput(count: length - macLength) { out in
            crypto_box_open_easy(out, cipher, UInt64(length), nonce, publicKey, secret)
          }
        }
      }
    }
  }
}
