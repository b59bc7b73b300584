// Wires the benchmark groups together; each group lives in its own `BenchmarkGroup+Name.swift`.
// Run with `make bench`, or `swift run -c release HoloswiftBenchmarks [group ...]`.

let suite = BenchmarkSuite(groups: [
  .msgpack,
  .hashing,
  .signing,
  .chain,
  .ribosome,
  .interfaces,
  .holons,
  .network,
])
suite.run(arguments: Array(CommandLine.arguments.dropFirst()))
