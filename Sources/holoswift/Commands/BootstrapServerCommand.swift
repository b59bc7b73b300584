import ArgumentParser
import HoloNetwork
import Logging

/// `holoswift bootstrap-server`: Kitsune2's bootstrap HTTP API, for conductors to find each other.
struct BootstrapServerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bootstrap-server",
    abstract: "Serve Kitsune2's bootstrap API (PUT/GET /bootstrap/{space}[/{agent}]) until interrupted.")

  @Option(help: "The address to listen on.") var host: String = "127.0.0.1"
  @Option(name: [.short, .long], help: "The port (0 picks a free one).") var port: Int = 0
  @Option(help: "Most agent infos kept per space.") var maxEntriesPerSpace = BootstrapSpaces.defaultMaxEntriesPerSpace
  @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.") var logLevel: String = "info"

  func run() async throws {
    var logger = Logger(label: "holoswift-bootstrap")
    logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
    let service = BootstrapService(spaces: BootstrapSpaces(maxEntriesPerSpace: maxEntriesPerSpace))
    let host = host
    try await BootstrapServer.serve(service: service, host: host, port: port, logger: logger) { bound in
      print("Bootstrap server listening on http://\(host):\(bound)")
    }
  }
}
