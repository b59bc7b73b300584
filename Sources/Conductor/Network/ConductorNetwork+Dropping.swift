import HoloCore
import Logging
import Ribosome
import StateStore

extension ConductorNetwork {
  /// Logs `error`, after which the network goes on without the step that failed, and counts it at `site` in
  /// ``droppedErrors``.
  func dropped(_ error: any Error, at site: DroppedErrors.Site, _ doing: @autoclosure () -> String) {
    droppedErrors.record(site)
    logger.log(level: site.logLevel, "\(doing()) failed: \(error)", metadata: ["dropped": "\(site.rawValue)"])
  }

  /// `body`'s result, or `nil` once its error is logged and counted at `site`.
  func attempt<T, E: Error>(_ site: DroppedErrors.Site, _ doing: @autoclosure () -> String, _ body: () throws(E) -> T)
    -> T?
  {
    do {
      return try body()
    } catch {
      dropped(error, at: site, doing())
      return nil
    }
  }

  /// The DHT database of `dna` when this conductor runs the DNA (a peer naming another DNA creates no database
  /// here); `nil` otherwise, or once a failure to open it is logged and counted.
  func dht(of dna: DnaHash, conductor: Conductor) -> DhtStore? {
    guard conductor.dna(dna) != nil else { return nil }
    return attempt(.storeOpen, "opening the DHT of \(dna)") { try conductor.store.dht(for: dna) }
  }

  /// Runs synchronous work — SQLite through the stores, signing with the keystore, checking many signatures — on
  /// a zome-call thread, where blocking is allowed, rather than on Swift's cooperative pool. One hop per message
  /// or pass, not per query. Never call it from a zome-call thread: the nested hop would wait for the pool.
  func onBlockingThread<T: Sendable>(_ conductor: Conductor, _ work: @escaping @Sendable () -> T) async -> T {
    await ZomeCallThreads.run(stackBytes: conductor.configuration.threadStackBytes, work)
  }

  /// Whether `sentAt` (microseconds since the epoch, as a peer sent it) is within ``NetworkConfiguration/maxClockSkew``
  /// of this node's clock. A difference too large for `Int64` (a `sentAt` near `Int64.min` or `Int64.max`) is not.
  func isWithinClockSkew(_ sentAt: Int64) -> Bool {
    let (difference, overflow) = Timestamp.now().microseconds.subtractingReportingOverflow(sentAt)
    return !overflow && difference.magnitude <= configuration.maxClockSkew.microseconds.magnitude
  }
}

extension DroppedErrors.Site {
  /// How loudly a drop here is logged: failures of this node's own storage and keys are warnings; what peers can
  /// cause at will (nonsense, refusals, being unreachable) is debug, so that no peer can flood the log.
  var logLevel: Logger.Level {
    switch self {
    case .storeOpen, .storeRead, .storeWrite, .signing, .validation: .warning
    case .undecodableMessage, .remoteSignal, .gossipCompare, .bootstrap, .transport: .debug
    }
  }
}
