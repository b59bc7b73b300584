import ArgumentParser
import Bundles
import Foundation

/// The arguments `pack` takes for every kind of bundle.
struct PackOptions: ParsableArguments {
  @Argument(help: "The working directory holding the manifest.")
  var path: String

  @Option(
    name: .shortAndLong, help: "Where to write the bundle (default: <name>.<extension> in the working directory).")
  var output: String?

  var directory: URL { URL(fileURLWithPath: path) }
  var outputURL: URL? { output.map { URL(fileURLWithPath: $0) } }
}

/// The arguments `unpack` takes for every kind of bundle.
struct UnpackOptions: ParsableArguments {
  @Argument(help: "The bundle file to unpack.")
  var path: String

  @Option(name: .shortAndLong, help: "The directory to unpack into (default: beside the file, named after it).")
  var output: String?

  @Flag(name: .shortAndLong, help: "Do not interpret the manifest (to repair a manifest of an older format).")
  var raw = false

  @Flag(name: .shortAndLong, help: "Overwrite the directory if it exists.")
  var force = false

  /// Unpacks a bundle of `Manifest`'s kind and reports where.
  func unpack<Manifest: BundleManifest>(_: Manifest.Type) throws {
    let file = URL(fileURLWithPath: path)
    let target = output.map { URL(fileURLWithPath: $0) }
    let directory =
      raw
      ? try RawBundle.unpack(file: file, as: Manifest.self, output: target, force: force)
      : try Bundle<Manifest>.unpack(file: file, output: target, force: force)
    print("Unpacked to directory \(directory.path(percentEncoded: false))")
  }
}

/// Prints where a bundle was written, as `hc` does.
func reportWritten(_ url: URL) {
  print("Wrote bundle \(url.path(percentEncoded: false))")
}
