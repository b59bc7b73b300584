@_spi(Fuzzing) import WasmKit
import Synchronization

/// Refuses linear-memory growth past a limit, and remembers that it did, so a guest that traps after a
/// refused `memory.grow` is reported as having hit the cap. Also notes any table growth, after which an
/// instance cannot be reset for another call.
final class MemoryCap: ResourceLimiter {
  let limitBytes: Int
  private let refused = Atomic<Bool>(false)
  private let tableGrew = Atomic<Bool>(false)

  init(limitBytes: Int) { self.limitBytes = limitBytes }

  /// Whether a growth was refused.
  var didRefuse: Bool { refused.load(ordering: .relaxed) }

  func limitMemoryGrowth(to desired: Int) throws -> Bool {
    guard desired <= limitBytes else {
      refused.store(true, ordering: .relaxed)
      return false
    }
    return true
  }

  /// Whether a table grew (or tried to).
  var didGrowTable: Bool { tableGrew.load(ordering: .relaxed) }

  func limitTableGrowth(to desired: Int) throws -> Bool {
    tableGrew.store(true, ordering: .relaxed)
    return desired <= 100_000
  }
}
