import Foundation

/// Writes a target's seeds as files, the committed corpus `Fuzz/Corpus/<target>/`.
enum SeedWriter {
  /// Writes every seed of `target` to `root/<target>/<seed>`, replacing files of the same name and leaving
  /// other files (regression inputs) alone. Returns how many were written.
  static func write(_ target: FuzzTarget, into root: URL) throws -> Int {
    let directory = root.appendingPathComponent(target.name, isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let seeds = target.seeds()
    var names: Set<String> = []
    for seed in seeds {
      precondition(names.insert(seed.name).inserted, "two seeds of \(target.name) are named \(seed.name)")
      try Data(seed.bytes).write(to: directory.appendingPathComponent(seed.name))
    }
    return seeds.count
  }
}
