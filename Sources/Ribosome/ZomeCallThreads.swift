import Foundation

/// Runs zome calls on zome-call threads (a bounded pool with a queue, see ``ZomeCallThreadPool``), never on
/// Swift's cooperative pool: host functions block on SQLite and on the network.
///
/// ```swift
/// let output = try await ZomeCallThreads.run(stackBytes: 8 << 20) {
///   try ribosome.call(zome: "posts", function: "get_post", payload: input, context: context)
/// }
/// ```
public enum ZomeCallThreads {
  /// Runs `work` on a zome-call thread with a `stackBytes` native stack and returns its result. When the awaiting
  /// task is cancelled, `interrupt` (if any) is triggered with ``CallInterrupt/Reason/cancelled``: a call that
  /// watches it stops, or never starts if it is still queued.
  public static func run<T: Sendable, E: Error>(
    stackBytes: Int = RibosomeConfiguration().threadStackBytes, interrupt: CallInterrupt? = nil,
    _ work: @escaping @Sendable () throws(E) -> T
  ) async throws(E) -> T {
    let result: Result<T, E> = await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        ZomeCallThreadPool.shared(stackBytes: stackBytes).submit {
          continuation.resume(returning: Result { () throws(E) in try work() })
        }
      }
    } onCancel: {
      interrupt?.trigger(.cancelled)
    }
    return try result.get()
  }

  /// Runs `body`, which waits for something outside the zome-call pool (a network answer), so that the current
  /// zome-call thread does not hold one of the pool's running slots meanwhile. Off a zome-call thread, just runs it.
  public static func blocking<T>(_ body: () throws -> T) rethrows -> T {
    guard let pool = ZomeCallThreadPool.current else { return try body() }
    return try pool.blocking(body)
  }
}
