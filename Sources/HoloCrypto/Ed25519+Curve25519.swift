import CSodium

extension Ed25519 {
  /// Converts an Ed25519 public key to the X25519 (Curve25519) public key of the same key pair
  /// (`crypto_sign_ed25519_pk_to_curve25519`), so a signing key can receive a ``CryptoBox``.
  ///
  /// For a seed, the result equals the public key of `X25519KeyPair(seed:)`: lair boxes to agent
  /// keys this way (`crypto_box_xsalsa_by_sign_pub_key`). A key of the wrong length is
  /// ``CryptoError/invalidLength(parameter:allowed:actual:)``; 32 bytes that are not a valid
  /// Ed25519 point are ``CryptoError/keyExchangeFailed``.
  ///
  /// ```swift
  /// let boxKey = try Ed25519.curve25519PublicKey(fromEd25519: agent.publicKey)
  /// ```
  public static func curve25519PublicKey(fromEd25519 publicKey: [UInt8]) throws(CryptoError)
    -> [UInt8]
  {
    try CryptoError.requireLength(publicKey, publicKeyLength, "publicKey")
    Sodium.ensureInitialized()
    let converted = publicKey.withSodiumPointer { publicKey, _ in
      [UInt8].sodiumOutput(count: X25519KeyPair.publicKeyLength) { out in
        crypto_sign_ed25519_pk_to_curve25519(out, publicKey)
      }
    }
    guard let converted else { throw .keyExchangeFailed }
    return converted
  }
}
