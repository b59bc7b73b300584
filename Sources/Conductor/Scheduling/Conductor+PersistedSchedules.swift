import Foundation
import HoloCore
import Ribosome
import StateStore
import Synchronization

/// Persisted schedules: a scheduled function that returns `Schedule::Persisted(cron)` runs again at each time
/// the cron expression names, across restarts, until it returns something else. They live in the conductor
/// database under `schedule/<dna>/<agent>/<zome>/<function>` (the cron text), and are re-armed when the cell
/// starts (enabling its app, or a restart).
extension Conductor {
  static func scheduleKeyPrefix(_ cell: CellId) -> String { "schedule/\(cell.dnaHash)/\(cell.agent)/" }

  /// Keeps `cron` for `function` of `cell` (replacing an earlier one), and arms its next run.
  func persistSchedule(_ cron: CronExpression, zome: String, function: String, cell: Cell) {
    let key = Self.scheduleKeyPrefix(cell.id) + "\(zome)/\(function)"
    guard backgroundFailures.attempt(.scheduleStore, "keeping the schedule \(key)", { try store.conductor.put(key, Array(cron.text.utf8)) }) != nil
    else { return }
    arm(cron, zome: zome, function: function, cell: cell.id)
  }

  /// Forgets the persisted schedule of `function`, if any.
  func dropSchedule(zome: String, function: String, cell: CellId) {
    let key = Self.scheduleKeyPrefix(cell) + "\(zome)/\(function)"
    _ = backgroundFailures.attempt(.scheduleStore, "forgetting the schedule \(key)") { try store.conductor.remove(key) }
  }

  /// Arms the persisted schedules of a cell that just started.
  func armPersistedSchedules(of cell: CellId) {
    let prefix = Self.scheduleKeyPrefix(cell)
    guard let keys = backgroundFailures.attempt(.scheduleStore, "listing schedules", { try store.conductor.keys() }) else {
      return
    }
    for key in keys where key.hasPrefix(prefix) {
      let parts = key.dropFirst(prefix.count).split(separator: "/", maxSplits: 1).map(String.init)
      guard parts.count == 2,
        let read = backgroundFailures.attempt(.scheduleStore, "reading the schedule \(key)", { try store.conductor.get(key) }),
        let bytes = read,
        let cron = backgroundFailures.attempt(.scheduleStore, "the cron of \(key)", {
          try CronExpression(parsing: String(decoding: bytes, as: UTF8.self))
        })
      else { continue }
      arm(cron, zome: parts[0], function: parts[1], cell: cell)
    }
  }

  /// Runs `function` at the cron expression's next time, if the schedule is still the same then and the cell
  /// still runs.
  private func arm(_ cron: CronExpression, zome: String, function: String, cell: CellId) {
    guard let next = cron.nextFire(after: Date()) else { return }
    let key = Self.scheduleKeyPrefix(cell) + "\(zome)/\(function)"
    let stack = configuration.threadStackBytes
    DispatchQueue.global().asyncAfter(deadline: .now() + max(0, next.timeIntervalSinceNow)) { [weak self] in
      // A schedule replaced or forgotten meanwhile, or a cell stopped meanwhile, simply does not run.
      guard let self,
        let read = self.backgroundFailures.attempt(.scheduleStore, "reading the schedule \(key)", {
          try self.store.conductor.get(key)
        }),
        let stored = read,
        String(decoding: stored, as: UTF8.self) == cron.text,
        let running = try? self.cell(cell)
      else { return }
      let thread = Thread {
        self.runScheduled(zome: zome, function: function, schedule: .persisted(cron.text), cell: running)
      }
      thread.stackSize = stack
      thread.start()
    }
  }
}
