import ConductorAPI
import HoloCore
import Logging

/// Values the fake handlers answer with.
enum Fixtures {
  static let agent = AgentPubKey(core: Array(repeating: 7, count: 32))

  static func appInfo(_ appId: String) -> AppInfo {
    AppInfo(
      installedAppId: appId, cellInfo: [], status: .enabled, agentPubKey: agent, manifest: .map([]),
      installedAt: Timestamp(microseconds: 1_700_000_000_000_000))
  }

  /// A logger that drops everything (the servers log every connection).
  static let logger = Logger(label: "ConductorInterfacesTests") { _ in SwiftLogNoOpLogHandler() }
}
