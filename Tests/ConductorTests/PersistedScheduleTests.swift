import Conductor
import Foundation
import HoloCore
import HoloswiftTesting
import HoloCrypto
import Keystore
import StateStore
import Synchronization
import Testing

/// A scheduled function that returns `Schedule::Persisted(cron)` runs at each time the expression names, and
/// keeps running after a restart without being scheduled again.
@Suite struct PersistedScheduleTests {
  @Test func aCronScheduleRunsRepeatedlyAndSurvivesARestart() async throws {
    let directory = try ConductorDirectory()
    func open() throws -> Conductor { try directory.open() }
    func cronSignals(on conductor: Conductor) -> Counter {
      let count = Counter()
      conductor.onSignal { event in
        if (try? event.payload.decode(String.self)) == "cron" { count.value.withLock { $0 += 1 } }
      }
      return count
    }
    func waitFor(_ count: Counter, atLeast wanted: Int) async throws -> Bool {
      for _ in 0..<40 where count.value.withLock({ $0 }) < wanted { try await Task.sleep(for: .milliseconds(100)) }
      return count.value.withLock { $0 } >= wanted
    }

    let cell: CellId
    do {
      let conductor = try open()
      let runs = cronSignals(on: conductor)
      cell = try await conductor.install(try HostFnFixture.dna(seed: "cron"), agent: try conductor.generateAgentPubKey())
      _ = try await conductor.callZome(cell, zome: "hostfn", function: "schedule_fn", payload: ExternIO(encoding: "cron_tick"))
      // Once at once, then every second.
      #expect(try await waitFor(runs, atLeast: 2))
      _ = try await conductor.disableApp("app")
      try conductor.keystore.close()
    }

    let reopened = try open()
    let runs = cronSignals(on: reopened)
    try await reopened.restore()
    #expect(reopened.cellIds.isEmpty)
    _ = try await reopened.enableApp("app")
    #expect(reopened.cellIds == [cell])
    #expect(try await waitFor(runs, atLeast: 1))
    _ = try await reopened.disableApp("app")
    try reopened.keystore.close()
  }
}

/// A count shared with a signal handler.
final class Counter: Sendable {
  let value = Mutex(0)
}
