@_spi(Fuzzing) import WasmKit
import Synchronization

/// Refuses linear-memory growth past a limit, and remembers that it did, so a guest that traps after a
/// refused `memory.grow` is reported as having hit the cap.
final class MemoryCap: ResourceLimiter {
  let limitBytes: Int
  private let refused = Atomic<Bool>(false)

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

  func limitTableGrowth(to desired: Int) throws -> Bool { desired <= 100_000 }
}
