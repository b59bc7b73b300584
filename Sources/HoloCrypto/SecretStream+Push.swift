import CSodium

extension SecretStream {
  /// The encrypting side of a secret stream.
  ///
  /// ```swift
  /// var push = try SecretStream.Push(key: key)
  /// send(push.header)
  /// send(try push.push(chunk))
  /// send(try push.push(lastChunk, final: true))
  /// ```
  public struct Push: ~Copyable {
    private let state: UnsafeMutablePointer<crypto_secretstream_xchacha20poly1305_state>

    /// The 24-byte header the pulling side needs, along with the key.
    public let header: [UInt8]

    /// Whether the final chunk has been pushed; no chunk may follow it.
    public private(set) var isFinished = false

    /// Starts a stream under a 32-byte `key`.
    public init(key: [UInt8]) throws(CryptoError) {
      try CryptoError.requireLength(key, SecretStream.keyLength, "key")
      Sodium.ensureInitialized()
      let state = SecretStream.allocateState()
      let header = key.withSodiumPointer { key, _ in
        [UInt8].sodiumOutput(count: SecretStream.headerLength) { out in
          crypto_secretstream_xchacha20poly1305_init_push(state, out, key)
        }
      }
      guard let header else {
        SecretStream.releaseState(state)
        preconditionFailure("crypto_secretstream_xchacha20poly1305_init_push cannot fail")
      }
      self.state = state
      self.header = header
    }

    deinit {
      SecretStream.releaseState(state)
    }

    /// Encrypts the next chunk; mark the last one `final`.
    ///
    /// `additionalData` is authenticated with this chunk but not encrypted. Pushing after the
    /// final chunk is ``CryptoError/streamFinished``.
    public mutating func push(
      _ chunk: [UInt8],
      final: Bool = false,
      additionalData: [UInt8] = []
    ) throws(CryptoError) -> [UInt8] {
      guard !isFinished else { throw .streamFinished }
      let tag =
        final
        ? crypto_secretstream_xchacha20poly1305_tag_final()
        : crypto_secretstream_xchacha20poly1305_tag_message()
      let state = state
      let cipher = chunk.withSodiumPointer { message, length in
        additionalData.withSodiumPointer { additional, additionalLength in
          [UInt8].sodiumOutput(count: length + SecretStream.overheadLength) { out in
            crypto_secretstream_xchacha20poly1305_push(
              state, out, nil, message, UInt64(length),
              additional, UInt64(additionalLength), tag)
          }
        }
      }
      guard let cipher else { preconditionFailure("secret stream chunk exceeds libsodium's limit") }
      isFinished = final
      return cipher
    }
  }
}
