import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension Soak {
  /// A conductor incarnation that answered its first call, and the soak's own session with it.
  struct Running: Sendable {
    let incarnation: Incarnation
    let session: ForumSession
    /// When its first call was answered.
    let answeredAt: ContinuousClock.Instant
  }

  /// One kill cycle: lets the writers write for `uptime` seconds, kills the conductor with SIGKILL, waits for the
  /// writers to notice, restarts it, and checks that what the killed conductor acknowledged is readable from the
  /// new one. Returns the new incarnation, or `nil` (after recording why) when the soak cannot go on.
  func killAndRestart(
    _ running: Running, cycle: Int, uptime: Double, sandbox: SoakSandbox, access: ForumAccess,
    figures: inout Figures
  ) async -> Running? {
    let killedNumber = running.incarnation.number
    await gate.open(WriterGate.Opening(incarnation: killedNumber, ports: running.incarnation.ports))
    try? await Task.sleep(for: .seconds(uptime))  // Never cancelled: the soak task is not cancelled.
    await gate.close()
    await running.session.close()

    let killed = running.incarnation.process
    let endedBefore = killed.hasEnded
    if endedBefore {
      tally.fail(
        "cycle \(cycle): incarnation \(killedNumber) ended by itself (\(await killed.exitStatus())) before the kill")
    }
    killed.send(SIGKILL)
    do {
      let status = try await withDeadline(.seconds(30), "end of incarnation \(killedNumber) after SIGKILL") {
        await killed.exitStatus()
      }
      if status != .signalled(SIGKILL) && !endedBefore {
        tally.fail("cycle \(cycle): incarnation \(killedNumber) ended with \(status), not by the kill")
      }
    } catch {
      tally.fail("cycle \(cycle): \(error)")
      return nil
    }
    figures.kills += 1
    do {
      try await withDeadline(.seconds(60), "stop of every writer after the kill") {
        await self.gate.untilParked(self.settings.writers)
      }
    } catch {
      tally.fail("cycle \(cycle): \(error) (acknowledgements may be missed)")
    }
    let acknowledged = ledger.writes(of: killedNumber)

    let next: Running
    do {
      next = try await restart(killedNumber + 1, sandbox: sandbox, access: access)
    } catch {
      tally.fail("cycle \(cycle): killed after \(String(format: "%.2f", uptime)) s, then no restart: \(error)")
      return nil
    }
    let restartTime = next.answeredAt - next.incarnation.spawnedAt
    figures.restartTimes.append(restartTime)
    figures.launchTimes.append(next.incarnation.launchTime)
    let problems = await missing(acknowledged, through: next.session)
    tally.record("cycle \(cycle): writes acknowledged before the kill, read after the restart", problems: problems)
    say(
      "cycle \(cycle)/\(settings.kills): killed after \(String(format: "%.2f", uptime)) s; "
        + "restarted in \(restartTime.soakText) (launch line \(next.incarnation.launchTime.soakText)); "
        + "\(acknowledged.count - problems.count)/\(acknowledged.count) acknowledged writes found"
        + (problems.isEmpty ? "" : " — FAILED"))
    return next
  }
}
