import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// One run of the sandbox conductor, from its spawn to its death.
struct Incarnation: Sendable {
  /// 0 for the first launch, then one more after each kill.
  let number: Int
  let process: ChildProcess
  let ports: ConductorPorts
  /// From the spawn to the launch line.
  let launchTime: Duration
  /// When it was spawned.
  let spawnedAt: ContinuousClock.Instant

  /// Why a conductor did not come up.
  struct StartFailure: Error, CustomStringConvertible {
    let description: String
  }

  /// Spawns `holoswift sandbox run DIR --app-port 0` and waits (at most `limit`) for its launch line.
  static func start(_ number: Int, sandbox: SoakSandbox, limit: Duration) async throws -> Incarnation {
    appendLog(sandbox.conductorLog, "=== incarnation \(number) ===\n")
    let spawnedAt = ContinuousClock.now
    let process = try ChildProcess.spawn(
      sandbox.holoswift, ["sandbox", "run", sandbox.directory, "--app-port", "0"], logPath: sandbox.conductorLog)
    let launched = LaunchWatch()
    // Reads every line the conductor prints, for as long as it runs, so that its output never blocks it.
    Task {
      for await line in process.lines {
        if let ports = LaunchLine.parse(line) { launched.resolve(ports) }
      }
      launched.resolve(nil)
    }
    let line: LaunchLine?
    do {
      line = try await withDeadline(limit, "launch line from incarnation \(number)") { await launched.value() }
    } catch {
      await process.kill()
      throw error
    }
    guard let line else {
      // Its output ended: it exited, or will; make sure, without waiting for ever.
      await process.kill()
      let status = process.hasEnded ? "\(await process.exitStatus())" : "still running after SIGKILL"
      throw StartFailure(
        description: "incarnation \(number) ended (\(status)) before its launch line; see \(sandbox.conductorLog)")
    }
    guard let appPort = line.appPorts.first else {
      await process.kill()
      throw StartFailure(description: "incarnation \(number) launched without an app interface")
    }
    return Incarnation(
      number: number, process: process, ports: ConductorPorts(admin: line.adminPort, app: appPort),
      launchTime: ContinuousClock.now - spawnedAt, spawnedAt: spawnedAt)
  }

  private static func appendLog(_ path: String, _ text: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return }
    _ = text.utf8CString.withUnsafeBytes { write(fd, $0.baseAddress, $0.count - 1) }
    close(fd)
  }
}

/// The launch line once it is seen (or `nil` if the output ended without it), for one waiter.
private final class LaunchWatch: Sendable {
  private let state = Mutex<(done: Bool, value: LaunchLine?, waiter: CheckedContinuation<LaunchLine?, Never>?)>(
    (false, nil, nil))

  func resolve(_ value: LaunchLine?) {
    let waiter = state.withLock { state -> CheckedContinuation<LaunchLine?, Never>? in
      guard !state.done else { return nil }
      state.done = true
      state.value = value
      defer { state.waiter = nil }
      return state.waiter
    }
    waiter?.resume(returning: value)
  }

  func value() async -> LaunchLine? {
    await withCheckedContinuation { continuation in
      let known = state.withLock { state -> LaunchLine?? in
        if state.done { return .some(state.value) }
        state.waiter = continuation
        return .none
      }
      if let known { continuation.resume(returning: known) }
    }
  }
}
