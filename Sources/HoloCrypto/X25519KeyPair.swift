import CSodium

/// An X25519 key pair for ``CryptoBox``, derived from a 32-byte seed (`crypto_box_seed_keypair`).
///
/// The secret key is the first 32 bytes of SHA-512(seed), the derivation lair uses for its
/// X25519 keys, so one seed yields both an ``Ed25519KeyPair`` and an `X25519KeyPair`.
///
/// ```swift
/// let alice = try X25519KeyPair(seed: seed)
/// let cipher = try CryptoBox.seal(
///   message: plain, nonce: nonce, recipientPublicKey: bobPublicKey, sender: alice)
/// ```
public final class X25519KeyPair: Sendable {
  /// Length of a seed, in bytes.
  public static let seedLength = Int(crypto_box_seedbytes())
  /// Length of a public key, in bytes.
  public static let publicKeyLength = Int(crypto_box_publickeybytes())
  /// Length of a secret key, in bytes.
  public static let secretKeyLength = Int(crypto_box_secretkeybytes())

  /// The 32-byte public key.
  public let publicKey: [UInt8]
  /// The 32-byte secret key, wiped when the key pair is released.
  let secret: SecureBytes

  /// A copy of the 32-byte secret key; prefer the APIs that take the key pair itself.
  public var secretKey: [UInt8] { secret.copyBytes() }

  /// Derives the key pair of a 32-byte `seed`.
  public init(seed: [UInt8]) throws(CryptoError) {
    try CryptoError.requireLength(seed, Self.seedLength, "seed")
    Sodium.ensureInitialized()
    var publicKey = [UInt8](repeating: 0, count: Self.publicKeyLength)
    var status: Int32 = -1
    secret = SecureBytes(count: Self.secretKeyLength) { secret in
      status = publicKey.withUnsafeMutableBufferPointer { publicOut in
        seed.withSodiumPointer { seed, _ in
          crypto_box_seed_keypair(
            publicOut.baseAddress!,
            secret.baseAddress!.assumingMemoryBound(to: UInt8.self),
            seed)
        }
      }
    }
    precondition(status == 0, "crypto_box_seed_keypair cannot fail on a 32-byte seed")
    self.publicKey = publicKey
  }

  /// Creates a key pair from a fresh random seed.
  public static func generate() -> X25519KeyPair {
    var seed = SecureRandom.bytes(seedLength)
    defer { SecureBytes.zero(&seed) }
    do {
      return try X25519KeyPair(seed: seed)
    } catch {
      preconditionFailure("a random seed has the right length")
    }
  }
}
