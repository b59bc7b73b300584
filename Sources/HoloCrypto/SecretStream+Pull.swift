import CSodium

extension SecretStream {
  /// The decrypting side of a secret stream.
  ///
  /// Chunks must be pulled in the order they were pushed. Call ``finish()`` when the input
  /// runs out, to detect a stream cut short before its final chunk.
  ///
  /// ```swift
  /// var pull = try SecretStream.Pull(key: key, header: header)
  /// for chunk in chunks {
  ///   let (message, _) = try pull.pull(chunk)
  ///   consume(message)
  /// }
  /// try pull.finish()
  /// ```
  public struct Pull: ~Copyable {
    private let state: UnsafeMutablePointer<crypto_secretstream_xchacha20poly1305_state>

    /// Whether the final chunk has been pulled.
    public private(set) var isFinished = false

    /// Prepares to decrypt the stream that `header` starts, under a 32-byte `key`.
    public init(key: [UInt8], header: [UInt8]) throws(CryptoError) {
      try CryptoError.requireLength(key, SecretStream.keyLength, "key")
      try CryptoError.requireLength(header, SecretStream.headerLength, "header")
      Sodium.ensureInitialized()
      let state = SecretStream.allocateState()
      let status = key.withSodiumPointer { key, _ in
        header.withSodiumPointer { header, _ in
          crypto_secretstream_xchacha20poly1305_init_pull(state, header, key)
        }
      }
      guard status == 0 else {
        SecretStream.releaseState(state)
        throw .authenticationFailed
      }
      self.state = state
    }

    deinit {
      SecretStream.releaseState(state)
    }

    /// Verifies and decrypts the next chunk, telling whether it was the final one.
    ///
    /// An altered, reordered or foreign chunk is ``CryptoError/authenticationFailed`` (and
    /// leaves the stream where it was); a chunk after the final one is
    /// ``CryptoError/streamFinished``.
    public mutating func pull(
      _ chunk: [UInt8],
      additionalData: [UInt8] = []
    ) throws(CryptoError) -> (message: [UInt8], isFinal: Bool) {
      guard !isFinished else { throw .streamFinished }
      try CryptoError.requireLength(
        chunk.count, in: SecretStream.overheadLength...Int.max, "chunk")
      let state = state
      var tag: UInt8 = 0
      let message = chunk.withSodiumPointer { cipher, length in
        additionalData.withSodiumPointer { additional, additionalLength in
          [UInt8].sodiumOutput(count: length - SecretStream.overheadLength) { out in
            crypto_secretstream_xchacha20poly1305_pull(
              state, out, nil, &tag, cipher, UInt64(length),
              additional, UInt64(additionalLength))
          }
        }
      }
      guard let message else { throw .authenticationFailed }
      let isFinal = tag == crypto_secretstream_xchacha20poly1305_tag_final()
      isFinished = isFinal
      return (message, isFinal)
    }

    /// Declares the input exhausted; throws ``CryptoError/truncatedStream`` unless the final
    /// chunk was pulled.
    public func finish() throws(CryptoError) {
      guard isFinished else { throw .truncatedStream }
    }
  }
}
