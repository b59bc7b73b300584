import Synchronization

/// The soak's checks: each passes or fails with a message; failures are printed as they happen and listed
/// again at the end.
final class CheckTally: Sendable {
  private let state = Mutex<(passed: Int, failures: [String])>((0, []))

  func pass() { state.withLock { $0.passed += 1 } }

  func fail(_ message: String) {
    state.withLock { $0.failures.append(message) }
    say("FAILED: \(message)")
  }

  /// Passes when `problems` is empty, else fails with `what` and the first problems.
  func record(_ what: String, problems: [String]) {
    if problems.isEmpty {
      pass()
    } else {
      let shown = problems.prefix(10).joined(separator: "\n    ")
      let more = problems.count > 10 ? "\n    … and \(problems.count - 10) more" : ""
      fail("\(what):\n    \(shown)\(more)")
    }
  }

  var passed: Int { state.withLock { $0.passed } }
  var failures: [String] { state.withLock { $0.failures } }
}
