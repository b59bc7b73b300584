import Synchronization
@_spi(Fuzzing) import WasmKit

/// Stops a zome call — and every call nested in it — from outside the thread that runs it: when its deadline
/// passes, or when nobody waits for its answer any more (the client went away).
///
/// WasmKit's only pre-emption is fuel: the interpreter charges a store's fuel as it runs and traps when none is
/// left. So stopping a call empties the fuel of every store the call is running, from another thread. That store
/// is not ours to share; see ``FuelDrain`` for why the write is sound here. The guest then traps at its next
/// charge (at most a block of straight-line code away), and the trap is reported as ``RibosomeError/deadlineExceeded(zome:function:seconds:)``
/// or ``RibosomeError/cancelled(zome:function:)``, not as running out of fuel.
///
/// ```swift
/// let interrupt = CallInterrupt()
/// let context = ZomeCallContext(…, interrupt: interrupt)
/// interrupt.trigger(.cancelled)   // from anywhere: the call and its nested calls stop
/// ```
public final class CallInterrupt: Sendable {
  /// Why a call was stopped.
  public enum Reason: Sendable, Equatable {
    /// It ran past its deadline.
    case deadline(Duration)
    /// Nobody waits for it any more.
    case cancelled
  }

  private struct State {
    var reason: Reason?
    /// The stores of the calls running under this interrupt, innermost last.
    var running: [FuelDrain] = []
    /// Whether the deadline is armed with ``InterruptWatch``.
    var armed = false
  }

  private let state = Mutex(State())

  public init() {}

  /// Why the call was stopped, if it was.
  public var reason: Reason? { state.withLock { $0.reason } }

  /// Stops the call now: every store running under this interrupt is drained, and calls that start under it
  /// later fail at once. The first reason wins.
  public func trigger(_ reason: Reason) {
    let drains = state.withLock { state -> [FuelDrain] in
      guard state.reason == nil else { return [] }
      state.reason = reason
      return state.running
    }
    for drain in drains { drain.start() }
  }

  /// Registers a store that starts running a call under this interrupt; the first one arms the deadline.
  /// Returns `nil` (registering nothing) when the interrupt has fired already.
  func enter(_ store: Store, deadline: Duration?) -> FuelDrain? {
    let drain = FuelDrain(store: store)
    let (entered, arms) = state.withLock { state -> (Bool, Bool) in
      guard state.reason == nil else { return (false, false) }
      let arms = state.running.isEmpty && deadline != nil && !state.armed
      state.running.append(drain)
      if arms { state.armed = true }
      return (true, arms)
    }
    guard entered else { return nil }
    // Outside this lock: the watch takes its own, and may be triggering this interrupt meanwhile.
    if arms, let deadline { InterruptWatch.shared.arm(self, limit: deadline) }
    return drain
  }

  /// Unregisters a store whose call returned; the last one disarms the deadline.
  func leave(_ drain: FuelDrain) {
    drain.stop()
    let disarms = state.withLock { state -> Bool in
      state.running.removeAll { $0 === drain }
      guard state.running.isEmpty, state.armed else { return false }
      state.armed = false
      return true
    }
    if disarms { InterruptWatch.shared.disarm(self) }
  }
}

extension CallInterrupt.Reason {
  /// The error a call stopped for this reason fails with.
  public func error(zome: String, function: String) -> RibosomeError {
    switch self {
    case .deadline(let limit): return .deadlineExceeded(zome: zome, function: function, limit: limit)
    case .cancelled: return .cancelled(zome: zome, function: function)
    }
  }
}
