extension Array where Element == UInt8 {
  /// Calls `body` with a pointer that is never null, even for an empty array.
  ///
  /// Some libsodium routines copy from their input with `memcpy`, for which a null source is
  /// undefined behaviour even at length zero; an empty array lends a pointer to a local byte.
  func withSodiumPointer<R>(_ body: (UnsafePointer<UInt8>, Int) -> R) -> R {
    if isEmpty {
      var placeholder: UInt8 = 0
      return withUnsafePointer(to: &placeholder) { body($0, 0) }
    }
    return withUnsafeBufferPointer { body($0.baseAddress!, $0.count) }
  }

  /// Creates `count` bytes filled by `body`, which returns libsodium's status code.
  ///
  /// Returns the bytes when `body` returned 0, and `nil` otherwise.
  static func sodiumOutput(
    count: Int,
    _ body: (UnsafeMutablePointer<UInt8>) -> Int32
  ) -> [UInt8]? {
    var status: Int32 = -1
    let bytes = [UInt8](unsafeUninitializedCapacity: Swift.max(count, 1)) { buffer, initialized in
      buffer.initialize(repeating: 0)
      status = body(buffer.baseAddress!)
      initialized = status == 0 ? count : 0
    }
    return status == 0 ? bytes : nil
  }
}
