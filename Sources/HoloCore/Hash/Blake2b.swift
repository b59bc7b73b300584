/// BLAKE2b (RFC 7693) in pure Swift, unkeyed, with any digest length from 1 to 64 bytes.
///
/// Guests hash in wasm (Holochain's HDI has no hashing host function), so this lives in HoloCore and
/// compiles as Embedded Swift. Hosts may use libsodium's for speed; tests check the two agree.
///
/// ```swift
/// let digest = Blake2b.hash([0x61, 0x62, 0x63], outputLength: 64)   // RFC 7693 Appendix A
/// var hasher = Blake2b(outputLength: 32)
/// hasher.update([1, 2, 3])
/// let same = hasher.finalize()
/// ```
public struct Blake2b: Sendable {
  /// The digest length in bytes (1…64).
  public let outputLength: Int
  private var state: [UInt64]
  private var buffer: [UInt8]
  private var bufferCount = 0
  private var counterLow: UInt64 = 0
  private var counterHigh: UInt64 = 0

  private static let blockSize = 128
  private static let iv: [UInt64] = [
    0x6a09_e667_f3bc_c908, 0xbb67_ae85_84ca_a73b, 0x3c6e_f372_fe94_f82b, 0xa54f_f53a_5f1d_36f1,
    0x510e_527f_ade6_82d1, 0x9b05_688c_2b3e_6c1f, 0x1f83_d9ab_fb41_bd6b, 0x5be0_cd19_137e_2179,
  ]
  private static let sigma: [[Int]] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
  ]

  /// Starts a hash with a digest of `outputLength` bytes (clamped to 1…64).
  public init(outputLength: Int) {
    let length = min(max(outputLength, 1), 64)
    self.outputLength = length
    state = Self.iv
    state[0] ^= 0x0101_0000 ^ UInt64(length)
    buffer = [UInt8](repeating: 0, count: Self.blockSize)
  }

  /// The digest of `data`, `outputLength` bytes long.
  public static func hash(_ data: some Collection<UInt8>, outputLength: Int) -> [UInt8] {
    var hasher = Blake2b(outputLength: outputLength)
    hasher.update(data)
    return hasher.finalize()
  }

  /// Feeds more input.
  public mutating func update(_ data: some Collection<UInt8>) {
    for byte in data {
      // The last block must be compressed with the final flag, so a full buffer waits for more input.
      if bufferCount == Self.blockSize {
        incrementCounter(by: UInt64(Self.blockSize))
        compress(isLast: false)
        bufferCount = 0
      }
      buffer[bufferCount] = byte
      bufferCount += 1
    }
  }

  /// Finishes the hash and returns the digest.
  public mutating func finalize() -> [UInt8] {
    incrementCounter(by: UInt64(bufferCount))
    for index in bufferCount..<Self.blockSize { buffer[index] = 0 }
    compress(isLast: true)
    var digest: [UInt8] = []
    digest.reserveCapacity(outputLength)
    for index in 0..<outputLength {
      digest.append(UInt8(truncatingIfNeeded: state[index / 8] >> (8 * UInt64(index % 8))))
    }
    return digest
  }

  private mutating func incrementCounter(by amount: UInt64) {
    let (sum, overflow) = counterLow.addingReportingOverflow(amount)
    counterLow = sum
    if overflow { counterHigh &+= 1 }
  }

  private mutating func compress(isLast: Bool) {
    var m = [UInt64](repeating: 0, count: 16)
    for word in 0..<16 {
      var value: UInt64 = 0
      for byte in (0..<8).reversed() { value = (value << 8) | UInt64(buffer[word * 8 + byte]) }
      m[word] = value
    }
    var v = state + Self.iv
    v[12] ^= counterLow
    v[13] ^= counterHigh
    if isLast { v[14] = ~v[14] }
    for round in 0..<12 {
      let s = Self.sigma[round % 10]
      Self.mix(&v, 0, 4, 8, 12, m[s[0]], m[s[1]])
      Self.mix(&v, 1, 5, 9, 13, m[s[2]], m[s[3]])
      Self.mix(&v, 2, 6, 10, 14, m[s[4]], m[s[5]])
      Self.mix(&v, 3, 7, 11, 15, m[s[6]], m[s[7]])
      Self.mix(&v, 0, 5, 10, 15, m[s[8]], m[s[9]])
      Self.mix(&v, 1, 6, 11, 12, m[s[10]], m[s[11]])
      Self.mix(&v, 2, 7, 8, 13, m[s[12]], m[s[13]])
      Self.mix(&v, 3, 4, 9, 14, m[s[14]], m[s[15]])
    }
    for index in 0..<8 { state[index] ^= v[index] ^ v[index + 8] }
  }

  @inline(__always)
  private static func mix(_ v: inout [UInt64], _ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: UInt64, _ y: UInt64) {
    v[a] = v[a] &+ v[b] &+ x
    v[d] = rotateRight(v[d] ^ v[a], 32)
    v[c] = v[c] &+ v[d]
    v[b] = rotateRight(v[b] ^ v[c], 24)
    v[a] = v[a] &+ v[b] &+ y
    v[d] = rotateRight(v[d] ^ v[a], 16)
    v[c] = v[c] &+ v[d]
    v[b] = rotateRight(v[b] ^ v[c], 63)
  }

  @inline(__always)
  private static func rotateRight(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value >> count) | (value << (64 - count))
  }
}
