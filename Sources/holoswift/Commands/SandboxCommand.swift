import ArgumentParser
import Bundles
import ConductorAPI
import Conductor
import Foundation
import Keystore
import Logging

/// `holoswift sandbox`: development conductors in directories of their own, like `hc sandbox`. The directories
/// created from the current directory are listed in `.holoswift-sandboxes`.
struct SandboxCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sandbox", abstract: "Create, run, list and clean development conductors.",
    subcommands: [Create.self, Run.self, List.self, Clean.self])

  static let listFile = ".holoswift-sandboxes"

  /// The sandboxes listed in ``listFile``: none when there is no list yet. A list that exists but cannot be read
  /// throws, so that `create` does not write over it with a list of one.
  static func listed() throws -> [String] {
    guard FileManager.default.fileExists(atPath: listFile) else { return [] }
    return try String(contentsOfFile: listFile, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  /// `holoswift sandbox create DIR [--app FILE.happ]`: a conductor directory, with the app installed and enabled.
  struct Create: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a sandbox conductor, optionally with an app.")

    @Argument(help: "The sandbox directory.") var directory: String
    @Option(help: "A .happ bundle to install and enable.") var app: String?
    @Option(help: "The installed app's id (default: the manifest's name).") var appId: String?
    @Option(help: "A network seed for the app's DNAs.") var networkSeed: String?
    @Option(help: "The admin interface's port (0: any free port when run).") var adminPort: UInt16 = 0
    @Option(help: "Join a network through this Kitsune2 bootstrap server (http://host:port).") var bootstrapUrl: String?
    @Option(help: "With --bootstrap-url: where the peer transport listens (host:port).") var listen: String =
      "127.0.0.1:0"
    @OptionGroup var logging: LoggingOptions

    func run() async throws {
      let root = URL(fileURLWithPath: directory).standardizedFileURL.path
      try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      var network: ConductorConfig.Network?
      if let bootstrapUrl {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]) else {
          throw ValidationError("--listen takes host:port")
        }
        network = ConductorConfig.Network(
          bootstrapURL: bootstrapUrl, listenHost: String(listen[..<colon]), listenPort: port)
      }
      let config = ConductorConfig(
        dataRootPath: root + "/data", adminInterfaces: [.init(port: adminPort, allowedOrigins: .any)], network: network)
      try config.yaml().write(toFile: root + "/conductor-config.yaml", atomically: true, encoding: .utf8)
      let list = try SandboxCommand.listed()
      if !list.contains(root) {
        try (list + [root]).joined(separator: "\n").appending("\n")
          .write(toFile: SandboxCommand.listFile, atomically: true, encoding: .utf8)
      }
      print("Created sandbox \(root)")
      guard let app else { return }
      let runtime = try await ConductorLaunch.open(config, logger: logging.logger())
      print("Installing \(app)…")
      let response = await runtime.adminAPI.handle(
        .installApp(InstallAppPayload(source: .path(app), installedAppId: appId, networkSeed: networkSeed)))
      guard case .appInstalled(let info) = response else { throw ValidationError("install failed: \(response)") }
      guard case .appEnabled = await runtime.adminAPI.handle(.enableApp(installedAppId: info.installedAppId)) else {
        throw ValidationError("enabling \(info.installedAppId) failed")
      }
      print("Installed and enabled app \(info.installedAppId) (agent \(info.agentPubKey))")
      try runtime.conductor.keystore.close()
    }
  }

  /// `holoswift sandbox run DIR [--app-port N]`.
  struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a sandbox conductor until interrupted.")

    @Argument(help: "The sandbox directory.") var directory: String
    @Option(help: "Also attach an app interface on this port (0: any free port).") var appPort: UInt16?
    @OptionGroup var logging: LoggingOptions

    func run() async throws {
      let text = try String(contentsOfFile: directory + "/conductor-config.yaml", encoding: .utf8)
      try await ConductorLaunch.serve(try ConductorConfig(yaml: text), appPort: appPort, logger: logging.logger())
    }
  }

  /// `holoswift sandbox list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the sandboxes created from this directory.")

    func run() throws {
      for (index, path) in try SandboxCommand.listed().enumerated() { print("\(index): \(path)") }
    }
  }

  /// `holoswift sandbox clean`.
  struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Delete the sandboxes created from this directory.")

    func run() throws {
      var kept: [String] = []
      for path in try SandboxCommand.listed() where FileManager.default.fileExists(atPath: path) {
        do {
          try FileManager.default.removeItem(atPath: path)
        } catch {
          print("Could not remove \(path): \(error)")
          kept.append(path)
        }
      }
      // The sandboxes that could not be removed stay listed, for the next clean.
      if kept.isEmpty {
        if FileManager.default.fileExists(atPath: SandboxCommand.listFile) {
          try FileManager.default.removeItem(atPath: SandboxCommand.listFile)
        }
        print("Removed the sandboxes")
      } else {
        try kept.joined(separator: "\n").appending("\n")
          .write(toFile: SandboxCommand.listFile, atomically: true, encoding: .utf8)
        throw ExitCode.failure
      }
    }
  }
}
