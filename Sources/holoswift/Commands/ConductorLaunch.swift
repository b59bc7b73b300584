import ConductorAPI
import Conductor
import Dispatch
import Foundation
import Keystore
import Logging
import Ribosome
import StateStore

/// Opening a conductor from its configuration, and serving it until SIGINT or SIGTERM.
enum ConductorLaunch {
  /// The keystore passphrase: `HOLOSWIFT_PASSPHRASE`, or a fixed development one.
  static var passphrase: [UInt8] {
    Array((ProcessInfo.processInfo.environment["HOLOSWIFT_PASSPHRASE"] ?? "holoswift-sandbox").utf8)
  }

  /// The conductor the configuration describes, with its apps restored.
  static func open(_ config: ConductorConfig, logger: Logger) async throws -> ConductorRuntime {
    try FileManager.default.createDirectory(atPath: config.dataRootPath, withIntermediateDirectories: true)
    let keystore = try Keystore.open(path: config.dataRootPath + "/keystore.sqlite3", passphrase: passphrase)
    var ribosome = RibosomeConfiguration()
    ribosome.callDeadline = config.limits.zomeCallDeadline
    let conductor = Conductor(
      store: try StateStore(root: config.dataRootPath + "/databases"), keystore: keystore, configuration: ribosome)
    try await conductor.restore()
    return ConductorRuntime(conductor: conductor, logger: logger, bundleLimits: config.limits.bundles)
  }

  /// Opens the admin interfaces and the app interfaces, prints where they are, and serves until interrupted.
  static func serve(_ config: ConductorConfig, appPort: UInt16?, logger: Logger) async throws {
    let descriptors = DescriptorLimit.raiseToHardLimit()
    logger.debug("open-file limit", metadata: ["limit": "\(descriptors)"])
    let runtime = try await open(config, logger: logger)
    var adminPorts: [UInt16] = []
    for interface in config.adminInterfaces {
      adminPorts.append(try await runtime.startAdminInterface(port: interface.port, allowedOrigins: interface.allowedOrigins))
    }
    try await runtime.reattachAppInterfaces()
    if let appPort, await runtime.appInterfaces().isEmpty {
      _ = try await runtime.attachAppInterface(port: appPort, allowedOrigins: .any, installedAppId: nil)
    }
    let appPorts = await runtime.appInterfaces().map(\.port)
    if let network = config.network {
      let joined = try await runtime.conductor.startNetwork(network.configuration)
      say("Network transport at \(joined.url.map(\.description) ?? "?"), bootstrap \(network.bootstrapURL ?? "none")")
    }
    say("Conductor launched {\"admin_port\":\(adminPorts.first ?? 0),\"app_ports\":\(appPorts)}")
    for app in runtime.conductor.apps { say("  app \(app.id): \(app.status)") }
    await waitForInterrupt()
    say("Stopping…")
    await runtime.conductor.stopNetwork()
    await runtime.stop()
    try runtime.conductor.keystore.close()
  }

  /// Writes a line to standard output at once (not buffered: another program may be waiting for it).
  static func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  /// Returns when the process receives SIGINT or SIGTERM.
  static func waitForInterrupt() async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      let once = OnceFlag()
      var sources: [any DispatchSourceSignal] = []
      for signalNumber in [SIGINT, SIGTERM] {
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .main)
        source.setEventHandler { if once.take() { continuation.resume() } }
        source.resume()
        sources.append(source)
      }
      SignalSources.keep(sources)
    }
  }
}

/// Resumes a continuation once, whichever signal comes first.
final class OnceFlag: @unchecked Sendable {
  // @unchecked Sendable: only touched from the main queue, where both signal sources deliver.
  private var taken = false
  func take() -> Bool {
    defer { taken = true }
    return !taken
  }
}

/// Keeps the signal sources alive for the life of the process.
enum SignalSources {
  nonisolated(unsafe) private static var kept: [any DispatchSourceSignal] = []
  static func keep(_ sources: [any DispatchSourceSignal]) { kept += sources }
}
