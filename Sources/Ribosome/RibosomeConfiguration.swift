/// Limits and knobs of zome execution.
public struct RibosomeConfiguration: Sendable {
  /// Wasm instructions one zome call may execute (WasmKit fuel). The only pre-emption WasmKit has: an endless
  /// loop ends when this runs out. Release builds run roughly 300 million simple instructions a second.
  public var fuelPerCall: UInt64
  /// The most linear memory one instance may grow to.
  public var memoryLimitBytes: Int
  /// How deep zome calls may nest (a zome calling a zome calling …).
  public var maxCallDepth: Int
  /// The native stack of each zome-call thread.
  public var threadStackBytes: Int
  /// Finished instances kept per zome, reset to their just-instantiated state, for the next calls (0: a new
  /// instance every call). A reset instance keeps the code WasmKit compiled for it.
  public var idleInstancesPerZome: Int
  /// How long one zome call (with the calls nested in it) may run, by the wall clock, before it is stopped with
  /// ``RibosomeError/deadlineExceeded(zome:function:limit:)``; `nil` for no deadline. Beside the fuel budget, so
  /// that a runaway guest stops in seconds whatever the build or the machine's speed.
  public var callDeadline: Duration?

  public init(
    fuelPerCall: UInt64 = 2_000_000_000, memoryLimitBytes: Int = 256 << 20, maxCallDepth: Int = 16,
    threadStackBytes: Int = 8 << 20, idleInstancesPerZome: Int = 8, callDeadline: Duration? = .seconds(5)
  ) {
    self.callDeadline = callDeadline
    self.fuelPerCall = fuelPerCall
    self.memoryLimitBytes = memoryLimitBytes
    self.maxCallDepth = maxCallDepth
    self.threadStackBytes = threadStackBytes
    self.idleInstancesPerZome = idleInstancesPerZome
  }
}

extension RibosomeConfiguration {
  /// The defaults without a wall-clock deadline: for tests, whose calls must not fail because the machine is busy
  /// (fuel still stops an endless loop).
  public static var forTests: RibosomeConfiguration { RibosomeConfiguration(callDeadline: nil) }
}
