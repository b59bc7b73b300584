import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// The children the soak has started and not yet reaped. Signals go through it, so that a pid is never
/// signalled after it was reaped (and possibly reused); SIGINT, SIGTERM and SIGHUP to the soak kill them all
/// before it exits.
final class ChildRegistry: Sendable {
  static let shared = ChildRegistry()

  private let live = Mutex<Set<pid_t>>([])
  /// The signal sources, kept alive for the life of the process.
  nonisolated(unsafe) private static var signalSources: [any DispatchSourceSignal] = []

  /// Runs `spawn` (which returns its status and the new pid) with the registry locked, so that an interruption
  /// cannot come between the start of a child and its registration.
  func spawning(_ spawn: () -> (Int32, pid_t)) -> Int32 {
    live.withLock { live in
      let (status, pid) = spawn()
      if status == 0 { live.insert(pid) }
      return status
    }
  }

  /// Waits (blocking the calling thread) until the child `pid` has exited, then reaps it. It is first waited
  /// for without being reaped, and reaped under the lock: a pid is never signalled once it can be reused.
  func reap(_ pid: pid_t) -> ExitStatus {
    var info = siginfo_t()
    while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
    return live.withLock { live in
      var raw: Int32 = 0
      while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
      live.remove(pid)
      return ExitStatus(waitStatus: raw)
    }
  }

  /// Signals `pid` if it is still a live child.
  func signal(_ pid: pid_t, _ signal: Int32) {
    live.withLock { live in
      if live.contains(pid) { _ = kill(pid, signal) }
    }
  }

  /// Sends SIGKILL to every live child.
  func killAll() {
    live.withLock { live in
      for pid in live { _ = kill(pid, SIGKILL) }
    }
  }

  /// On SIGINT, SIGTERM or SIGHUP: kill every child, say so, and exit with 128 + the signal.
  func killChildrenOnInterrupt() {
    var sources: [any DispatchSourceSignal] = []
    for number in [SIGINT, SIGTERM, SIGHUP] {
      Glibc.signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        self.killAll()
        FileHandle.standardError.write(Data("soak: interrupted by signal \(number); children killed\n".utf8))
        exit(128 + number)
      }
      source.resume()
      sources.append(source)
    }
    // Set once, from the command's `run` before anything else runs.
    Self.signalSources = sources
  }
}
