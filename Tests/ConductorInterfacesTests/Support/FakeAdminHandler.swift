import ConductorAPI
import ConductorInterfaces
import HoloCore
import Synchronization

/// An admin API with a fixed state.
///
/// - `list_apps`: two apps, `chat` and `forum`.
/// - `generate_agent_pub_key`: ``Fixtures/agent``.
/// - `uninstall_app` of `"name:N"`: waits N milliseconds, then answers an error naming the app (to correlate);
///   of `"gated"`: waits until ``gate`` opens.
/// - `dump_conductor_state`: a string of `"a"`s 200 000 long (a response larger than small frame limits).
/// - anything else: an `internal_error`.
struct FakeAdminHandler: AdminRequestHandler {
  static let apps = [Fixtures.appInfo("chat"), Fixtures.appInfo("forum")]
  static let largeState = String(repeating: "a", count: 200_000)

  /// Holds `uninstall_app("gated")` until the test opens it.
  let gate = Gate()

  static func notInstalled(_ appId: String) -> AdminResponse {
    .error(.internalError("AppNotInstalled(\(appId))"))
  }

  func handle(_ request: AdminRequest) async -> AdminResponse {
    switch request {
    case .listApps:
      return .appsListed(Self.apps)
    case .generateAgentPubKey:
      return .agentPubKeyGenerated(Fixtures.agent)
    case .uninstallApp(let appId, _):
      if appId == "gated" { await gate.wait() }
      if let milliseconds = appId.split(separator: ":").last.flatMap({ Int($0) }), milliseconds > 0 {
        try? await Task.sleep(for: .milliseconds(milliseconds))
      }
      return Self.notInstalled(appId)
    case .dumpConductorState:
      return .conductorStateDumped(Self.largeState)
    default:
      return .error(.internalError("unsupported: \(request.variantName)"))
    }
  }
}

/// A one-shot barrier: ``wait()`` returns once ``open()`` was called.
final class Gate: Sendable {
  private let state = Mutex<(isOpen: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

  func wait() async {
    await withCheckedContinuation { continuation in
      let isOpen = state.withLock { state in
        if !state.isOpen { state.waiters.append(continuation) }
        return state.isOpen
      }
      if isOpen { continuation.resume() }
    }
  }

  func open() {
    let waiters = state.withLock { state in
      state.isOpen = true
      defer { state.waiters = [] }
      return state.waiters
    }
    for waiter in waiters { waiter.resume() }
  }
}
