import CSodium

/// Incremental BLAKE2b hashing, for input that arrives in pieces.
///
/// Feeding the pieces gives the same digest as ``Blake2b/hash(_:outputLength:)`` of their
/// concatenation.
///
/// ```swift
/// var hasher = try Blake2bHasher(outputLength: 32)
/// hasher.update(Array("ab".utf8))
/// hasher.update(Array("c".utf8))
/// let digest = hasher.finalize()
/// ```
public struct Blake2bHasher: ~Copyable {
  /// libsodium's hashing state, in memory aligned as its header demands (64 bytes).
  private let state: UnsafeMutableRawPointer
  private let stateSize: Int

  /// The number of bytes ``finalize()`` returns.
  public let outputLength: Int

  /// Starts a hash whose digest will have `outputLength` bytes (1 through 64).
  public init(outputLength: Int) throws(CryptoError) {
    try CryptoError.requireLength(outputLength, in: Blake2b.outputLengthRange, "outputLength")
    Sodium.ensureInitialized()
    let size = crypto_generichash_statebytes()
    let state = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 64)
    let status = crypto_generichash_init(
      OpaquePointer(state), nil, 0, outputLength)
    precondition(status == 0, "crypto_generichash_init refused a validated output length")
    self.state = state
    self.stateSize = size
    self.outputLength = outputLength
  }

  deinit {
    sodium_memzero(state, stateSize)
    state.deallocate()
  }

  /// Feeds the next piece of input.
  public mutating func update(_ data: [UInt8]) {
    let state = OpaquePointer(state)
    _ = data.withSodiumPointer { input, length in
      crypto_generichash_update(state, input, UInt64(length))
    }
  }

  /// Returns the digest of everything fed so far; the hasher is consumed.
  public consuming func finalize() -> [UInt8] {
    let state = OpaquePointer(state)
    let length = outputLength
    let output = [UInt8].sodiumOutput(count: length) { out in
      crypto_generichash_final(state, out, length)
    }
    guard let output else {
      preconditionFailure("crypto_generichash_final failed on a fresh state")
    }
    return output
  }
}
