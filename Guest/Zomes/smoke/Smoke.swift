// The ABI smoke-test zome: one extern per behaviour a host must handle (values, errors, traps, endless
// loops, memory exhaustion, host calls, heap reuse). Host-side tests load `.build-guests/smoke.wasm`.
import HDK

/// `String` in, the same `String` out.
@_expose(wasm, "echo") @_cdecl("echo")
public func echo(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (text: String) throws(WasmError) -> String in text }
}

/// `[a, b]` (two i64) in, `a + b` out; `Err(Guest)` for another count or on overflow.
@_expose(wasm, "add") @_cdecl("add")
public func add(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (pair: [Int64]) throws(WasmError) -> Int64 in
    guard pair.count == 2 else { throw .guest("add takes exactly two numbers") }
    let (sum, overflow) = pair[0].addingReportingOverflow(pair[1])
    guard !overflow else { throw .guest("add overflowed") }
    return sum
  }
}

/// Always `Err(WasmError { error: Guest("smoke failure") })`.
@_expose(wasm, "fail") @_cdecl("fail")
public func fail(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> Unit in throw .guest("smoke failure") }
}

/// Traps (`unreachable`) through `fatalError`; with -Osize the message is not printed.
@_expose(wasm, "trap") @_cdecl("trap")
public func trap(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> Unit in fatalError("smoke trap") }
}

nonisolated(unsafe) var spins: UInt64 = 0

/// Never returns: only fuel metering (or another interrupt) stops it.
@_expose(wasm, "loop_forever") @_cdecl("loop_forever")
public func loopForever(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> Unit in
    while true { spins &+= 1 }
  }
}

/// The newest chunk of `memory_bomb`; each chunk starts with the address of the one before.
nonisolated(unsafe) var bombChain: UnsafeMutableRawPointer?

/// Allocates 1 MiB chunks and writes one byte in every 64 KiB page of each, until `memory.grow` fails and
/// the guest traps. Without a memory limit in the host this grows linear memory to 4 GiB.
@_expose(wasm, "memory_bomb") @_cdecl("memory_bomb")
public func memoryBomb(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> Unit in
    let chunkSize = 1 << 20
    while true {
      let chunk = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
      var offset = 8
      while offset < chunkSize {
        chunk.storeBytes(of: UInt8(truncatingIfNeeded: offset >> 16), toByteOffset: offset, as: UInt8.self)
        offset += 1 << 16
      }
      chunk.storeBytes(of: bombChain, as: UnsafeMutableRawPointer?.self)
      bombChain = chunk
    }
  }
}

/// The host's clock (`sys_time`), returned as is.
@_expose(wasm, "sys_time") @_cdecl("sys_time")
public func sysTimeExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> Timestamp in try sysTime() }
}

/// `n` (u32) in; calls `random_bytes(n)` and returns the bytes as `bin`.
@_expose(wasm, "random_bytes") @_cdecl("random_bytes")
public func randomBytesExtern(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (count: UInt32) throws(WasmError) -> Bytes in
    Bytes(try randomBytes(count))
  }
}

/// Allocates and frees 10,000 buffers of 1 B … 64 KiB (at most 64 alive at once), checks none was
/// overwritten, frees them all, and returns the heap's high-water mark (u32, a linear-memory address).
/// Calling it again must return the same mark: freed memory is reused.
@_expose(wasm, "allocations") @_cdecl("allocations")
public func allocations(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> UInt32 in
    try churnHeap(iterations: 10_000, slots: 64)
    return heapStatistics().highWaterMark
  }
}

func churnHeap(iterations: Int, slots: Int) throws(WasmError) {
  var live = [UnsafeMutableRawBufferPointer?](repeating: nil, count: slots)
  var state: UInt32 = 0x1234_5678
  for iteration in 0..<iterations {
    state = state &* 1_664_525 &+ 1_013_904_223  // LCG
    let slot = iteration % slots
    if let old = live[slot] { try release(old) }
    let size: Int
    switch state >> 28 {
    case 0: size = 1 + Int(state >> 12 & 0xffff)   // up to 64 KiB
    case 1...4: size = 1 + Int(state >> 16 & 0xfff) // up to 4 KiB
    default: size = 1 + Int(state >> 20 & 0xff)     // up to 256 B
    }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 1)
    let mark = UInt8(truncatingIfNeeded: iteration)
    buffer[0] = mark
    buffer[size - 1] = mark
    live[slot] = buffer
  }
  for case let buffer? in live { try release(buffer) }
}

/// Frees `buffer` after checking its first and last byte still hold the same mark.
func release(_ buffer: UnsafeMutableRawBufferPointer) throws(WasmError) {
  guard buffer[0] == buffer[buffer.count - 1] else { throw .guest("heap corruption detected") }
  buffer.deallocate()
}
