import Synchronization
import WasmKit

/// Idle instances of one zome, ready for calls. A call leases one (or a new one when none is idle), and hands
/// it back when it returned normally; the pool resets it and keeps it if there is room.
///
/// WasmKit compiles a function the first time an instance calls it, and that work belongs to the instance:
/// a brand-new instance per call compiles again every call (most of a small call's time). A reset instance
/// keeps its compiled code, and is to the guest exactly a new instance (see ``PooledInstance``).
final class InstancePool: Sendable {
  let zome: ZomeModule
  private let engine: Engine
  private let hostFunctions: HostFunctionTable
  private let maxIdle: Int
  private let memoryLimitBytes: Int
  private let idle = Mutex<[PooledInstance]>([])

  init(zome: ZomeModule, engine: Engine, hostFunctions: HostFunctionTable, maxIdle: Int, memoryLimitBytes: Int) {
    self.zome = zome
    self.memoryLimitBytes = memoryLimitBytes
    self.engine = engine
    self.hostFunctions = hostFunctions
    self.maxIdle = maxIdle
  }

  /// An idle instance, or a new one.
  func lease() throws(RibosomeError) -> PooledInstance {
    if let instance = idle.withLock({ $0.popLast() }) { return instance }
    return try PooledInstance(
      zome: zome, engine: engine, hostFunctions: hostFunctions, memoryLimitBytes: memoryLimitBytes)
  }

  /// Takes back an instance whose call returned normally: reset, and kept if there is room.
  func giveBack(_ instance: PooledInstance, cap: MemoryCap) {
    guard idleCount < maxIdle, instance.reset(after: cap) else { return }
    idle.withLock { instances in
      if instances.count < maxIdle { instances.append(instance) }
    }
  }

  /// How many instances are idle (for tests).
  var idleCount: Int { idle.withLock { $0.count } }
}
