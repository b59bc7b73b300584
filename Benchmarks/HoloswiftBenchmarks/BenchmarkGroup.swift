/// A named set of measurements that run together, such as everything about msgpack.
///
/// Add a group by writing a `BenchmarkGroup+Name.swift` file with a static property, then listing it in
/// `main.swift`:
///
/// ```swift
/// extension BenchmarkGroup {
///   static var example: BenchmarkGroup {
///     BenchmarkGroup(name: "example", summary: "What it measures") { runner in
///       runner.measure("sum 1…100", iterations: 1_000_000) { (1...100).reduce(0, +) }
///     }
///   }
/// }
/// ```
struct BenchmarkGroup {
  /// The short name used on the command line to run only this group.
  let name: String
  /// One line saying what the group measures, printed above its table.
  let summary: String
  /// Builds the fixtures and runs every measurement of the group.
  let run: (BenchmarkRunner) -> Void
}
