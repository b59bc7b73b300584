// The Swift view of the C heap in hdk_runtime.c, and the two allocation exports the host calls.

@_extern(c, "hdk_malloc")
func runtimeMalloc(_ size: Int) -> UnsafeMutableRawPointer?

@_extern(c, "hdk_free")
func runtimeFree(_ pointer: UnsafeMutableRawPointer?)

@_extern(c, "hdk_heap_statistics")
func runtimeHeapStatistics(_ figures: UnsafeMutablePointer<UInt32>)

/// Figures about the guest heap at one moment, all in bytes or byte addresses of linear memory.
///
/// ```swift
/// let before = heapStatistics()
/// // … allocate and free …
/// precondition(heapStatistics().bytesInUse == before.bytesInUse)
/// ```
public struct HeapStatistics: Hashable, Sendable {
  /// Where the heap starts (`__heap_base`, rounded up to 16).
  public var heapStart: UInt32
  /// The end of the highest live or recently freed block: where the next new block goes.
  public var top: UInt32
  /// The highest `top` ever reached: how much linear memory the heap has needed.
  public var highWaterMark: UInt32
  /// Payload capacity of the blocks currently allocated.
  public var bytesInUse: UInt32
  /// How many blocks are currently allocated.
  public var blocksInUse: UInt32
  /// The size of linear memory.
  public var memoryBytes: UInt32
}

/// The heap's current figures.
///
/// ```swift
/// let mark = heapStatistics().highWaterMark
/// ```
public func heapStatistics() -> HeapStatistics {
  var figures: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0)
  withUnsafeMutablePointer(to: &figures) { tuple in
    tuple.withMemoryRebound(to: UInt32.self, capacity: 6) { runtimeHeapStatistics($0) }
  }
  return HeapStatistics(
    heapStart: figures.0, top: figures.1, highWaterMark: figures.2,
    bytesInUse: figures.3, blocksInUse: figures.4, memoryBytes: figures.5
  )
}

/// ABI export: `len` fresh bytes for the host to write into; returns their address.
///
/// The host calls this to pass an extern's input or a host function's output. Traps when memory cannot grow.
@_expose(wasm, "__hc__allocate_1") @_cdecl("__hc__allocate_1")
public func __hc__allocate_1(_ len: UInt32) -> UInt32 {
  guestAddress(runtimeMalloc(Int(len)))
}

/// ABI export: frees what ``__hc__allocate_1(_:)`` or the guest allocated at `ptr` (`len` is not needed).
///
/// The host calls this after reading an extern's result and after reading a host function's input. Traps
/// when `ptr` is not a live allocation.
@_expose(wasm, "__hc__deallocate_1") @_cdecl("__hc__deallocate_1")
public func __hc__deallocate_1(_ ptr: UInt32, _ len: UInt32) {
  runtimeFree(UnsafeMutableRawPointer(bitPattern: UInt(ptr)))
}

func guestAddress(_ pointer: UnsafeMutableRawPointer?) -> UInt32 {
  UInt32(truncatingIfNeeded: UInt(bitPattern: pointer))
}
