import ArgumentParser
import Bundles

/// `holoswift app`: app bundles, like `hc app`.
struct AppCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "app",
    abstract: "Work with app bundles (.happ).",
    subcommands: [Pack.self, Unpack.self])

  /// `holoswift app pack DIR [-o OUT] [--recursive]`.
  struct Pack: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Pack the happ.yaml in a directory into <name>.happ.")

    @OptionGroup var options: PackOptions

    @Flag(name: .shortAndLong, help: "Pack the DNA of every role first (each beside its dna.yaml).")
    var recursive = false

    func run() throws {
      if recursive {
        for dna in try AppBundle.packDnas(forAppIn: options.directory) { reportWritten(dna) }
      }
      reportWritten(try AppBundle.pack(directory: options.directory, output: options.outputURL))
    }
  }

  /// `holoswift app unpack FILE [-o DIR] [--raw] [--force]`.
  struct Unpack: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Unpack a .happ bundle into a directory with its happ.yaml and DNA bundles.")

    @OptionGroup var options: UnpackOptions

    func run() throws {
      try options.unpack(AppManifest.self)
    }
  }
}
