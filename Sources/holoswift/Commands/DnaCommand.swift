import ArgumentParser
import Bundles
import Foundation

/// `holoswift dna`: DNA bundles, like `hc dna`.
struct DnaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dna",
    abstract: "Work with DNA bundles (.dna).",
    subcommands: [Pack.self, Unpack.self, Hash.self])

  /// `holoswift dna pack DIR [-o OUT]`.
  struct Pack: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Pack the dna.yaml in a directory into <name>.dna.")

    @OptionGroup var options: PackOptions

    func run() throws {
      reportWritten(try DnaBundle.pack(directory: options.directory, output: options.outputURL))
    }
  }

  /// `holoswift dna unpack FILE [-o DIR] [--raw] [--force]`.
  struct Unpack: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Unpack a .dna bundle into a directory with its dna.yaml and wasm files.")

    @OptionGroup var options: UnpackOptions

    func run() throws {
      try options.unpack(DnaManifest.self)
    }
  }

  /// `holoswift dna hash PATH`.
  struct Hash: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the DNA hash of a .dna bundle, or of the dna.yaml in a directory.")

    @Argument(help: "A .dna file, or a directory holding a dna.yaml.")
    var path: String

    func run() throws {
      let bundle = try DnaBundle(directoryOrFile: URL(fileURLWithPath: path))
      print(try bundle.dnaHash())
    }
  }
}
