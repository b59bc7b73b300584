import ConductorAPI
import ConductorInterfaces
import Conductor
import Foundation
import HoloCore
import HoloCrypto
import HoloswiftTesting
import Keystore
import Logging
@testable import Ribosome
import StateStore
import Testing

/// Load from outside, on a real conductor: many connections and many concurrent calls are answered in turn by a
/// bounded set of zome-call threads, and the memory they took comes back. Runs in the BoundedTimeTests phase
/// (alone), where the process's memory is this test's to measure.
@Suite(.serialized) struct ResourceLimitsBoundedTimeTests {
  @Test func fiveHundredAppConnectionsAreAnsweredWithBoundedThreadsAndMemoryComesBack() async throws {
    let sweet = try SweetConductor()
    let logger = Logger(label: "limits")
    let runtime = ConductorRuntime(conductor: sweet.conductor, logger: logger)
    let admin = try await ConductorClient.connect(
      port: try await runtime.startAdminInterface(port: 0, allowedOrigins: .any), configuration: .patient, logger: logger)
    let installed = try await admin.adminRequest(
      .installApp(InstallAppPayload(source: .bytes(try ConductorAPIHandlerTests.forumHapp()), networkSeed: "many")))
    guard case .appInstalled(let info) = installed else { Issue.record("\(installed)"); return }
    _ = try await admin.adminRequest(.enableApp(installedAppId: info.installedAppId))
    guard case .appInterfaceAttached(let appPort) = try await admin.adminRequest(
      .attachAppInterface(port: 0, dangerBindAddr: nil, allowedOrigins: .any, installedAppId: nil))
    else { Issue.record("attach"); return }
    guard case .appAuthenticationTokenIssued(let token) = try await admin.adminRequest(
      .issueAppAuthenticationToken(
        IssueAppAuthenticationTokenPayload(installedAppId: info.installedAppId, expirySeconds: 0, singleUse: false)))
    else { Issue.record("token"); return }
    let cell = try #require(info.cells(for: "forum").first?.cellId)
    let keystore = sweet.conductor.keystore
    let agent = info.agentPubKey

    /// One connection: authenticate, one signed `list_posts`, close.
    @Sendable func visit() async -> Bool {
      do {
        let app = try await ConductorClient.connect(port: appPort, configuration: .patient, logger: logger)
        defer { Task { await app.close() } }
        try await app.authenticate(token: token.token)
        let params = ZomeCallParams(
          provenance: agent, cellId: cell, zomeName: "forum", fnName: "list_posts", capSecret: nil,
          payload: ExternIO(encoding: HoloCore.Unit()), nonce: Nonce256Bits(checked: SecureRandom.bytes(32)),
          expiresAt: Timestamp(microseconds: Timestamp.now().microseconds + 600_000_000))
        let answer = try await app.appRequest(.callZome(try params.signed(with: keystore)))
        guard case .zomeCalled = answer else { return false }
        return true
      } catch {
        return false
      }
    }

    // Warm up (instances, caches), then take the baseline.
    #expect(await visit())
    let baseline = ProcessMemory.residentBytes()
    let answered = await withTaskGroup(of: Bool.self) { group in
      for _ in 0..<500 { group.addTask { await visit() } }
      return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
    }
    #expect(answered == 500)
    let pool = ZomeCallThreadPool.shared(stackBytes: sweet.conductor.configuration.threadStackBytes)
    #expect(pool.counts.threads <= pool.maxRunning)

    await admin.close()
    await runtime.stop()
    let after = ProcessMemory.residentBytes()
    // Sockets closed, memory handed back: within 100 MiB of where it started (500 threads took ~900 MB).
    #expect(after < baseline + 100 << 20, "RSS \(baseline >> 20) MiB before, \(after >> 20) MiB after")
  }

  @Test func twoHundredConcurrentCallsRunOnABoundedPoolAndEveryAnswerIsTrue() async throws {
    let sweet = try SweetConductor()
    let alice = try await sweet.install(ForumTests.dna())
    let conductor = sweet.conductor
    // Writes to one chain at once: as in Holochain, a strict write whose chain head moved under it fails with
    // HeadMoved and writes nothing; every other call commits. Reads never conflict.
    let outcomes = await withTaskGroup(of: Outcome.self) { group in
      for index in 0..<200 {
        group.addTask { await Self.call(index, on: conductor, cell: alice.id) }
      }
      return await group.reduce(into: [Outcome]()) { $0.append($1) }
    }
    var reads = 0
    var wrote = 0
    var failures: [String] = []
    for outcome in outcomes {
      switch outcome {
      case .read: reads += 1
      case .wrote: wrote += 1
      case .headMoved: break
      case .failed(let reason): failures.append(reason)
      }
    }
    #expect(reads == 150)
    #expect(failures.isEmpty, "\(failures.prefix(3))")
    #expect(wrote >= 1)
    let pool = ZomeCallThreadPool.shared(stackBytes: conductor.configuration.threadStackBytes)
    #expect(pool.counts.threads <= pool.maxRunning)
    // Every acknowledged write is on the chain, and nothing else.
    let posts: [ActionHash] = try await alice.call("forum", "list_posts")
    #expect(posts.count == wrote)
  }

  /// Every fourth call writes a post, the others list them.
  static func call(_ index: Int, on conductor: Conductor, cell: CellId) async -> Outcome {
    let writes = index.isMultiple(of: 4)
    let payload: ExternIO
    if writes {
      payload = ExternIO(encoding: ForumTests.Post(title: "post \(index)", content: "concurrent"))
    } else {
      payload = ExternIO(encoding: HoloCore.Unit())
    }
    do throws(ConductorError) {
      _ = try await conductor.callZome(
        cell, zome: "forum", function: writes ? "create_post" : "list_posts", payload: payload)
      return writes ? Outcome.wrote : Outcome.read
    } catch {
      if case .state(.headMoved) = error { return Outcome.headMoved }
      return Outcome.failed("\(error)")
    }
  }

  enum Outcome: Equatable, Sendable {
    case wrote, read, headMoved
    case failed(String)
  }
}

/// The process's resident memory, read from `/proc/self/statm`, after handing freed heap back to the system.
enum ProcessMemory {
  static func residentBytes() -> Int {
    _ = glibcMallocTrim(0)
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      // Not Linux: no measure; 0 makes the comparison vacuous rather than wrong.
      return 0
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }
}

/// glibc's `malloc_trim` (not in the Glibc module): returns freed heap pages to the system.
@_silgen_name("malloc_trim") private func glibcMallocTrim(_ pad: Int) -> Int32
