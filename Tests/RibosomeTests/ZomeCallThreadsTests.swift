import Dispatch
import Foundation
@testable import Ribosome
import Synchronization
import Testing

/// Zome-call threads: a bounded pool with a queue, reused threads, calls in submission order, and a thread that
/// blocks on the outside world handing its slot to a queued call.
@Suite struct ZomeCallThreadsTests {
  @Test func aThreadIsReusedForTheNextCall() async throws {
    // One running slot, and threads that never idle out: whatever the timing, the second call can only run on the
    // thread of the first.
    let pool = ZomeCallThreadPool(stackBytes: 8 << 20, maxRunning: 1, maxBlocked: 0, idleLifetime: .infinity)
    let first = await run(on: pool) { UInt(bitPattern: Int(bitPattern: pthread_self())) }
    let second = await run(on: pool) { UInt(bitPattern: Int(bitPattern: pthread_self())) }
    #expect(first == second)
    let stack = await run(on: pool) { Thread.current.stackSize }
    #expect(stack >= 8 << 20)
    #expect(pool.counts.threads == 1)
  }

  @Test func noMoreCallsRunAtOnceThanTheBoundAndTheRestWaitInOrder() async throws {
    let pool = ZomeCallThreadPool(stackBytes: 1 << 20, maxRunning: 3, maxBlocked: 0)
    let tally = Tally()
    await submitInOrder(40, to: pool) { index in
      tally.order.withLock { $0.append(index) }
      let now = tally.running.add(1, ordering: .relaxed).newValue
      tally.mostAtOnce.raise(toAtLeast: now)
      usleep(200)
      tally.running.subtract(1, ordering: .relaxed)
    }
    #expect(tally.mostAtOnce.load(ordering: .relaxed) <= 3)
    #expect(pool.counts.threads <= 3)
    #expect(tally.order.withLock { $0.sorted() } == Array(0..<40))
  }

  @Test func oneRunningSlotServesCallsInSubmissionOrder() async throws {
    let pool = ZomeCallThreadPool(stackBytes: 1 << 20, maxRunning: 1, maxBlocked: 0)
    let tally = Tally()
    await submitInOrder(30, to: pool) { index in tally.order.withLock { $0.append(index) } }
    #expect(tally.order.withLock { $0 } == Array(0..<30))
  }

  @Test func aThreadBlockedOnTheOutsideLetsAQueuedCallRun() async throws {
    // One running slot. The first call blocks until the second has run: only `blocking` lets that happen.
    let pool = ZomeCallThreadPool(stackBytes: 1 << 20, maxRunning: 1, maxBlocked: 4)
    let secondRan = DispatchSemaphore(value: 0)
    async let first: Bool = run(on: pool) {
      pool.blocking { secondRan.wait(timeout: .now() + 120) == .success }
    }
    // Whether the second call is queued before or after the first enters `blocking`, it gets a thread.
    await run(on: pool) { secondRan.signal() }
    #expect(await first)
  }

  @Test func theSharedPoolIsBoundedByTheMachine() {
    let pool = ZomeCallThreadPool.shared(stackBytes: RibosomeConfiguration().threadStackBytes)
    #expect(pool.maxRunning == max(4, 2 * ProcessInfo.processInfo.activeProcessorCount))
  }

  @Test func aCancelledWaiterTriggersTheCallsInterrupt() async throws {
    let interrupt = CallInterrupt()
    let gate = DispatchSemaphore(value: 0)
    let task = Task {
      await ZomeCallThreads.run(stackBytes: (1 << 20) + 4096, interrupt: interrupt) { () -> Bool in
        gate.wait(timeout: .now() + 120) == .success
      }
    }
    task.cancel()
    gate.signal()
    _ = await task.value
    #expect(interrupt.reason == .cancelled)
  }
}

/// What calls record, shared with them.
private final class Tally: Sendable {
  let running = Atomic<Int>(0)
  let mostAtOnce = Atomic<Int>(0)
  let order = Mutex<[Int]>([])
}

/// Submits `count` pieces of work one after another (so the queue holds them in index order) and waits for all.
private func submitInOrder(_ count: Int, to pool: ZomeCallThreadPool, _ work: @escaping @Sendable (Int) -> Void) async {
  let done = DispatchGroup()
  for index in 0..<count {
    done.enter()
    pool.submit {
      work(index)
      done.leave()
    }
  }
  await withCheckedContinuation { continuation in done.notify(queue: .global()) { continuation.resume() } }
}

/// Runs `work` on `pool` and waits for it.
private func run<T: Sendable>(on pool: ZomeCallThreadPool, _ work: @escaping @Sendable () -> T) async -> T {
  await withCheckedContinuation { continuation in pool.submit { continuation.resume(returning: work()) } }
}

extension Atomic where Value == Int {
  /// Raises the value to `candidate` if that is larger.
  func raise(toAtLeast candidate: Int) {
    var current = load(ordering: .relaxed)
    while candidate > current {
      let (exchanged, original) = compareExchange(expected: current, desired: candidate, ordering: .relaxed)
      if exchanged { return }
      current = original
    }
  }
}
