import Foundation
public import HoloCore
public import HoloNetwork
import Keystore
import Logging
import StateStore
import Synchronization

/// A conductor's part in the network: its transport, the peers it knows per DNA, and the work that keeps
/// its DHTs in step with theirs — publish and receipts, validation of what arrives, gossip, bootstrap.
///
/// Created and started by ``Conductor/startNetwork(_:)``. All its loops stop with ``stop()``.
public final class ConductorNetwork: Sendable {
  public let configuration: NetworkConfiguration
  /// The peers known per space (DNA), from the bootstrap server.
  public let peers = PeerStore()
  let transport: PeerTransport
  let bootstrap: BootstrapClient?
  let logger = Logger(label: "holoswift.network")
  /// Errors the network logged and went on without, counted by where they happened.
  public let droppedErrors = DroppedErrors()
  private let owner: WeakConductor
  private let state = Mutex(State())
  /// Wakes the publish and validation loops early (a commit, a publish received).
  let publishWake = Wake()
  let validationWake = Wake()
  /// Wakes the gossip loop early (a new peer).
  let gossipWake = Wake()
  /// Gossip rounds this node is answering now.
  let inboundRounds = Atomic<Int>(0)

  struct State {
    var online = false
    var loops: Task<Void, Never>?
    /// When each local agent's info was last put, per space.
    var announced: [[UInt8]: Int64] = [:]
    /// The port the transport was bound to, kept for going online again.
    var port: Int?
  }

  init(configuration: NetworkConfiguration, conductor: Conductor) throws(ConductorError) {
    self.configuration = configuration
    owner = WeakConductor(conductor)
    let handler = HandlerBox()
    var transportConfiguration = configuration.transport
    if configuration.encrypts && transportConfiguration.tls == nil {
      do {
        transportConfiguration.tls = try TransportTLS.selfSigned()
      } catch {
        throw .network("\(error)")
      }
    }
    transport = PeerTransport(configuration: transportConfiguration) { payload, isRequest in
      await handler.network?.handle(payload, isRequest: isRequest)
    }
    bootstrap = configuration.bootstrapURL.flatMap(URL.init(string:)).map { BootstrapClient(baseURL: $0) }
    handler.network = self
  }

  /// The conductor, while it exists.
  var conductor: Conductor? { owner.conductor }

  /// Where peers reach this conductor, while online.
  public var url: PeerURL? { transport.url }

  /// Whether the transport is up and the loops run.
  public var isOnline: Bool { state.withLock { $0.online } }

  /// Binds the transport and starts the loops.
  func start() async throws(ConductorError) {
    try await bindAndRun(port: configuration.listenPort)
  }

  private func bindAndRun(port: Int) async throws(ConductorError) {
    let bound: PeerURL
    do {
      bound = try await transport.start(host: configuration.listenHost, port: port)
    } catch {
      throw .network("cannot listen on \(configuration.listenHost):\(port): \(error)")
    }
    let loops = Task { [weak self] in
      await withTaskGroup(of: Void.self) { group in
        group.addTask { await self?.publishLoop() }
        group.addTask { await self?.validationLoop() }
        group.addTask { await self?.gossipLoop() }
        group.addTask { await self?.bootstrapLoop() }
      }
    }
    state.withLock {
      $0.online = true
      $0.loops = loops
      $0.port = bound.port
    }
  }

  /// Stops the loops and closes every connection; peers see this conductor as unreachable.
  public func stop() async {
    let loops = state.withLock { state -> Task<Void, Never>? in
      state.online = false
      defer { state.loops = nil }
      return state.loops
    }
    loops?.cancel()
    await transport.stop()
    await loops?.value
  }

  /// Takes the conductor off the network (as if unplugged) until ``goOnline()``: same port, same agent infos.
  public func goOffline() async { await stop() }

  /// Brings the conductor back on the port it had, announcing its agents again.
  public func goOnline() async throws(ConductorError) {
    guard !isOnline else { return }
    let port = state.withLock { state -> Int in
      state.announced = [:]
      return state.port ?? configuration.listenPort
    }
    try await bindAndRun(port: port)
    publishWake.signal()
  }

  /// Marks an agent's info as announced now (or reads when it last was).
  func lastAnnounced(_ key: [UInt8]) -> Int64? { state.withLock { $0.announced[key] } }
  func markAnnounced(_ key: [UInt8], at time: Int64) { state.withLock { $0.announced[key] = time } }

  // MARK: Sending

  /// Sends a one-way message; failures are logged, counted and dropped (the loops retry what matters).
  func send(_ message: PeerMessage, to peer: PeerURL) async {
    do {
      try await transport.send(message.msgpackBytes(), to: peer)
    } catch {
      dropped(error, at: .transport, "sending \(message.name) to \(peer)")
    }
  }

  /// Sends a request and decodes the answer; `nil` when the peer is unreachable, slow, or answers nonsense.
  func request(_ message: PeerMessage, to peer: PeerURL, timeout: Duration? = nil) async -> PeerMessage? {
    do {
      let bytes = try await transport.request(
        message.msgpackBytes(), to: peer, timeout: timeout ?? configuration.requestTimeout)
      return try PeerMessage(msgpack: bytes)
    } catch {
      dropped(error, at: .transport, "requesting \(message.name) of \(peer)")
      return nil
    }
  }

  // MARK: Peers

  /// The peers of `dna` other than this conductor's own agents, newest info per agent.
  func remotePeers(of dna: DnaHash) -> [SignedAgentInfo] {
    let own = url
    return peers.peers(in: dna.spaceId, now: Timestamp.now().microseconds).filter { info in
      guard let address = info.info.url.flatMap(PeerURL.init(string:)) else { return false }
      return address != own
    }
  }

  /// The distinct addresses of the peers of `dna` whose arcs hold `location`.
  func authorities(of dna: DnaHash, covering location: UInt32) -> [PeerURL] {
    var seen = Set<PeerURL>()
    return remotePeers(of: dna).compactMap { info -> PeerURL? in
      guard info.info.storageArc.contains(location), let address = info.info.url.flatMap(PeerURL.init(string:)),
        seen.insert(address).inserted
      else { return nil }
      return address
    }
  }

  /// Every distinct peer address in `dna`.
  func peerAddresses(of dna: DnaHash) -> [PeerURL] {
    var seen = Set<PeerURL>()
    return remotePeers(of: dna).compactMap { info in
      guard let address = info.info.url.flatMap(PeerURL.init(string:)), seen.insert(address).inserted else {
        return nil
      }
      return address
    }
  }

  /// Where `agent` of `dna` listens, if known.
  func address(of agent: AgentPubKey, in dna: DnaHash) -> PeerURL? {
    peers.peer(agent: agent.core, in: dna.spaceId, now: Timestamp.now().microseconds)?.info.url.flatMap(
      PeerURL.init(string:))
  }
}

extension DnaHash {
  /// The Kitsune2 space of a DNA: its 32-byte core, as Holochain's `to_k2_space` makes it.
  var spaceId: [UInt8] { core }
}

/// The conductor, weakly (the conductor owns its network).
private final class WeakConductor: Sendable {
  private let box: Mutex<WeakBox>
  private struct WeakBox: @unchecked Sendable { weak var conductor: Conductor? }

  init(_ conductor: Conductor) { box = Mutex(WeakBox(conductor: conductor)) }

  var conductor: Conductor? { box.withLock { $0.conductor } }
}

/// Lets the transport's handler, made before the network exists, reach it.
private final class HandlerBox: @unchecked Sendable {
  weak var network: ConductorNetwork?
}

/// A wake-up signal for a loop that otherwise sleeps for its interval.
final class Wake: Sendable {
  private let pending = Mutex<[CheckedContinuation<Void, Never>]>([])
  private let raised = Atomic<Bool>(false)

  /// Wakes the waiting loop (or the next wait returns at once).
  func signal() {
    raised.store(true, ordering: .releasing)
    let waiting = pending.withLock { list -> [CheckedContinuation<Void, Never>] in
      defer { list = [] }
      return list
    }
    for continuation in waiting { continuation.resume() }
  }

  /// Waits until `signal()`, `interval`, or the task's cancellation, whichever comes first.
  func wait(upTo interval: Duration) async {
    if raised.exchange(false, ordering: .acquiringAndReleasing) { return }
    let timer = Task {
      // Cancelled once the wait is over: ending the sleep early is the point, there is nothing to report.
      try? await Task.sleep(for: interval)
      self.signal()
    }
    await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        pending.withLock { $0.append(continuation) }
        // A signal (or cancellation) that came before the continuation was stored resumes it now.
        if raised.load(ordering: .acquiring) || Task.isCancelled { signal() }
      }
    } onCancel: {
      self.signal()
    }
    timer.cancel()
    _ = raised.exchange(false, ordering: .acquiringAndReleasing)
  }
}

extension ConductorNetwork {
  /// What the transport has sent and received so far.
  public var transportStatistics: TransportStatistics { transport.statistics }
}
