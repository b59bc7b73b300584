import HoloCore
import HoloCrypto

extension HostFunction {
  /// The most random bytes one call may ask for.
  static let randomBytesLimit: UInt32 = 10 << 20

  /// `random_bytes`: `count` bytes from the system's CSPRNG (libsodium).
  static let randomBytes = HostFunction.typed("random_bytes") { (context, count: UInt32) throws(HostFunctionFailure) in
    try context.require(.nonDeterministic, for: "random_bytes")
    guard count <= randomBytesLimit else {
      throw .host("random_bytes: \(count) bytes asked for, at most \(randomBytesLimit) allowed")
    }
    return SerializedBytes(bytes: SecureRandom.bytes(Int(count)))
  }
}
