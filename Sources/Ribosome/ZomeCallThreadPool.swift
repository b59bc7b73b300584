import Dispatch
import Foundation

/// Long-lived zome-call threads, so that a call does not pay for creating a thread with its large stack. Work
/// goes to an idle thread, or to a new one when none is idle: a call never waits behind another (calls may
/// block in host functions for as long as they like). A thread idle for 30 s ends.
final class ZomeCallThreadPool: @unchecked Sendable {
  // @unchecked Sendable: `idleWorkers` and each worker's `work` are read and written with `lock` held.
  private let lock = NSLock()
  private var idleWorkers: [Worker] = []
  private let stackBytes: Int
  private static let idleLifetime: DispatchTimeInterval = .seconds(30)

  /// One thread: its wake-up signal and the work handed to it.
  private final class Worker: @unchecked Sendable {
    // @unchecked Sendable: `work` is guarded by the pool's lock; the semaphore is thread-safe.
    let wakeUp = DispatchSemaphore(value: 0)
    var work: (@Sendable () -> Void)?
  }

  init(stackBytes: Int) { self.stackBytes = stackBytes }

  /// Runs `work` on a pool thread.
  func submit(_ work: @escaping @Sendable () -> Void) {
    lock.lock()
    if let worker = idleWorkers.popLast() {
      worker.work = work
      lock.unlock()
      worker.wakeUp.signal()
      return
    }
    lock.unlock()
    let worker = Worker()
    let thread = Thread { [self] in run(worker, first: work) }
    thread.stackSize = stackBytes
    thread.name = "holoswift.zome-call"
    thread.start()
  }

  private func run(_ worker: Worker, first: @escaping @Sendable () -> Void) {
    var next = first
    while true {
      next()
      guard let work = waitForWork(worker) else { return }
      next = work
    }
  }

  /// Parks `worker` as idle until a submitter hands it work, or returns `nil` once it has been idle too long.
  private func waitForWork(_ worker: Worker) -> (@Sendable () -> Void)? {
    lock.lock()
    idleWorkers.append(worker)
    lock.unlock()
    while true {
      if worker.wakeUp.wait(timeout: .now() + Self.idleLifetime) == .timedOut {
        lock.lock()
        if let index = idleWorkers.firstIndex(where: { $0 === worker }) {
          idleWorkers.remove(at: index)
          lock.unlock()
          return nil
        }
        lock.unlock()
        // A submitter took this thread just as it timed out: its work is on the way.
        worker.wakeUp.wait()
      }
      lock.lock()
      if let work = worker.work {
        worker.work = nil
        lock.unlock()
        return work
      }
      lock.unlock()
    }
  }

  /// The pool for threads of `stackBytes`.
  static func shared(stackBytes: Int) -> ZomeCallThreadPool {
    registry.lock()
    defer { registry.unlock() }
    if let pool = byStack[stackBytes] { return pool }
    let pool = ZomeCallThreadPool(stackBytes: stackBytes)
    byStack[stackBytes] = pool
    return pool
  }

  private static let registry = NSLock()
  // Guarded by `registry`.
  nonisolated(unsafe) private static var byStack: [Int: ZomeCallThreadPool] = [:]
}
