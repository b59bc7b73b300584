import ArgumentParser
import ConductorAPI
import ConductorInterfaces
import Foundation
import HoloCore
import Logging

/// `holoswift call --port N REQUEST`: admin requests to a running conductor, like `hc sandbox call`.
struct CallCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "call", abstract: "Send an admin request to a running conductor.",
    subcommands: [
      ListApps.self, ListDnas.self, ListCells.self, NewAgent.self, InstallApp.self, EnableApp.self, DisableApp.self,
      UninstallApp.self, AddAppWs.self, ListAppWs.self, IssueToken.self,
    ])

  /// Where the conductor's admin interface is.
  struct Connection: ParsableArguments {
    @Option(name: [.short, .long], help: "The admin interface's port.") var port: UInt16
    @Option(help: "The Origin header to send.") var origin: String = "holoswift-cli"

    /// Sends `request` and returns the response; an error response becomes a thrown error.
    func send(_ request: AdminRequest) async throws -> AdminResponse {
      var logger = Logger(label: "holoswift-call")
      logger.logLevel = .warning
      let client = try await ConductorClient.connect(
        port: port, configuration: ConductorClient.Configuration(origin: origin), logger: logger)
      defer { Task { await client.close() } }
      let response = try await client.adminRequest(request)
      if case .error(let error) = response { throw ValidationError("the conductor answered: \(error)") }
      return response
    }
  }

  struct ListApps: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list-apps", abstract: "The installed apps.")
    @OptionGroup var connection: Connection
    func run() async throws {
      guard case .appsListed(let apps) = try await connection.send(.listApps(statusFilter: nil)) else { return }
      for app in apps {
        print("\(app.installedAppId) \(app.status) agent \(app.agentPubKey)")
        for role in app.cellInfo {
          for cell in role.cells { print("  \(role.roleName): \(cell.cellId.map { "\($0.dnaHash)" } ?? "stem")") }
        }
      }
    }
  }

  struct ListDnas: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list-dnas", abstract: "The installed DNAs.")
    @OptionGroup var connection: Connection
    func run() async throws {
      guard case .dnasListed(let dnas) = try await connection.send(.listDnas) else { return }
      for dna in dnas { print(dna) }
    }
  }

  struct ListCells: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list-cells", abstract: "The running cells.")
    @OptionGroup var connection: Connection
    func run() async throws {
      guard case .cellIdsListed(let cells) = try await connection.send(.listCellIds) else { return }
      for cell in cells { print("\(cell.dnaHash) \(cell.agent)") }
    }
  }

  struct NewAgent: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new-agent", abstract: "Generate an agent key.")
    @OptionGroup var connection: Connection
    func run() async throws {
      guard case .agentPubKeyGenerated(let key) = try await connection.send(.generateAgentPubKey) else { return }
      print(key)
    }
  }

  struct InstallApp: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "install-app", abstract: "Install a .happ.")
    @OptionGroup var connection: Connection
    @Argument(help: "The .happ file.") var path: String
    @Option(help: "The app's id (default: the manifest's name).") var appId: String?
    @Option(help: "A network seed for its DNAs.") var networkSeed: String?
    func run() async throws {
      let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
      let response = try await connection.send(
        .installApp(InstallAppPayload(source: .path(absolute), installedAppId: appId, networkSeed: networkSeed)))
      guard case .appInstalled(let info) = response else { return }
      print("Installed \(info.installedAppId) (\(info.status)), agent \(info.agentPubKey)")
    }
  }

  struct EnableApp: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "enable-app", abstract: "Enable an app.")
    @OptionGroup var connection: Connection
    @Argument var appId: String
    func run() async throws {
      _ = try await connection.send(.enableApp(installedAppId: appId))
      print("Enabled \(appId)")
    }
  }

  struct DisableApp: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disable-app", abstract: "Disable an app.")
    @OptionGroup var connection: Connection
    @Argument var appId: String
    func run() async throws {
      _ = try await connection.send(.disableApp(installedAppId: appId))
      print("Disabled \(appId)")
    }
  }

  struct UninstallApp: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "uninstall-app", abstract: "Uninstall an app.")
    @OptionGroup var connection: Connection
    @Argument var appId: String
    func run() async throws {
      _ = try await connection.send(.uninstallApp(installedAppId: appId, force: false))
      print("Uninstalled \(appId)")
    }
  }

  struct AddAppWs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add-app-ws", abstract: "Attach an app interface.")
    @OptionGroup var connection: Connection
    @Argument(help: "The port (0: any free port).") var appPort: UInt16 = 0
    func run() async throws {
      let response = try await connection.send(
        .attachAppInterface(port: appPort, dangerBindAddr: nil, allowedOrigins: .any, installedAppId: nil))
      guard case .appInterfaceAttached(let port) = response else { return }
      print("App interface on port \(port)")
    }
  }

  struct ListAppWs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list-app-ws", abstract: "The app interfaces.")
    @OptionGroup var connection: Connection
    func run() async throws {
      guard case .appInterfacesListed(let interfaces) = try await connection.send(.listAppInterfaces) else { return }
      for interface in interfaces { print("\(interface.port) \(interface.allowedOrigins.stringValue) \(interface.installedAppId ?? "*")") }
    }
  }

  struct IssueToken: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "issue-token", abstract: "Issue an app authentication token (printed as hex).")
    @OptionGroup var connection: Connection
    @Argument var appId: String
    @Option(help: "Seconds until it expires (0: never).") var expirySeconds: UInt64 = 30
    @Flag(help: "Allow the token to be used more than once.") var reusable = false
    func run() async throws {
      let response = try await connection.send(
        .issueAppAuthenticationToken(
          IssueAppAuthenticationTokenPayload(installedAppId: appId, expirySeconds: expirySeconds, singleUse: !reusable)))
      guard case .appAuthenticationTokenIssued(let issued) = response else { return }
      print(issued.token.bytes.map { String(format: "%02x", $0) }.joined())
    }
  }
}
