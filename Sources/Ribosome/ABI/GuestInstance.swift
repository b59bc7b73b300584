import HoloCore
import WasmKit

/// One instantiated zome and the guest ABI around it: allocate and free guest memory, and move bytes in and
/// out of it without ever trusting a guest pointer.
struct GuestInstance {
  let instance: Instance
  let memory: Memory
  let allocate: Function
  let deallocate: Function

  /// Finds the ABI exports, or names the one missing.
  init(_ instance: Instance, zome: String) throws(RibosomeError) {
    guard let memory = instance.exports[memory: "memory"] else { throw .missingABIExport(zome: zome, name: "memory") }
    guard let allocate = instance.exports[function: "__hc__allocate_1"] else {
      throw .missingABIExport(zome: zome, name: "__hc__allocate_1")
    }
    guard let deallocate = instance.exports[function: "__hc__deallocate_1"] else {
      throw .missingABIExport(zome: zome, name: "__hc__deallocate_1")
    }
    self.instance = instance
    self.memory = memory
    self.allocate = allocate
    self.deallocate = deallocate
  }

  /// Copies `len` bytes out of guest memory at `ptr`, checking the range first (WasmKit traps the process on
  /// an out-of-bounds host access).
  func read(ptr: UInt32, len: UInt32) throws(GuestABIError) -> [UInt8] {
    let start = Int(ptr)
    let count = Int(len)
    guard start + count <= memory.byteCount else {
      throw .outOfBounds("reading \(count) bytes at \(start) of a \(memory.byteCount)-byte memory")
    }
    guard count > 0 else { return [] }
    return memory.withUnsafeBufferPointer(offset: UInt(start), count: count) { Array($0) }
  }

  /// Asks the guest for a buffer, copies `bytes` into it, and returns where they are.
  func write(_ bytes: [UInt8]) throws(GuestABIError) -> (ptr: UInt32, len: UInt32) {
    guard let len = UInt32(exactly: bytes.count) else { throw .outOfBounds("\(bytes.count) bytes do not fit wasm32") }
    let results: [Value]
    do {
      results = try allocate.invoke([.i32(len)])
    } catch {
      throw .guestTrapped(error)
    }
    guard results.count == 1, case .i32(let ptr) = results[0] else {
      throw .badSignature("__hc__allocate_1 must return one i32")
    }
    let start = Int(ptr)
    guard start + bytes.count <= memory.byteCount else {
      throw .outOfBounds("__hc__allocate_1 returned \(start), past the end of memory for \(bytes.count) bytes")
    }
    if !bytes.isEmpty {
      memory.withUnsafeMutableBufferPointer(offset: UInt(start), count: bytes.count) { buffer in
        buffer.copyBytes(from: bytes)
      }
    }
    return (ptr, len)
  }

  /// Hands a buffer back to the guest's allocator.
  func free(ptr: UInt32, len: UInt32) throws(GuestABIError) {
    do {
      _ = try deallocate.invoke([.i32(ptr), .i32(len)])
    } catch {
      throw .guestTrapped(error)
    }
  }

  /// Splits the `i64` an extern or host function returns: pointer in the high 32 bits, length in the low.
  static func split(_ packed: UInt64) -> (ptr: UInt32, len: UInt32) {
    (UInt32(truncatingIfNeeded: packed >> 32), UInt32(truncatingIfNeeded: packed))
  }

  /// The inverse of ``split(_:)``.
  static func pack(ptr: UInt32, len: UInt32) -> UInt64 { UInt64(ptr) << 32 | UInt64(len) }
}

/// A broken ABI exchange with the guest.
enum GuestABIError: Error {
  case outOfBounds(String)
  case badSignature(String)
  /// The guest trapped (or a host function underneath it threw) while the host called into it.
  case guestTrapped(any Error)
}
