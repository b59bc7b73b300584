import CSodium

/// An Ed25519 signing key pair derived from a 32-byte seed (`crypto_sign_seed_keypair`).
///
/// The seed is what RFC 8032 calls the secret key. The expanded secret key stays in
/// ``SecureBytes`` and is wiped when the key pair is released.
///
/// ```swift
/// let keys = try Ed25519KeyPair(seed: SecureRandom.bytes(32))
/// let signature = keys.sign(Array("hello".utf8))   // 64 bytes
/// ```
public final class Ed25519KeyPair: Sendable {
  /// The 32-byte public key.
  public let publicKey: [UInt8]
  /// libsodium's 64-byte secret key: the seed followed by the public key.
  private let secretKey: SecureBytes

  /// Derives the key pair of a 32-byte `seed`.
  public init(seed: [UInt8]) throws(CryptoError) {
    try CryptoError.requireLength(seed, Ed25519.seedLength, "seed")
    Sodium.ensureInitialized()
    var publicKey = [UInt8](repeating: 0, count: Ed25519.publicKeyLength)
    var status: Int32 = -1
    secretKey = SecureBytes(count: Ed25519.secretKeyLength) { secret in
      status = publicKey.withUnsafeMutableBufferPointer { publicOut in
        seed.withSodiumPointer { seed, _ in
          crypto_sign_seed_keypair(
            publicOut.baseAddress!,
            secret.baseAddress!.assumingMemoryBound(to: UInt8.self),
            seed)
        }
      }
    }
    precondition(status == 0, "crypto_sign_seed_keypair cannot fail on a 32-byte seed")
    self.publicKey = publicKey
  }

  /// Creates a key pair from a fresh random seed.
  public static func generate() -> Ed25519KeyPair {
    var seed = SecureRandom.bytes(Ed25519.seedLength)
    defer { SecureBytes.zero(&seed) }
    do {
      return try Ed25519KeyPair(seed: seed)
    } catch {
      preconditionFailure("a random seed has the right length")
    }
  }

  /// Signs `message`, returning a 64-byte detached signature.
  public func sign(_ message: [UInt8]) -> [UInt8] {
    let signature = secretKey.withUnsafeBytes { secret in
      message.withSodiumPointer { message, length in
        [UInt8].sodiumOutput(count: Ed25519.signatureLength) { out in
          crypto_sign_detached(
            out, nil, message, UInt64(length),
            secret.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
      }
    }
    guard let signature else { preconditionFailure("crypto_sign_detached cannot fail") }
    return signature
  }
}
