import ArgumentParser
import Bundles

/// `holoswift web-app`: web-app bundles, like `hc web-app`.
struct WebAppCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "web-app",
    abstract: "Work with web-app bundles (.webhapp).",
    subcommands: [Pack.self, Unpack.self])

  /// `holoswift web-app pack DIR [-o OUT] [--recursive]`.
  struct Pack: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Pack the web-happ.yaml in a directory into <name>.webhapp.")

    @OptionGroup var options: PackOptions

    @Flag(name: .shortAndLong, help: "Pack the app (and its DNAs) first.")
    var recursive = false

    func run() throws {
      if recursive { reportWritten(try WebAppBundle.packApp(forWebAppIn: options.directory)) }
      reportWritten(try WebAppBundle.pack(directory: options.directory, output: options.outputURL))
    }
  }

  /// `holoswift web-app unpack FILE [-o DIR] [--raw] [--force]`.
  struct Unpack: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Unpack a .webhapp bundle into a directory with its web-happ.yaml, UI zip and app bundle.")

    @OptionGroup var options: UnpackOptions

    func run() throws {
      try options.unpack(WebAppManifest.self)
    }
  }
}
