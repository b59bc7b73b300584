import Foundation
import Ribosome
import Synchronization
import Testing

/// Zome-call threads are reused, yet a call never waits behind another that blocks.
@Suite struct ZomeCallThreadsTests {
  @Test func aThreadIsReusedForTheNextCall() async throws {
    // Threads are pooled by stack size: a size of its own keeps other tests' calls out of this pool.
    let stackBytes = (8 << 20) + 12_288
    let first = await ZomeCallThreads.run(stackBytes: stackBytes) { () -> UInt in
      UInt(bitPattern: Int(bitPattern: pthread_self()))
    }
    let second = await ZomeCallThreads.run(stackBytes: stackBytes) { () -> UInt in
      UInt(bitPattern: Int(bitPattern: pthread_self()))
    }
    #expect(first == second)
    let stack = await ZomeCallThreads.run(stackBytes: stackBytes) { () -> Int in Thread.current.stackSize }
    #expect(stack >= stackBytes)
  }

  @Test func callsThatBlockDoNotHoldOthersBack() async throws {
    // Eight calls that each wait until all eight have started: only distinct threads can finish them.
    let started = StartCount()
    let results = await withTaskGroup(of: Bool.self) { group in
      for _ in 0..<8 {
        group.addTask {
          await ZomeCallThreads.run { () -> Bool in
            started.value.add(1, ordering: .relaxed)
            let deadline = Date().addingTimeInterval(10)
            while started.value.load(ordering: .relaxed) < 8 && Date() < deadline { usleep(1_000) }
            return started.value.load(ordering: .relaxed) >= 8
          }
        }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results == Array(repeating: true, count: 8))
  }
}

/// How many calls have started, shared with them.
final class StartCount: Sendable {
  let value = Atomic<Int>(0)
}
