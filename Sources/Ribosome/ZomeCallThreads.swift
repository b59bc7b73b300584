import Foundation

/// Runs zome calls on threads of their own (long-lived ones, see ``ZomeCallThreadPool``), never on Swift's
/// cooperative pool: host functions block on SQLite and, later, on the network.
///
/// ```swift
/// let output = try await ZomeCallThreads.run(stackBytes: 8 << 20) {
///   try ribosome.call(zome: "posts", function: "get_post", payload: input, context: context)
/// }
/// ```
public enum ZomeCallThreads {
  /// Runs `work` on a zome-call thread with a `stackBytes` native stack and returns its result.
  public static func run<T: Sendable, E: Error>(
    stackBytes: Int = RibosomeConfiguration().threadStackBytes,
    _ work: @escaping @Sendable () throws(E) -> T
  ) async throws(E) -> T {
    let result: Result<T, E> = await withCheckedContinuation { continuation in
      ZomeCallThreadPool.shared(stackBytes: stackBytes).submit {
        continuation.resume(returning: Result { () throws(E) in try work() })
      }
    }
    return try result.get()
  }
}
