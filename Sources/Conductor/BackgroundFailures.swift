import Logging
public import Synchronization

/// Failures of work that runs after a call has answered — `post_commit`, scheduled functions, persisted
/// schedules, remote signals to agents on this conductor — which have nobody to report to. Each is logged and
/// counted here, so that none is silent.
public final class BackgroundFailures: Sendable {
  /// What failed.
  public enum Site: String, CaseIterable, Hashable, Sendable {
    /// A zome's `post_commit` (the commit stands, as in Holochain).
    case postCommit
    /// A scheduled function, or its answer, which unschedules it.
    case scheduledFunction
    /// Keeping, reading or forgetting a persisted schedule in the conductor database.
    case scheduleStore
    /// `recv_remote_signal` of an agent on this conductor.
    case localRemoteSignal
  }

  private let counts = Mutex<[Site: Int]>([:])
  let logger = Logger(label: "holoswift.conductor")

  public init() {}

  /// How many failures were counted at `site`.
  public func count(_ site: Site) -> Int { counts.withLock { $0[site] ?? 0 } }

  /// Logs `error` of `doing` and counts it at `site`.
  func record(_ error: any Error, at site: Site, _ doing: @autoclosure () -> String) {
    counts.withLock { $0[site, default: 0] &+= 1 }
    logger.warning("\(doing()) failed: \(error)", metadata: ["dropped": "\(site.rawValue)"])
  }

  /// `body`'s result, or `nil` once its error is logged and counted at `site`.
  func attempt<T, E: Error>(_ site: Site, _ doing: @autoclosure () -> String, _ body: () throws(E) -> T) -> T? {
    do {
      return try body()
    } catch {
      record(error, at: site, doing())
      return nil
    }
  }
}
