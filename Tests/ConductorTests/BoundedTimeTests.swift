import Conductor
import HoloCore
import HoloswiftTesting
import Ribosome
import Testing

/// Wall-clock bounds. `make test` runs this suite on its own, after the others: a bound measured while
/// seventy other suites share two cores would measure the machine, not the conductor.
@Suite struct BoundedTimeTests {
  @Test func anEndlessLoopAndAMemoryBombStopQuicklyWhileAnotherCallSucceeds() async throws {
    let fixture = try await HostFnFixture(
      configuration: RibosomeConfiguration(fuelPerCall: 1_000_000, memoryLimitBytes: 16 << 20, callDeadline: nil))
    _ = try await fixture.alice.call("hostfn", "agent_info", as: AgentInfo.self)
    let start = ContinuousClock.now
    async let loop = fixture.alice.callFallible("smoke", "loop_forever", as: HoloCore.Unit.self)
    async let bomb = fixture.alice.callFallible("smoke", "memory_bomb", as: HoloCore.Unit.self)
    let sum: Int64 = try await fixture.alice.call("smoke", "add", [Int64(2), 3])
    #expect(sum == 5)
    guard case .failure(.ribosome(.outOfFuel)) = await loop else { Issue.record("the loop was not stopped by fuel"); return }
    guard case .failure(.ribosome(.memoryLimit)) = await bomb else { Issue.record("the bomb was not stopped"); return }
    #expect(ContinuousClock.now - start < .seconds(5))
  }
}
