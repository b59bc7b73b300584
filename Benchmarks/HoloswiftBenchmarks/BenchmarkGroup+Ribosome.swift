import Conductor
import Dispatch
import Foundation
import HoloCore
import HoloswiftTesting
import Ribosome
import StateStore
import WAT
import WasmKit

extension BenchmarkGroup {
  /// Zome calls at three depths — a bare WasmKit call, the Ribosome (fresh instance, ABI, fuel), the whole
  /// conductor path (zome-call thread, capability check, workspace, commit) — and a create-entry call beside
  /// the chain append it cannot beat (sign + hash + one SQLite transaction).
  static var ribosome: BenchmarkGroup {
    BenchmarkGroup(
      name: "ribosome",
      summary: "Zome calls (a new or a reset pooled instance per call) vs a bare WasmKit call and a bare chain append."
    ) { runner in
      let fixture: RibosomeBenchFixture
      do { fixture = try RibosomeBenchFixture() } catch { fatalError("cannot set up the ribosome bench: \(error)") }

      let bareCall = runner.measure("floor: bare WasmKit call, instance reused", iterations: 200_000) {
        fixture.bareCall()
      }
      let bareInstance = runner.measure("floor: bare WasmKit instantiate + call (tiny module)", iterations: 20_000) {
        fixture.bareInstantiateAndCall()
      }
      runner.measure("Ribosome call, smoke `echo`, new instance per call", iterations: 200, floor: bareInstance) {
        fixture.ribosomeEcho(fixture.freshRibosome)
      }
      runner.measure("Ribosome call, smoke `echo`, reset pooled instance", iterations: 5_000, floor: bareInstance) {
        fixture.ribosomeEcho(fixture.ribosome)
      }
      runner.measure("no-op zome call through the conductor (smoke `echo`)", iterations: 2_000, floor: bareCall) {
        fixture.conductorCall("smoke", "echo", payload: fixture.echoPayload)
      }
      runner.measure("info zome call through the conductor (hostfn `agent_info`)", iterations: 1_000, floor: bareCall) {
        fixture.conductorCall("hostfn", "agent_info", payload: .unit)
      }
      let append = runner.measure("floor: chain append of 1 action (sign + hash + SQLite txn)", iterations: 1_000) {
        fixture.chainAppend()
      }
      runner.measure("create-entry zome call (hostfn `create_entry`)", iterations: 200, floor: append) {
        fixture.conductorCall("hostfn", "create_entry", payload: fixture.createPayload())
      }
      runner.measure("forum `create_post` (post + anchor + link, 3 actions)", iterations: 100, floor: append) {
        fixture.conductorCall("forum", "create_post", payload: fixture.postPayload(), cell: fixture.forum)
      }
    }
  }
}

/// Everything the ribosome bench calls: a tiny WAT module, ribosomes over real zomes, and a conductor.
final class RibosomeBenchFixture: @unchecked Sendable {
  // @unchecked Sendable: used from the benchmark's main thread only; `conductorCall` waits for its task.
  let sweet: SweetConductor
  let hostfn: SweetCell
  let forum: SweetCell
  let ribosome: Ribosome
  /// The same zome without idle instances: every call instantiates (and compiles) anew.
  let freshRibosome: Ribosome
  let layout: DnaLayout
  let echoPayload = ExternIO(encoding: "ping")
  private let engine = Engine()
  private let tinyModule: Module
  private let tinyInstance: Instance
  private let tinyStore: Store
  private var counter = 0

  init() throws {
    let tiny = try wat2wasm(
      """
      (module
        (memory (export "memory") 1)
        (func (export "noop") (param i32 i32) (result i64) i64.const 0))
      """)
    tinyModule = try parseWasm(bytes: tiny)
    tinyStore = Store(engine: engine)
    tinyInstance = try tinyModule.instantiate(store: tinyStore)

    let smoke = try GuestWasm.load("smoke")
    let hostfnWasm = try GuestWasm.load("hostfn")
    ribosome = try Ribosome(zomes: ["smoke": smoke])
    freshRibosome = try Ribosome(zomes: ["smoke": smoke], configuration: RibosomeConfiguration(idleInstancesPerZome: 0))
    let dna = DnaFile(
      name: "bench", modifiers: DnaModifiers(networkSeed: "bench"),
      integrity: [.init(name: "hostfn_integrity", wasm: try GuestWasm.load("hostfn_integrity"))],
      coordinators: [.init(name: "hostfn", wasm: hostfnWasm), .init(name: "smoke", wasm: smoke)])
    layout = DnaLayout(declaring: dna.def, exports: [:])
    let forumDna = DnaFile(
      name: "forum", modifiers: DnaModifiers(networkSeed: "bench"),
      integrity: [.init(name: "forum_integrity", wasm: try GuestWasm.load("forum_integrity"))],
      coordinators: [.init(name: "forum", wasm: try GuestWasm.load("forum"))])
    sweet = try SweetConductor(configuration: RibosomeConfiguration(fuelPerCall: 1_000_000_000))
    (hostfn, forum) = Self.wait { [sweet] in (try await sweet.install(dna), try await sweet.install(forumDna)) }
  }

  func bareCall() -> [Value] {
    do { return try tinyInstance.exports[function: "noop"]!.invoke([.i32(0), .i32(0)]) } catch { fatalError("\(error)") }
  }

  func bareInstantiateAndCall() -> [Value] {
    do {
      let instance = try tinyModule.instantiate(store: Store(engine: engine))
      return try instance.exports[function: "noop"]!.invoke([.i32(0), .i32(0)])
    } catch {
      fatalError("\(error)")
    }
  }

  func ribosomeEcho(_ ribosome: Ribosome) -> ExternIO {
    let context = ZomeCallContext(
      cell: hostfn.id, dna: layout, zomeName: "smoke", functionName: "echo", provenance: hostfn.agent, access: .none)
    do { return try ribosome.call(zome: "smoke", function: "echo", payload: echoPayload, context: context) } catch {
      fatalError("\(error)")
    }
  }

  func conductorCall(_ zome: String, _ function: String, payload: ExternIO, cell: SweetCell? = nil) -> ExternIO {
    let cell = cell ?? hostfn
    return Self.wait { [sweet] in
      try await sweet.conductor.callZome(cell.id, zome: zome, function: function, payload: payload)
    }
  }

  func chainAppend() -> Int {
    do {
      let workspace = try hostfn.conductor.cell(hostfn.id).sourceChain.workspace()
      counter += 1
      let entry = Entry.app(encoding: "append \(counter)")
      let type = EntryType.app(AppEntryDef(entryIndex: EntryDefIndex(0), zomeIndex: ZomeIndex(0), visibility: .public))
      try workspace.append(.create(CreateData(entryType: type, entryHash: entry.hash())), entry: entry)
      return try workspace.flush(ordering: .strict).count
    } catch {
      fatalError("append failed: \(error)")
    }
  }

  func createPayload() -> ExternIO {
    counter += 1
    return ExternIO(
      encoding: CreateInput(
        entryLocation: .app(AppEntryDefLocation(zomeIndex: ZomeIndex(0), entryDefIndex: EntryDefIndex(0))),
        entryVisibility: .public, entry: .app(AppEntryBytes(bytes: ExternIO(encoding: "thing \(counter)").bytes))))
  }

  func postPayload() -> ExternIO {
    counter += 1
    var writer = MsgPackWriter()
    writer.writeMapHeader(2)
    writer.write("title")
    writer.write("post \(counter)")
    writer.write("content")
    writer.write("benchmark")
    return ExternIO(bytes: writer.bytes)
  }

  /// Runs `body` on the concurrency pool and blocks this (non-pool) thread until it finishes.
  static func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) -> T {
    let semaphore = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var result: Result<T, any Error>?
    Task {
      do { result = .success(try await body()) } catch { result = .failure(error) }
      semaphore.signal()
    }
    semaphore.wait()
    switch result {
    case .success(let value): return value
    case .failure(let error): fatalError("\(error)")
    case nil: fatalError("the task did not finish")
    }
  }
}
