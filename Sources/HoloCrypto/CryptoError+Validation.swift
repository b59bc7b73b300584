extension CryptoError {
  /// Throws ``invalidLength(parameter:allowed:actual:)`` unless `bytes` has exactly `count` bytes.
  static func requireLength(_ bytes: [UInt8], _ count: Int, _ parameter: String) throws(CryptoError)
  {
    try requireLength(bytes.count, in: count...count, parameter)
  }

  /// Throws ``invalidLength(parameter:allowed:actual:)`` unless `actual` lies in `allowed`.
  static func requireLength(
    _ actual: Int,
    in allowed: ClosedRange<Int>,
    _ parameter: String
  ) throws(CryptoError) {
    guard allowed.contains(actual) else {
      throw .invalidLength(parameter: parameter, allowed: allowed, actual: actual)
    }
  }

  /// Throws ``limitOutOfRange(parameter:allowed:actual:)`` unless `actual` lies in `allowed`.
  static func requireLimit(
    _ actual: Int,
    in allowed: ClosedRange<Int>,
    _ parameter: String
  ) throws(CryptoError) {
    guard allowed.contains(actual) else {
      throw .limitOutOfRange(parameter: parameter, allowed: allowed, actual: actual)
    }
  }
}
