import ArgumentParser
import Conductor
import Foundation
import Logging

/// `holoswift run --config FILE`: a conductor from a configuration file, like `holochain -c FILE`.
struct RunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a conductor from a conductor-config.yaml.")

  @Option(name: [.short, .long], help: "The conductor configuration (YAML).")
  var config: String

  @OptionGroup var logging: LoggingOptions

  func run() async throws {
    let text = try String(contentsOfFile: config, encoding: .utf8)
    try await ConductorLaunch.serve(try ConductorConfig(yaml: text), appPort: nil, logger: logging.logger())
  }
}

/// `--log-level`.
struct LoggingOptions: ParsableArguments {
  @Option(help: "trace, debug, info, notice, warning, error or critical.")
  var logLevel: String = "info"

  func logger() -> Logger {
    var logger = Logger(label: "holoswift")
    logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
    return logger
  }
}
