import Foundation

// The fuzzers' command line:
//
//   HoloswiftFuzz --target=NAME [libFuzzer flags…] [corpus directories…]   fuzz one target
//   HoloswiftFuzz --write-seeds=DIR [--target=NAME]                       write the seed corpus to DIR/<target>/
//   HoloswiftFuzz --list                                                  the targets
//
// `make fuzz` and `make fuzz-short` (Fuzz/fuzz.sh) drive it; see Fuzz/README.md.

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
  arguments.lazy.compactMap { $0.hasPrefix("--\(name)=") ? String($0.dropFirst(name.count + 3)) : nil }.first
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("HoloswiftFuzz: \(message)\n".utf8))
  exit(2)
}

let targetName = option("target")
let selected: FuzzTarget?
if let targetName {
  guard let target = FuzzTarget.named(targetName) else {
    fail("unknown target \(targetName); targets: \(FuzzTarget.all.map(\.name).joined(separator: ", "))")
  }
  selected = target
} else {
  selected = nil
}

if arguments.contains("--list") {
  for target in FuzzTarget.all { print("\(target.name)\t\(target.summary)") }
  exit(0)
}

if let directory = option("write-seeds") {
  do {
    for target in selected.map({ [$0] }) ?? FuzzTarget.all {
      let count = try SeedWriter.write(target, into: URL(fileURLWithPath: directory))
      print("\(target.name): \(count) seeds")
    }
  } catch {
    fail("cannot write seeds: \(error)")
  }
  exit(0)
}

guard let selected else { fail("name a target with --target=NAME (see --list)") }
FuzzHarness.target = selected
exit(FuzzHarness.runDriver(arguments: arguments))
