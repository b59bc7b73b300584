public import HoloCore

/// What a summary holds for one bucket: how many ops fell in it and the XOR of their hash cores. Two peers
/// holding the same ops in a bucket hold equal buckets; the XOR is self-inverse, so an op added twice cancels
/// out of it, which the count catches.
public struct Bucket: Hashable, Sendable {
  /// How many ops fell in the bucket.
  public var count: UInt64
  /// The XOR of their 32-byte hash cores.
  public var xor: HashXor

  /// A bucket (`count` 0 and a zero XOR is an empty one).
  public init(count: UInt64 = 0, xor: HashXor = HashXor()) {
    self.count = count
    self.xor = xor
  }

  /// Counts one more op and XORs in its hash.
  @inline(__always)
  public mutating func add(_ hash: DhtOpHash) {
    count += 1
    xor.combine(hash)
  }
}
