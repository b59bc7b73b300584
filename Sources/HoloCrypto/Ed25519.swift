import CSodium

/// Ed25519 sizes and signature verification (`crypto_sign_*`).
///
/// ```swift
/// let keys = try Ed25519KeyPair(seed: seed)
/// let signature = keys.sign(message)
/// let ok = Ed25519.verify(signature: signature, message: message, publicKey: keys.publicKey)
/// ```
public enum Ed25519 {
  /// Length of a seed (the RFC 8032 "secret key"), in bytes.
  public static let seedLength = Int(crypto_sign_seedbytes())
  /// Length of a public key, in bytes.
  public static let publicKeyLength = Int(crypto_sign_publickeybytes())
  /// Length of libsodium's expanded secret key (seed followed by public key), in bytes.
  public static let secretKeyLength = Int(crypto_sign_secretkeybytes())
  /// Length of a detached signature, in bytes.
  public static let signatureLength = Int(crypto_sign_bytes())

  /// Tells whether `signature` is a valid signature of `message` by `publicKey`.
  ///
  /// A signature or public key of the wrong length is simply not valid: the answer is `false`.
  public static func verify(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
    guard signature.count == signatureLength, publicKey.count == publicKeyLength else {
      return false
    }
    Sodium.ensureInitialized()
    let status = signature.withSodiumPointer { signature, _ in
      publicKey.withSodiumPointer { publicKey, _ in
        message.withSodiumPointer { message, length in
          crypto_sign_verify_detached(signature, message, UInt64(length), publicKey)
        }
      }
    }
    return status == 0
  }
}
