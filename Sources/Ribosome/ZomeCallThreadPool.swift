import Foundation

/// A bounded set of long-lived zome-call threads with a queue: a call does not pay for creating a thread with its
/// large stack, and does not get a thread of its own either. At most ``maxRunning`` calls run at once; the others
/// wait in submission order, so under load early calls finish early and the number of threads stays small.
///
/// A thread that blocks for a while on something other than its own work (a network answer) says so with
/// ``blocking(_:)``: it then does not count against ``maxRunning``, and another thread may take the next call,
/// so a few slow peers cannot stall every call of the conductor. Nested zome calls run on the thread of the call
/// that makes them, so a running call never waits for a queued one.
///
/// A thread idle for 30 s (by default) ends.
final class ZomeCallThreadPool: @unchecked Sendable {
  // @unchecked Sendable: every stored var is read and written with `condition` locked.
  private let condition = NSCondition()
  private var queue: [@Sendable () -> Void] = []
  private var queueHead = 0
  private var threads = 0
  private var idle = 0
  private var blocked = 0
  private let stackBytes: Int
  /// How many threads may run calls at once (threads in ``blocking(_:)`` not counted).
  let maxRunning: Int
  /// How many threads may exist at all, blocked ones included.
  let maxThreads: Int
  /// How long a thread waits idle for work before it ends.
  private let idleLifetime: TimeInterval

  /// A pool of `stackBytes` threads, `maxRunning` of them running calls at once; `idleLifetime` may be `.infinity`.
  init(stackBytes: Int, maxRunning: Int, maxBlocked: Int = 256, idleLifetime: TimeInterval = 30) {
    self.stackBytes = stackBytes
    self.idleLifetime = idleLifetime
    self.maxRunning = max(1, maxRunning)
    self.maxThreads = self.maxRunning + max(0, maxBlocked)
  }

  /// Queues `work`; it runs on a pool thread as soon as one is free.
  func submit(_ work: @escaping @Sendable () -> Void) {
    condition.lock()
    queue.append(work)
    if idle > 0 { condition.signal() }
    startThreadIfNeededLocked()
    condition.unlock()
  }

  /// Runs `body`, which blocks on something outside the pool (a network answer), without holding a running slot:
  /// a queued call may start meanwhile. On a thread that is not a pool thread, just runs `body`.
  func blocking<T>(_ body: () throws -> T) rethrows -> T {
    guard Thread.current.threadDictionary[Self.threadKey] as AnyObject? === self else { return try body() }
    condition.lock()
    blocked += 1
    startThreadIfNeededLocked()
    condition.unlock()
    defer {
      condition.lock()
      blocked -= 1
      condition.unlock()
    }
    return try body()
  }

  /// How many threads exist, how many are idle, and how many calls wait (for tests and metrics).
  var counts: (threads: Int, idle: Int, queued: Int) {
    condition.lock()
    defer { condition.unlock() }
    return (threads, idle, queuedLocked)
  }

  private var queuedLocked: Int { queue.count - queueHead }

  /// Starts a thread when the idle ones will not take all the queued work and the bounds allow; `condition` is
  /// locked.
  private func startThreadIfNeededLocked() {
    guard idle < queuedLocked, threads - blocked < maxRunning, threads < maxThreads else { return }
    threads += 1
    let thread = Thread { [self] in runWorker() }
    thread.stackSize = stackBytes
    thread.name = "holoswift.zome-call"
    thread.start()
  }

  private func runWorker() {
    Thread.current.threadDictionary[Self.threadKey] = self
    while let work = nextWork() { work() }
  }

  /// The next queued work, waiting for some; `nil` once the thread was idle too long (it then ends).
  private func nextWork() -> (@Sendable () -> Void)? {
    condition.lock()
    defer { condition.unlock() }
    while queuedLocked == 0 {
      idle += 1
      let signalled: Bool
      if idleLifetime.isFinite {
        signalled = condition.wait(until: Date(timeIntervalSinceNow: idleLifetime))
      } else {
        // No idle end: `wait(until:)` cannot take an infinite date.
        condition.wait()
        signalled = true
      }
      idle -= 1
      if !signalled, queuedLocked == 0 {
        threads -= 1
        return nil
      }
    }
    // Over the bound (threads came back from `blocking`): this one ends rather than run more at once.
    if threads - blocked > maxRunning {
      threads -= 1
      condition.signal()
      return nil
    }
    let work = queue[queueHead]
    queueHead += 1
    if queueHead > 64, queueHead * 2 > queue.count {
      queue.removeFirst(queueHead)
      queueHead = 0
    }
    return work
  }

  private static let threadKey = "holoswift.zome-call-pool"

  /// The pool for threads of `stackBytes`, sized for this machine: twice its cores, at least 4, running at once.
  static func shared(stackBytes: Int) -> ZomeCallThreadPool {
    registry.lock()
    defer { registry.unlock() }
    if let pool = byStack[stackBytes] { return pool }
    let pool = ZomeCallThreadPool(
      stackBytes: stackBytes, maxRunning: max(4, 2 * ProcessInfo.processInfo.activeProcessorCount))
    byStack[stackBytes] = pool
    return pool
  }

  /// The pool of the current thread, if it is a zome-call thread.
  static var current: ZomeCallThreadPool? { Thread.current.threadDictionary[threadKey] as? ZomeCallThreadPool }

  private static let registry = NSLock()
  // Guarded by `registry`.
  nonisolated(unsafe) private static var byStack: [Int: ZomeCallThreadPool] = [:]
}
