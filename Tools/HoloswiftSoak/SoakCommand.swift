import ArgumentParser
import Foundation

/// `HoloswiftSoak`: the kill -9 soak (`make soak`, `make soak-short`).
@main
struct SoakCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "HoloswiftSoak",
    abstract: "Kill a sandbox conductor with SIGKILL while clients write, restart it, and check that nothing was lost.",
    discussion: """
      Prepares the demo forum hApp in a sandbox (as `make run`), runs `holoswift sandbox run` and writers that call \
      create_post over the app websocket with signed zome calls, kills the conductor at seeded random moments and \
      restarts it. After each restart, the writes acknowledged before the kill must be readable; at the end every \
      acknowledged write must be listed, every source chain must verify hash by hash, and PRAGMA integrity_check \
      must answer ok on every database. The last line is `soak: N passed, N failed`.
      """)

  @Option(help: "The holoswift executable.") var holoswift = ".build/debug/holoswift"
  @Option(help: "The repository (for demo/forum and .build-guests).") var repository = "."
  @Option(help: "How many times to kill the conductor.") var kills = 50
  @Option(help: "The seed of the kill moments (default: a random one, printed).") var seed: UInt64?
  @Option(help: "How many concurrent writers.") var writers = 2
  @Option(help: "The shortest time a conductor runs before it is killed, in seconds.") var minUptime = 0.3
  @Option(help: "The longest time a conductor runs before it is killed, in seconds.") var maxUptime = 2.5
  @Option(help: "The bound on one restart (spawn to first answered call), in seconds.") var restartTimeout = 120.0
  @Option(help: "The work directory (default: a new one under $TMPDIR, removed after a passing run).")
  var workDirectory: String?
  @Flag(help: "Keep the work directory after a passing run.") var keep = false
  @Option(help: "Damage the result on purpose to check the soak's checks: \(InjectedFault.allCases.map(\.rawValue)).")
  var injectFault: InjectedFault?

  func validate() throws {
    guard kills >= 0 else { throw ValidationError("--kills must not be negative") }
    guard writers >= 0 else { throw ValidationError("--writers must not be negative") }
    guard minUptime > 0, maxUptime >= minUptime else { throw ValidationError("need 0 < --min-uptime <= --max-uptime") }
    guard restartTimeout > 0 else { throw ValidationError("--restart-timeout must be positive") }
  }

  func run() async throws {
    ChildRegistry.shared.killChildrenOnInterrupt()
    let seed = self.seed ?? UInt64.random(in: 0...UInt64.max)
    let files = FileManager.default
    guard files.isExecutableFile(atPath: holoswift) else {
      throw ValidationError("no holoswift executable at \(holoswift) (build it, or pass --holoswift)")
    }
    let work = try workDirectory ?? makeTemporaryDirectory()
    let settings = SoakSettings(
      kills: kills, seed: seed, writers: writers, uptime: minUptime...maxUptime,
      restartLimit: .milliseconds(Int64(restartTimeout * 1000)), holoswift: absolute(holoswift),
      repository: absolute(repository), workDirectory: absolute(work), fault: injectFault)
    say("soak: seed \(seed), \(kills) kills, \(writers) writers, uptime \(minUptime)–\(maxUptime) s, work in \(work)")

    let started = ContinuousClock.now
    let soak = Soak(settings: settings)
    var figures = Soak.Figures()
    do {
      figures = try await soak.run()
    } catch {
      soak.tally.fail("the soak could not run: \(error)")
    }
    ChildRegistry.shared.killAll()
    SoakSummary(settings: settings, figures: figures, ledger: soak.ledger, elapsed: ContinuousClock.now - started)
      .report(tally: soak.tally)

    let failed = !soak.tally.failures.isEmpty
    if failed || keep {
      say("work directory kept: \(work) (conductor output in conductor.log)")
    } else {
      // Leftovers in a temporary directory are harmless; the outcome is already printed.
      try? files.removeItem(atPath: work)
    }
    say("soak: \(soak.tally.passed) passed, \(soak.tally.failures.count) failed")
    if failed { throw ExitCode(1) }
  }

  private func makeTemporaryDirectory() throws -> String {
    let temporary = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
    var template = Array((temporary + "holoswift-soak-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw ValidationError("cannot create a temporary directory") }
    return String(cString: made)
  }

  private func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
      .standardizedFileURL.path
  }
}
