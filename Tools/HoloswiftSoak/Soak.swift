import HoloCore
import Logging

/// What a soak run does, as the command line sets it.
struct SoakSettings: Sendable {
  var kills: Int
  var seed: UInt64
  var writers: Int
  /// How long a conductor serves the writers before it is killed: uniform in this range, in seconds.
  var uptime: ClosedRange<Double>
  /// The bound on one restart (spawn → launch line → first answered call).
  var restartLimit: Duration
  var holoswift: String
  var repository: String
  var workDirectory: String
  var fault: InjectedFault?
}

/// The kill -9 soak: a sandbox conductor with the demo forum, writers calling `create_post` over the app
/// websocket, SIGKILL at seeded random moments and a restart after each; then every acknowledged write looked
/// up, every chain verified and every database checked.
final class Soak: Sendable {
  let settings: SoakSettings
  let tally = CheckTally()
  let ledger = AckLedger()
  let gate = WriterGate()
  let logger: Logger

  init(settings: SoakSettings) {
    self.settings = settings
    var logger = Logger(label: "soak")
    logger.logLevel = .critical
    self.logger = logger
  }

  /// What the summary reports besides the ledger and the tally.
  struct Figures: Sendable {
    var kills = 0
    var restartTimes: [Duration] = []
    var launchTimes: [Duration] = []
    var foundThroughConductor: Int?
    /// Posts that `list_posts` lists but no answer acknowledged.
    var listedUnacknowledged: Int?
    var foundInDatabase: Int?
    var chains: [ChainVerifier.Report] = []
    var databases: [(path: String, ok: Bool)] = []
  }

  /// Runs the soak; the tally holds the outcome. Throws only when it cannot go on at all (no sandbox, no first
  /// launch); the caller then kills what it started (``ChildRegistry/killAll()``).
  func run() async throws -> Figures {
    var figures = Figures()
    let sandbox = try await SoakSandbox.prepare(
      repository: settings.repository, holoswift: settings.holoswift, root: settings.workDirectory)
    say("sandbox ready in \(sandbox.directory)")

    let first = try await Incarnation.start(0, sandbox: sandbox, limit: settings.restartLimit)
    let access = try await ForumAccess.authorize(adminPort: first.ports.admin, logger: logger)
    var running = try await firstCall(first, access: access)
    say("conductor up: launched in \(first.launchTime.soakText), first call answered (forum \(access.cell.dnaHash))")

    let writers = (0..<settings.writers).map { number in
      let writer = Writer(
        number: number, seed: settings.seed, access: access, gate: gate, ledger: ledger, logger: logger)
      return Task { await writer.run() }
    }
    var random = SplitMix64(seed: settings.seed)
    var alive = true
    for cycle in stride(from: 1, through: settings.kills, by: 1) {
      let uptime = Double.random(in: settings.uptime, using: &random)
      guard
        let next = await killAndRestart(
          running, cycle: cycle, uptime: uptime, sandbox: sandbox, access: access,
          figures: &figures)
      else {
        alive = false
        break
      }
      running = next
    }
    await gate.finish()
    do {
      try await withDeadline(.seconds(90), "end of the writers") { for writer in writers { await writer.value } }
    } catch {
      tally.fail("\(error)")
    }

    if settings.fault == .lostWrite {
      ledger.acknowledged(InjectedFault.madeUpWrite(incarnation: running.incarnation.number))
    }
    let all = ledger.writes
    if alive {
      (figures.foundThroughConductor, figures.listedUnacknowledged) = await readBack(all, through: running.session)
      await running.session.close()
      await stop(running.incarnation)
    } else {
      await running.session.close()
      await running.incarnation.process.kill()
    }
    ChildRegistry.shared.killAll()

    if let fault = settings.fault {
      do {
        try fault.damage(databases: sandbox.databases, forum: access.cell)
        say("injected fault: \(fault.rawValue)")
      } catch {
        tally.fail("injecting \(fault.rawValue) failed: \(error)")
      }
    }
    checkDatabases(sandbox, into: &figures)
    checkChains(sandbox, writes: all, forum: access.cell, into: &figures)
    return figures
  }
}
