import Synchronization
import WasmKit

/// Empties the fuel of a store that another thread is running, until that run ends.
///
/// WasmKit 0.4.2 has no interrupt: its interpreter charges fuel by reading a 64-bit counter of the store,
/// subtracting, and writing it back, and traps when the subtraction would go below zero. Writing zero to that
/// counter from here is a data race with the interpreter's thread, deliberately: an aligned 64-bit store is
/// atomic on every platform Holoswift runs on (x86-64, arm64), so the interpreter reads either the old value or
/// zero, never a torn one. What can happen is that the interpreter's own write-back (old value minus a charge)
/// lands just after ours and undoes it; so the drain writes zero again every millisecond (from ``InterruptWatch``'s
/// thread) until the run ends.
/// The next charge after a write that stuck traps with "out of fuel", which the ribosome reports as the
/// interrupt's reason.
///
/// Once ``stop()`` returns, the drain never touches the store again (both hold the same lock), so the owner may
/// reuse the store for its next call.
final class FuelDrain: @unchecked Sendable {
  // @unchecked Sendable: `store` is only written here with `lock` held and `stopped` false — the data race
  // explained above, and only while the owning thread still runs the call this drain was made for.
  private let store: Store
  private let lock = Mutex<(started: Bool, stopped: Bool)>((false, false))

  init(store: Store) { self.store = store }

  /// Starts draining (once): ``InterruptWatch`` calls ``drainOnce()`` every millisecond until it stops.
  func start() {
    let starts = lock.withLock { flags -> Bool in
      guard !flags.started, !flags.stopped else { return false }
      flags.started = true
      return true
    }
    guard starts else { return }
    _ = drainOnce()
    InterruptWatch.shared.drain(self)
  }

  /// Stops draining: the run this drain was for has ended. No write to the store follows.
  func stop() { lock.withLock { $0.stopped = true } }

  /// Writes zero to the store's fuel, unless the run has ended; returns whether it is still to be drained.
  func drainOnce() -> Bool {
    lock.withLock { flags -> Bool in
      guard !flags.stopped else { return false }
      store.fuel = Fuel(remaining: 0)
      return true
    }
  }
}
