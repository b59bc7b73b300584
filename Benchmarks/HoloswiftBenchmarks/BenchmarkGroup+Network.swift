import Conductor
import Foundation
import HoloCore
import HoloNetwork
import HoloswiftTesting
import StateStore

extension BenchmarkGroup {
  /// Conductors on loopback: how long a write takes to be readable everywhere, with and without a steady write
  /// rate; gossip catch-up after missing about 1,000 ops; receipts with 10 agents; bytes sent per op.
  static var network: BenchmarkGroup {
    BenchmarkGroup(
      name: "network",
      summary: "Propagation (2/5/10 conductors), lag under load, gossip catch-up, receipts, bytes per op."
    ) { _ in
      RibosomeBenchFixture.wait { try await NetworkBench.run() }
    }
  }
}

/// The network measurements, printed as lines of their own (latencies are distributions, not per-call means).
enum NetworkBench {
  static let dna = DnaFile(
    name: "hostfn", modifiers: DnaModifiers(networkSeed: "bench-network"),
    integrity: [.init(name: "hostfn_integrity", wasm: try! GuestWasm.load("hostfn_integrity"))],
    coordinators: [.init(name: "hostfn", wasm: try! GuestWasm.load("hostfn"))])

  static func run() async throws {
    for count in [2, 5, 10] { try await propagation(conductors: count, writes: 20) }
    try await steadyRate(conductors: 5, perSecond: 10, seconds: 5)
    try await gossipCatchUp(entries: 334)
    try await receipts(conductors: 10)
  }

  /// Writes on conductor 0, one at a time, each timed until every other conductor holds its record.
  static func propagation(conductors count: Int, writes: Int) async throws {
    let batch = try await SweetBatch.start(count)
    let cells = try await batch.install(dna)
    try await batch.awaitConsistency(dna.hash, timeout: .seconds(120))
    let sentBefore = batch.bytesSent
    var latencies: [Double] = []
    for index in 0..<writes {
      let start = ContinuousClock.now
      let hash: ActionHash = try await cells[0].call("hostfn", "create_entry", thing("p\(count)-\(index)"))
      try await waitHeld(hash, on: batch, among: Array(1..<count))
      latencies.append(milliseconds(ContinuousClock.now - start))
    }
    try await batch.awaitConsistency(dna.hash, timeout: .seconds(60))
    // Each create_entry makes 3 ops; the bytes include publish, receipts and gossip summaries meanwhile.
    let perOp = Double(batch.bytesSent - sentBefore) / Double(writes * 3)
    report(
      "propagation, \(count) conductors (write → readable on all)", latencies, extra: "bytes sent per op \(Int(perOp))")
    await batch.shutdown()
  }

  /// A steady write rate on conductor 0; each write's lag until every other conductor holds it.
  static func steadyRate(conductors count: Int, perSecond: Int, seconds: Int) async throws {
    let batch = try await SweetBatch.start(count)
    let cells = try await batch.install(dna)
    try await batch.awaitConsistency(dna.hash, timeout: .seconds(120))
    let interval = Duration.milliseconds(1000 / perSecond)
    var pending: [(ActionHash, ContinuousClock.Instant)] = []
    for index in 0..<(perSecond * seconds) {
      let start = ContinuousClock.now
      let hash: ActionHash = try await cells[0].call("hostfn", "create_entry", thing("rate-\(index)"))
      pending.append((hash, start))
      try await Task.sleep(until: start + interval)
    }
    var lags: [Double] = []
    for (hash, start) in pending {
      try await waitHeld(hash, on: batch, among: Array(1..<count))
      lags.append(milliseconds(ContinuousClock.now - start))
    }
    report("lag at \(perSecond) writes/s for \(seconds) s, \(count) conductors", lags, extra: "")
    await batch.shutdown()
  }

  /// Conductor 2 is offline while conductor 0 writes `entries` entries (3 ops each); publish is off, so
  /// gossip alone brings it back in step.
  static func gossipCatchUp(entries: Int) async throws {
    let batch = try await SweetBatch.start(3) { _, configuration in configuration.publishes = false }
    let cells = try await batch.install(dna)
    try await batch.awaitConsistency(dna.hash, timeout: .seconds(120))
    await batch.network(2).goOffline()
    for index in 0..<entries {
      let _: ActionHash = try await cells[0].call("hostfn", "create_entry", thing("missed-\(index)"))
    }
    try await batch.awaitConsistency(dna.hash, among: [0, 1], timeout: .seconds(300))
    let start = ContinuousClock.now
    try await batch.network(2).goOnline()
    try await batch.awaitConsistency(dna.hash, timeout: .seconds(300))
    let elapsed = milliseconds(ContinuousClock.now - start)
    print("gossip catch-up of \(entries * 3) ops (gossip every 300 ms): \(Format.fixed(elapsed, decimals: 0)) ms")
    await batch.shutdown()
  }

  /// Ten conductors; time from one write until its author holds 5 receipts for each of its ops.
  static func receipts(conductors count: Int) async throws {
    let batch = try await SweetBatch.start(count)
    let cells = try await batch.install(dna)
    try await batch.awaitConsistency(dna.hash, timeout: .seconds(120))
    var times: [Double] = []
    for index in 0..<10 {
      let start = ContinuousClock.now
      let hash: ActionHash = try await cells[0].call("hostfn", "create_entry", thing("receipts-\(index)"))
      let dht = try batch.conductors[0].conductor.store.dht(for: dna.hash)
      while try dht.ops(ofAction: hash).contains(where: { $0.receiptCount < 5 }) {
        try await Task.sleep(for: .milliseconds(2))
      }
      times.append(milliseconds(ContinuousClock.now - start))
    }
    report("5 validation receipts per op, \(count) conductors", times, extra: "")
    await batch.shutdown()
  }

  static func waitHeld(_ hash: ActionHash, on batch: SweetBatch, among indices: [Int]) async throws {
    for index in indices {
      let dht = try batch.conductors[index].conductor.store.dht(for: dna.hash)
      while try dht.ops(ofAction: hash).filter({ $0.integratedAt != nil }).count < 3 {
        try await Task.sleep(for: .milliseconds(1))
      }
    }
  }

  static func thing(_ text: String) -> CreateInput {
    CreateInput(
      entryLocation: .app(AppEntryDefLocation(zomeIndex: ZomeIndex(0), entryDefIndex: EntryDefIndex(0))),
      entryVisibility: .public, entry: .app(AppEntryBytes(bytes: ExternIO(encoding: text).bytes)),
      chainTopOrdering: .strict)
  }

  static func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
  }

  static func report(_ name: String, _ samples: [Double], extra: String) {
    let sorted = samples.sorted()
    func percentile(_ p: Double) -> Double {
      sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }
    print(
      "\(name): p50 \(Format.fixed(percentile(0.5), decimals: 1)) ms, p95 \(Format.fixed(percentile(0.95), decimals: 1)) ms"
        + " (\(sorted.count) samples)\(extra.isEmpty ? "" : "; " + extra)")
    fflushAll()
  }
}

extension SweetBatch {
  /// Bytes every conductor's transport has sent so far.
  var bytesSent: Int { conductors.reduce(0) { $0 + ($1.conductor.network?.transportStatistics.bytesSent ?? 0) } }
}
