import CSodium

/// Chunked authenticated encryption (`crypto_secretstream_xchacha20poly1305`).
///
/// A ``Push`` encrypts a sequence of chunks under a 32-byte key and hands out a 24-byte header;
/// a ``Pull`` with the same key and header decrypts them in order. Reordered, altered or
/// dropped chunks fail to authenticate, and a stream that stops before its final chunk is
/// reported by ``Pull/finish()``.
///
/// ```swift
/// let key = SecretStream.generateKey()
/// var push = try SecretStream.Push(key: key)
/// let first = try push.push(Array("hello ".utf8))
/// let last = try push.push(Array("world".utf8), final: true)
///
/// var pull = try SecretStream.Pull(key: key, header: push.header)
/// let (hello, _) = try pull.pull(first)
/// let (world, isFinal) = try pull.pull(last)   // isFinal == true
/// try pull.finish()
/// ```
public enum SecretStream {
  /// Length of a key, in bytes.
  public static let keyLength = Int(crypto_secretstream_xchacha20poly1305_keybytes())
  /// Length of a stream header, in bytes.
  public static let headerLength = Int(crypto_secretstream_xchacha20poly1305_headerbytes())
  /// Bytes each encrypted chunk carries beyond its message (tag and MAC).
  public static let overheadLength = Int(crypto_secretstream_xchacha20poly1305_abytes())

  /// Returns a fresh random key.
  public static func generateKey() -> [UInt8] {
    SecureRandom.bytes(keyLength)
  }

  /// Encrypts `message` as a stream of one final chunk, returning the header and that chunk.
  ///
  /// `additionalData` is authenticated but not encrypted; ``open(header:cipher:key:additionalData:)``
  /// must be given the same bytes.
  public static func seal(
    message: [UInt8],
    key: [UInt8],
    additionalData: [UInt8] = []
  ) throws(CryptoError) -> (header: [UInt8], cipher: [UInt8]) {
    var push = try Push(key: key)
    let cipher = try push.push(message, final: true, additionalData: additionalData)
    return (push.header, cipher)
  }

  /// Decrypts a stream of one final chunk made by ``seal(message:key:additionalData:)``.
  ///
  /// A chunk that is not marked final is ``CryptoError/truncatedStream``.
  public static func open(
    header: [UInt8],
    cipher: [UInt8],
    key: [UInt8],
    additionalData: [UInt8] = []
  ) throws(CryptoError) -> [UInt8] {
    var pull = try Pull(key: key, header: header)
    let (message, _) = try pull.pull(cipher, additionalData: additionalData)
    try pull.finish()
    return message
  }
}

extension SecretStream {
  /// libsodium's stream state (key and nonce), in its own allocation so it is never copied
  /// and can be wiped.
  static func allocateState() -> UnsafeMutablePointer<crypto_secretstream_xchacha20poly1305_state> {
    let size = crypto_secretstream_xchacha20poly1305_statebytes()
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: size,
      alignment: MemoryLayout<crypto_secretstream_xchacha20poly1305_state>.alignment)
    raw.initializeMemory(as: UInt8.self, repeating: 0, count: size)
    return raw.bindMemory(to: crypto_secretstream_xchacha20poly1305_state.self, capacity: 1)
  }

  /// Wipes and frees a state made by ``allocateState()``.
  static func releaseState(
    _ state: UnsafeMutablePointer<crypto_secretstream_xchacha20poly1305_state>
  ) {
    sodium_memzero(state, crypto_secretstream_xchacha20poly1305_statebytes())
    state.deallocate()
  }
}
