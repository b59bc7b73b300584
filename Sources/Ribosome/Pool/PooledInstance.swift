@_spi(Fuzzing) import WasmKit
import WasmTypes

/// An instance of a zome with its store and host imports, and what it looked like right after instantiation,
/// so that after a call it can be put back exactly that way: the next call cannot tell it from a new one.
///
/// Restored after each call: all of linear memory (byte for byte), every mutable global, every table entry.
/// An instance whose memory or a table grew cannot shrink back, so it is discarded instead, as is one whose
/// call failed (a trap or a host short-circuit can leave the stack pointer anywhere).
final class PooledInstance: @unchecked Sendable {
  // @unchecked Sendable: a WasmKit `Store` and its instance are used by one thread at a time. A call leases the
  // instance from its ``InstancePool``, runs on it on its zome-call thread, and hands it back through the
  // pool's mutex; nothing else holds it.
  let store: Store
  let instance: Instance
  let guest: GuestInstance
  let slot: CallSlot
  private let snapshot: Snapshot?

  private struct Snapshot {
    var memory: Memory
    var bytes: [UInt8]
    var globals: [(Global, Value)]
    var tables: [(Table, [Reference])]
  }

  /// Instantiates `zome` in a store of its own, its imports bound to a call slot; its initial memory counts
  /// against `memoryLimitBytes`.
  init(zome: ZomeModule, engine: Engine, hostFunctions: HostFunctionTable, memoryLimitBytes: Int) throws(RibosomeError) {
    let store = Store(engine: engine)
    let cap = MemoryCap(limitBytes: memoryLimitBytes)
    store.resourceLimiter = cap
    let slot = CallSlot()
    var imports = Imports()
    for name in zome.imports {
      guard let hostFunction = hostFunctions[name] else { throw .unknownImport(zome: zome.name, module: "env", name: name) }
      imports.define(module: "env", name: name, HostImportBinding.function(hostFunction, store: store, slot: slot))
    }
    let instance: Instance
    do {
      instance = try zome.module.instantiate(store: store, imports: imports)
    } catch {
      throw Ribosome.classify(error, zome: zome.name, function: "(instantiation)", cap: cap, budget: 0)
    }
    self.store = store
    self.instance = instance
    self.slot = slot
    guest = try GuestInstance(instance, zome: zome.name)
    snapshot = zome.resettableState.flatMap { Self.snapshot(instance, $0) }
  }

  /// Readies the instance for a call: its context, a full fuel budget and a fresh memory cap.
  func prepare(for context: ZomeCallContext, fuel: UInt64, memoryLimitBytes: Int) -> MemoryCap {
    slot.context = context
    store.fuel = Fuel(remaining: fuel)
    let cap = MemoryCap(limitBytes: memoryLimitBytes)
    store.resourceLimiter = cap
    return cap
  }

  /// Puts the instance back as instantiation left it, after a call that returned normally. Returns `false`
  /// when that is impossible (memory or a table grew, or the module's state is not resettable).
  func reset(after cap: MemoryCap) -> Bool {
    slot.context = nil
    guard let snapshot, !cap.didGrowTable, snapshot.memory.byteCount == snapshot.bytes.count else { return false }
    snapshot.memory.withUnsafeMutableBufferPointer(offset: 0, count: snapshot.bytes.count) { buffer in
      buffer.copyBytes(from: snapshot.bytes)
    }
    do {
      for (global, value) in snapshot.globals where global.value != value { try global.assign(value) }
    } catch {
      return false
    }
    for (table, entries) in snapshot.tables {
      for (index, entry) in entries.enumerated() where table[index] != entry { table[index] = entry }
    }
    return true
  }

  private static func snapshot(_ instance: Instance, _ state: ResettableState) -> Snapshot? {
    guard let memory = instance.exports[memory: state.memory] else { return nil }
    var globals: [(Global, Value)] = []
    for name in state.globals {
      guard let global = instance.exports[global: name] else { return nil }
      globals.append((global, global.value))
    }
    var tables: [(Table, [Reference])] = []
    for name in state.tables {
      guard let table = instance.exports[table: name] else { return nil }
      let count = Int(table.type.limits.min)
      tables.append((table, (0..<count).map { table[$0] }))
    }
    let bytes = memory.withUnsafeBufferPointer(offset: 0, count: memory.byteCount) { Array($0) }
    return Snapshot(memory: memory, bytes: bytes, globals: globals, tables: tables)
  }
}
