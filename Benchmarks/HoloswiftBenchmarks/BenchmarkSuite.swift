/// All benchmark groups, and the command line that picks which to run.
///
/// `HoloswiftBenchmarks` runs every group; `HoloswiftBenchmarks hashing msgpack` runs those two;
/// `HoloswiftBenchmarks --list` names them.
struct BenchmarkSuite {
  /// The groups, in the order they run.
  let groups: [BenchmarkGroup]

  /// Parses `arguments` (without the program name) and runs the chosen groups; exits on bad arguments.
  func run(arguments: [String]) {
    if arguments.contains("--help") || arguments.contains("-h") {
      print("usage: HoloswiftBenchmarks [--list] [group ...]")
      print("groups: " + groups.map(\.name).joined(separator: ", "))
      return
    }
    if arguments.contains("--list") {
      for group in groups { print("\(group.name): \(group.summary)") }
      return
    }
    let unknown = arguments.filter { name in !groups.contains { $0.name == name } }
    guard unknown.isEmpty else {
      printError("unknown benchmark group(s): \(unknown.joined(separator: ", "))")
      printError("groups: " + groups.map(\.name).joined(separator: ", "))
      exitProgram(2)
    }
    let chosen = arguments.isEmpty ? groups : groups.filter { arguments.contains($0.name) }
    let runner = BenchmarkRunner()
    let clock = ContinuousClock()
    let start = clock.now
    #if DEBUG
      printError(
        "warning: a debug build; run `swift run -c release HoloswiftBenchmarks` for real figures")
    #endif
    print(
      "ns/op is the median of \(runner.repetitions) repetitions after a warm-up; ± is half their "
        + "range; MiB/s is bytes/op at the median; vs floor compares with a row of the same run.")
    for group in chosen {
      print("")
      print("### \(group.name)")
      print("")
      print(group.summary)
      print("")
      runner.printTableHeader()
      group.run(runner)
    }
    let total = start.duration(to: clock.now).nanoseconds / 1e9
    fflushAll()
    printError("benchmarks finished in \(Format.fixed(total, decimals: 1)) s")
  }
}
