import Foundation
import HoloCore
import StateStore

#if canImport(Glibc)
  import Glibc
#endif

extension Soak {
  /// Stops the last conductor as an operator would (SIGTERM), within 60 s.
  func stop(_ incarnation: Incarnation) async {
    incarnation.process.send(SIGTERM)
    do {
      let status = try await withDeadline(.seconds(60), "stop of the conductor after SIGTERM") {
        await incarnation.process.exitStatus()
      }
      tally.record(
        "the last conductor stops on SIGTERM", problems: status == .exited(0) ? [] : ["it ended with \(status)"])
    } catch {
      tally.fail("\(error); killed")
      await incarnation.process.kill()
    }
  }

  /// `PRAGMA integrity_check` on every SQLite file of the sandbox: one check each.
  func checkDatabases(_ sandbox: SoakSandbox, into figures: inout Figures) {
    let files = DatabaseIntegrity.databaseFiles(under: sandbox.directory)
    if files.isEmpty { tally.fail("no SQLite database found under \(sandbox.directory)") }
    for path in files {
      let problems = DatabaseIntegrity.problems(in: path)
      let name = String(path.dropFirst(sandbox.directory.count + 1))
      tally.record("PRAGMA integrity_check of \(name)", problems: problems)
      figures.databases.append((name, problems.isEmpty))
    }
  }

  /// Every authored source chain verified (one check each), then every acknowledged write looked up in the
  /// forum chain (one check).
  func checkChains(
    _ sandbox: SoakSandbox, writes: [AcknowledgedWrite], forum: CellId, into figures: inout Figures
  ) {
    let store: StateStore
    let cells: [CellId]
    do {
      store = try StateStore(root: sandbox.databases)
      cells = try ChainVerifier.authoredCells(in: sandbox.databases)
    } catch {
      tally.fail("the conductor's databases cannot be opened: \(error)")
      return
    }
    if !cells.contains(forum) { tally.fail("the forum cell has no authored database") }
    for cell in cells {
      let report = ChainVerifier.verify(cell, in: store)
      tally.record(
        "source chain of \(cell.dnaHash) by \(cell.agent) (\(report.actions) actions)", problems: report.problems)
      figures.chains.append(report)
    }
    let problems = StoredWrites.problems(writes, cell: forum, store: store)
    tally.record("every acknowledged write in the forum chain's database", problems: problems)
    figures.foundInDatabase = writes.count - problems.count
  }
}
