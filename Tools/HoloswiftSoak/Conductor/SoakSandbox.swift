import Foundation

/// The soak's work directory: the demo hApp packed and a sandbox conductor created from it, the way
/// `make run` does, but in a directory of its own.
///
/// The repository's `demo/forum/happ.yaml` names its DNAs as `../../.build-demo/*.dna`; copied to
/// `WORK/demo/forum/`, it finds them in `WORK/.build-demo/`, where the soak packs them.
struct SoakSandbox: Sendable {
  /// The work directory.
  let root: String
  /// The `holoswift` executable.
  let holoswift: String

  /// The sandbox conductor's directory.
  var directory: String { root + "/sandbox" }
  /// Where every conductor incarnation's output goes.
  var conductorLog: String { root + "/conductor.log" }
  /// Where the preparing commands' output goes.
  var setupLog: String { root + "/setup.log" }
  /// The conductor's databases (StateStore's root).
  var databases: String { directory + "/data/databases" }

  /// Packs the demo DNAs and hApp of `repository` and creates a sandbox with the app installed and enabled.
  static func prepare(repository: String, holoswift: String, root: String) async throws -> SoakSandbox {
    let sandbox = SoakSandbox(root: root, holoswift: holoswift)
    let files = FileManager.default
    let packed = root + "/.build-demo"
    try files.createDirectory(atPath: packed, withIntermediateDirectories: true)
    try files.createDirectory(atPath: root + "/demo/forum", withIntermediateDirectories: true)
    try files.copyItem(atPath: repository + "/demo/forum/happ.yaml", toPath: root + "/demo/forum/happ.yaml")
    let limit = Duration.seconds(300)
    for (dna, name) in [("demo/forum/dna", "forum"), ("demo/forum/holons", "holons")] {
      _ = try await ChildProcess.run(
        holoswift, ["dna", "pack", repository + "/" + dna, "-o", "\(packed)/\(name).dna"], logPath: sandbox.setupLog,
        limit: limit)
    }
    _ = try await ChildProcess.run(
      holoswift, ["app", "pack", root + "/demo/forum", "-o", packed + "/forum.happ"], logPath: sandbox.setupLog,
      limit: limit)
    // Run from the work directory: `sandbox create` lists what it creates in `.holoswift-sandboxes` there.
    _ = try await ChildProcess.run(
      holoswift, ["sandbox", "create", sandbox.directory, "--app", packed + "/forum.happ"], directory: root,
      logPath: sandbox.setupLog, limit: limit)
    return sandbox
  }
}
