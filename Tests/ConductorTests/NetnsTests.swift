import Foundation
import HoloCore
import StateStore
import Testing

/// Two `holoswift` conductors in separate network namespaces (joined by a veth pair), with a bootstrap server
/// in the test's own namespace: each one's genesis ops reach the other across the link. Runs only where the
/// machine lets the test create namespaces (root, `ip netns`); skipped with that reason elsewhere.
@Suite(.serialized) struct NetnsTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
  static let holoswift = root + "/.build/debug/holoswift"

  /// Why the test cannot run here, or `nil` when it can.
  static let unavailable: String? = {
    guard getuid() == 0 else { return "creating network namespaces needs root" }
    guard FileManager.default.isExecutableFile(atPath: holoswift) else { return "\(holoswift) is not built" }
    let name = "hs-probe-\(getpid())"
    guard run("/usr/sbin/ip", "netns", "add", name).status == 0 else { return "ip netns add is not allowed here" }
    _ = run("/usr/sbin/ip", "netns", "del", name)
    return nil
  }()

  @Test(.enabled(if: unavailable == nil, "\(unavailable ?? "")"))
  func conductorsInSeparateNamespacesShareTheirDht() async throws {
    let tag = String(getpid() % 200 + 20)
    let (nsA, nsB, vethA, vethB) = ("hsA\(tag)", "hsB\(tag)", "hsa\(tag)", "hsb\(tag)")
    let (hostIP, ipA, ipB) = ("10.231.\(tag).1", "10.231.\(tag).2", "10.231.\(tag).3")
    let work = NSTemporaryDirectory() + "holoswift-netns-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    var processes: [Process] = []
    defer {
      for process in processes where process.isRunning { process.terminate() }
      for process in processes { process.waitUntilExit() }
      for name in [nsA, nsB] { _ = Self.run("/usr/sbin/ip", "netns", "del", name) }
      _ = Self.run("/usr/sbin/ip", "link", "del", "br\(tag)")
      try? FileManager.default.removeItem(atPath: work)
    }
    // A bridge in the test's namespace, and one veth leg into each conductor's namespace.
    let setup: [[String]] = [
      ["link", "add", "br\(tag)", "type", "bridge"], ["addr", "add", "\(hostIP)/24", "dev", "br\(tag)"],
      ["link", "set", "br\(tag)", "up"],
      ["netns", "add", nsA], ["netns", "add", nsB],
      ["link", "add", vethA, "type", "veth", "peer", "name", "in\(vethA)"],
      ["link", "add", vethB, "type", "veth", "peer", "name", "in\(vethB)"],
      ["link", "set", vethA, "master", "br\(tag)"], ["link", "set", vethB, "master", "br\(tag)"],
      ["link", "set", vethA, "up"], ["link", "set", vethB, "up"],
      ["link", "set", "in\(vethA)", "netns", nsA], ["link", "set", "in\(vethB)", "netns", nsB],
      ["netns", "exec", nsA, "ip", "addr", "add", "\(ipA)/24", "dev", "in\(vethA)"],
      ["netns", "exec", nsB, "ip", "addr", "add", "\(ipB)/24", "dev", "in\(vethB)"],
      ["netns", "exec", nsA, "ip", "link", "set", "in\(vethA)", "up"],
      ["netns", "exec", nsB, "ip", "link", "set", "in\(vethB)", "up"],
      ["netns", "exec", nsA, "ip", "link", "set", "lo", "up"], ["netns", "exec", nsB, "ip", "link", "set", "lo", "up"],
    ]
    for step in setup {
      let result = Self.run("/usr/sbin/ip", step)
      try #require(result.status == 0, "ip \(step.joined(separator: " ")): \(result.output)")
    }

    // One hApp with the forum DNA, packed by the CLI; both sandboxes install it with the same network seed.
    try FileManager.default.createDirectory(atPath: work + "/happ", withIntermediateDirectories: true)
    try #require(
      Self.run(Self.holoswift, ["dna", "pack", Self.root + "/demo/forum/dna", "-o", work + "/happ/forum.dna"]).status
        == 0)
    try """
    ---
    manifest_version: "0"
    name: netns
    roles:
      - name: forum
        provisioning:
          strategy: create
          deferred: false
        dna:
          path: forum.dna
    """.write(toFile: work + "/happ/happ.yaml", atomically: true, encoding: .utf8)
    try #require(Self.run(Self.holoswift, ["app", "pack", work + "/happ", "-o", work + "/netns.happ"]).status == 0)

    let bootstrapPort = 20_000 + Int(getpid() % 20_000)
    let bootstrap = try Self.start(
      Self.holoswift, ["bootstrap-server", "--host", hostIP, "--port", "\(bootstrapPort)"])
    processes.append(bootstrap)
    for (ns, ip) in [(nsA, ipA), (nsB, ipB)] {
      let created = Self.run(
        "/usr/sbin/ip",
        [
          "netns", "exec", ns, Self.holoswift, "sandbox", "create", work + "/" + ns, "--app", work + "/netns.happ",
          "--network-seed", "netns-\(tag)", "--bootstrap-url", "http://\(hostIP):\(bootstrapPort)", "--listen",
          "\(ip):0",
        ])
      try #require(created.status == 0, "sandbox create in \(ns): \(created.output)")
      processes.append(
        try Self.start("/usr/sbin/ip", ["netns", "exec", ns, Self.holoswift, "sandbox", "run", work + "/" + ns]))
    }

    // Each conductor's agent-activity ops for its own genesis must arrive in the other's DHT.
    let deadline = ContinuousClock.now + .seconds(60)
    var seen = (0, 0)
    while ContinuousClock.now < deadline {
      seen = (try Self.foreignAuthors(in: work + "/" + nsA), try Self.foreignAuthors(in: work + "/" + nsB))
      if seen.0 >= 1 && seen.1 >= 1 { break }
      try await Task.sleep(for: .milliseconds(200))
    }
    #expect(seen.0 >= 1 && seen.1 >= 1, "authors from the other namespace: A sees \(seen.0), B sees \(seen.1)")
  }

  /// How many authors other than the sandbox's own agent have integrated ops in its DHT.
  static func foreignAuthors(in sandbox: String) throws -> Int {
    let databases = sandbox + "/data/databases"
    let dhtDir = databases + "/dht"
    guard
      let file = try? FileManager.default.contentsOfDirectory(atPath: dhtDir).first(where: { $0.hasSuffix(".sqlite3") })
    else { return 0 }
    let dna = try DnaHash(string: String(file.dropLast(".sqlite3".count)))
    let authored = try FileManager.default.contentsOfDirectory(atPath: databases + "/authored")
    let own = Set(
      authored.compactMap { name in name.split(separator: "-").last.map { String($0.dropLast(".sqlite3".count)) } })
    let store = try StateStore(root: databases)
    let authors = Set(
      try store.dht(for: dna).integratedDigests().compactMap { digest -> String? in
        try store.dht(for: dna).heldOps([digest.hash]).first.map { "\($0.op.action.author)" }
      })
    return authors.subtracting(own).count
  }

  @discardableResult
  static func run(_ executable: String, _ arguments: String...) -> (status: Int32, output: String) {
    run(executable, arguments)
  }

  static func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do { try process.run() } catch { return (-1, "\(error)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  static func start(_ executable: String, _ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }
}
