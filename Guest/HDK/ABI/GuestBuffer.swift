// Moving bytes across the boundary: a guest buffer is (ptr, len) in linear memory, packed into one u64
// as `(ptr << 32) | len` when it is returned.

/// Packs a buffer's address and length the way holochain_wasmer returns them: `(ptr << 32) | len`.
///
/// ```swift
/// packGuestBuffer(0x1000, 5) == 0x0000_1000_0000_0005
/// ```
public func packGuestBuffer(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  UInt64(ptr) << 32 | UInt64(len)
}

/// Copies `bytes` into a fresh heap allocation that the receiver (the host) will free.
///
/// ```swift
/// let (ptr, len) = leakToHost([0xc0])
/// ```
public func leakToHost(_ bytes: [UInt8]) -> (ptr: UInt32, len: UInt32) {
  let pointer = runtimeMalloc(bytes.count)
  bytes.withUnsafeBytes { source in
    if let base = source.baseAddress, let pointer { pointer.copyMemory(from: base, byteCount: source.count) }
  }
  return (guestAddress(pointer), UInt32(truncatingIfNeeded: bytes.count))
}

/// Copies the `len` bytes at `ptr` out of linear memory and frees the allocation (which the guest owns).
///
/// ```swift
/// let input = takeFromHost(ptr, len)
/// ```
public func takeFromHost(_ ptr: UInt32, _ len: UInt32) -> [UInt8] {
  guard let pointer = UnsafeMutableRawPointer(bitPattern: UInt(ptr)) else { return [] }
  let bytes = [UInt8](UnsafeRawBufferPointer(start: pointer, count: Int(len)))
  runtimeFree(pointer)
  return bytes
}
