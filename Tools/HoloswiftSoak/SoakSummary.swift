import Foundation

/// The figures a soak run ends with, before its `soak: N passed, N failed` line.
struct SoakSummary {
  let settings: SoakSettings
  let figures: Soak.Figures
  let ledger: AckLedger
  let elapsed: Duration

  func report(tally: CheckTally) {
    let counts = ledger.counts
    let refusals = counts.refusals.sorted { $0.key < $1.key }.map { "\($0.value)× \($0.key)" }
    let actions = figures.chains.reduce(0) { $0 + $1.actions }
    let lines = [
      "── soak summary (seed \(settings.seed), \(elapsed.soakText)) ──",
      "kills:                 \(figures.kills) of \(settings.kills)",
      "acknowledged writes:   \(counts.acknowledged) (of \(counts.attempts) calls; \(counts.unanswered) left unanswered by kills,"
        + " \(refusals.isEmpty ? "none refused" : "refused: " + refusals.joined(separator: ", ")))",
      "writes found:          \(found(figures.foundThroughConductor)) through the conductor (list_posts), "
        + "\(found(figures.foundInDatabase)) in the database; "
        + "\(figures.listedUnacknowledged.map { "\($0)" } ?? "?") more posts listed, written by calls a kill left unanswered",
      "chains verified:       \(figures.chains.filter(\.problems.isEmpty).count) of \(figures.chains.count) (\(actions) actions)",
      "databases checked:     \(figures.databases.filter(\.ok).count) of \(figures.databases.count) answer ok to integrity_check",
      "restart time:          \(spread(figures.restartTimes)) (spawn → launch line → first answered call)",
      "launch line after:     \(spread(figures.launchTimes))",
    ]
    for line in lines { say(line) }
    let failures = tally.failures
    if !failures.isEmpty {
      say("failures:")
      for failure in failures { say("  - \(failure)") }
      say("rerun with: --seed \(settings.seed) --kills \(settings.kills) --writers \(settings.writers)")
    }
  }

  private func found(_ count: Int?) -> String {
    count.map { "\($0)/\(ledger.counts.acknowledged)" } ?? "not checked"
  }

  private func spread(_ times: [Duration]) -> String {
    guard !times.isEmpty else { return "none" }
    let sorted = times.sorted()
    let middle = sorted.count / 2
    let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    return "median \(median.soakText), max \(sorted[sorted.count - 1].soakText) over \(times.count)"
  }
}
