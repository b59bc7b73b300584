import ArgumentParser
import Foundation
import HolonsClient
import HolonsCore
import LoaderJSON
import Logging

/// `holoswift holons …`: dances into a holons cell of a running conductor, as a client.
struct HolonsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "holons", abstract: "Load and list holons in a running conductor's holons cell.",
    subcommands: [Load.self, List.self])

  /// Which cell, through which admin interface.
  struct Target: ParsableArguments {
    @Option(name: [.short, .long], help: "The admin interface's port.") var port: UInt16
    @Option(help: "The installed app.") var app: String
    @Option(help: "The role whose cell runs the dance.") var role: String
    @Option(help: "The Origin header to send.") var origin: String = "holoswift-cli"
    @Option(help: "Seconds to wait for each answer of the conductor.") var timeout: UInt32 = 300

    func connect() async throws -> HolonsConnection {
      var logger = Logger(label: "holoswift-holons")
      logger.logLevel = .warning
      return try await HolonsConnection.connect(
        adminPort: port, appId: app, role: role, origin: origin, requestTimeout: .seconds(Int64(timeout)),
        logger: logger)
    }
  }

  struct Load: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "load",
      abstract: "Load MAP JSON import files (and the files they name in meta.load_with) with load_holons.")
    @OptionGroup var target: Target
    @Argument(help: "The JSON files.") var files: [String]

    func run() async throws {
      var holons: [LoaderHolon] = []
      var problems: [LoaderError] = []
      for file in files {
        switch LoaderJSON.load(path: file) {
        case .success(let set): holons += set.holons
        case .failure(let errors): problems += errors.errors
        }
      }
      guard problems.isEmpty else {
        for problem in problems { print("error: \(problem)") }
        throw ExitCode.failure
      }
      let connection = try await target.connect()
      defer { Task { await connection.close() } }
      let context = TransactionContext(txId: TransactionIds().make())
      let loadSet = try LoadSetBuilder.build(LoadSet(files: files, holons: holons), in: context)
      let response = await connection.channel.initiateDance(DanceRequests.loadHolons(loadSet), in: context)
      guard response.statusCode == .ok, case .holon(let report) = response.body else {
        print("load_holons failed: \(response.statusCode): \(response.description.value)")
        throw ExitCode.failure
      }
      for name in [
        LoaderNames.holonsStaged, LoaderNames.holonsCommitted, LoaderNames.linksCreated, LoaderNames.errorCount,
        LoaderNames.loadCommitStatus,
      ] {
        print("\(name.name.value): \(report.propertyMap[name].map { "\($0.plain)" } ?? "-")")
      }
      for case .transient(let reference) in report.relationships[LoaderNames.errors] {
        let error = try context.transientHolon(reference).propertyMap
        print("error: \(error[LoaderNames.file]?.plain ?? "?"): \(error["holon_key"]?.plain ?? "?"): \(error["message"]?.plain ?? "")")
      }
      if case .string(let status)? = report.propertyMap[LoaderNames.loadCommitStatus], status.value != "Complete" {
        throw ExitCode.failure
      }
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the saved holons (get_all_holons): key and properties.")
    @OptionGroup var target: Target

    func run() async throws {
      let connection = try await target.connect()
      defer { Task { await connection.close() } }
      let response = await connection.channel.initiateDance(
        DanceRequests.getAllHolons(), in: TransactionContext(txId: TransactionIds().make()))
      guard response.statusCode == .ok, case .holonCollection(let collection) = response.body else {
        print("get_all_holons failed: \(response.statusCode): \(response.description.value)")
        throw ExitCode.failure
      }
      for case .smart(let wire) in collection.members {
        let properties = wire.smartPropertyValues?.entries.map { "\($0.name.name.value)=\($0.value.plain)" } ?? []
        print("\(wire.holonId) \(properties.joined(separator: " "))")
      }
    }
  }
}

extension BaseValue {
  /// The value as plain text: strings without quotes, numbers and booleans as written.
  var plain: String {
    switch self {
    case .string(let text): return text.value
    case .integer(let number): return "\(number.value)"
    case .boolean(let flag): return "\(flag.value)"
    case .enumValue(let name): return name.value.value
    case .bytes(let bytes): return "\(bytes.bytes.count) bytes"
    }
  }
}
