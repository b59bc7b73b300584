import Foundation

/// The one thread that fires call deadlines and drains the fuel of interrupted calls.
///
/// A thread of its own, not Dispatch's or Swift's shared pools: those are exactly what runaway guests can occupy
/// (a test, or a host, running a guest synchronously on a pool thread), and a watchdog that waits for a free pool
/// thread never comes. Arming and disarming a deadline is a dictionary update under a lock, so a call pays no
/// timer of its own.
final class InterruptWatch: @unchecked Sendable {
  // @unchecked Sendable: every stored var is read and written with `condition` locked.
  private let condition = NSCondition()
  private var deadlines: [ObjectIdentifier: (at: ContinuousClock.Instant, limit: Duration, interrupt: CallInterrupt)] =
    [:]
  private var draining: [FuelDrain] = []
  private var started = false
  /// How often a drain writes zero again (see ``FuelDrain``).
  private static let drainInterval: Duration = .milliseconds(1)

  static let shared = InterruptWatch()

  /// Fires `interrupt` with ``CallInterrupt/Reason/deadline(_:)`` once `limit` has passed, unless disarmed first.
  func arm(_ interrupt: CallInterrupt, limit: Duration) {
    let at = ContinuousClock.now + limit
    condition.lock()
    deadlines[ObjectIdentifier(interrupt)] = (at, limit, interrupt)
    startLocked()
    condition.signal()
    condition.unlock()
  }

  func disarm(_ interrupt: CallInterrupt) {
    condition.lock()
    deadlines.removeValue(forKey: ObjectIdentifier(interrupt))
    condition.unlock()
  }

  /// Drains `drain` every millisecond until it stops.
  func drain(_ drain: FuelDrain) {
    condition.lock()
    draining.append(drain)
    startLocked()
    condition.signal()
    condition.unlock()
  }

  private func startLocked() {
    guard !started else { return }
    started = true
    let thread = Thread { [self] in run() }
    thread.name = "holoswift.interrupts"
    thread.start()
  }

  private func run() {
    while true {
      condition.lock()
      let now = ContinuousClock.now
      var wake = deadlines.values.map(\.at).min()
      if !draining.isEmpty { wake = min(wake ?? now + Self.drainInterval, now + Self.drainInterval) }
      if let wake, wake > now {
        _ = condition.wait(until: Date(timeIntervalSinceNow: (wake - now) / .seconds(1)))
      } else if wake == nil {
        condition.wait()
      }
      let current = ContinuousClock.now
      let expired = deadlines.filter { $0.value.at <= current }
      for key in expired.keys { deadlines.removeValue(forKey: key) }
      let drains = draining
      condition.unlock()

      for (_, entry) in expired { entry.interrupt.trigger(.deadline(entry.limit)) }
      let finished = drains.filter { !$0.drainOnce() }
      if !finished.isEmpty {
        condition.lock()
        draining.removeAll { drain in finished.contains { $0 === drain } }
        condition.unlock()
      }
    }
  }
}
