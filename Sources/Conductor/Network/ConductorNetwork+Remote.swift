import Foundation
public import HoloCore
import HoloCrypto
import HoloNetwork
import Keystore
import Logging
public import Ribosome
import StateStore
import Synchronization

extension ConductorNetwork: CascadeNetwork {
  public var requiredValidations: Int { configuration.requiredValidations }

  public func isAuthority(for basis: AnyLinkableHash, in dna: DnaHash) -> Bool {
    configuration.storageArc.contains(basis.location)
  }

  public func fetch(basis: AnyLinkableHash, in dna: DnaHash, options: GetOptions) -> Bool {
    waitBlocking { await self.fetchFromAuthorities(basis: basis, in: dna, options: options) }
  }

  /// Asks up to `remoteAgentCount` authorities (3 by default) at once and caches every verified op they answer
  /// with, merging their answers. Runs on a task that a zome-call thread waits for (``waitBlocking(_:)``), never on
  /// a zome-call thread itself: it hops to one to write the cache.
  func fetchFromAuthorities(basis: AnyLinkableHash, in dna: DnaHash, options: GetOptions) async -> Bool {
    guard isOnline, let conductor else { return false }
    let count = Int(min(options.remoteAgentCount ?? 3, GetOptions.maxRemoteAgentCount))
    let asked = authorities(of: dna, covering: basis.location).shuffled().prefix(max(count, 1))
    guard !asked.isEmpty else { return false }
    // The guest's `timeout_ms` is a u64: one past `Int64.max` milliseconds is clamped, not a trap.
    let timeout = options.timeoutMs.map { Duration.milliseconds(Int64(clamping: $0)) } ?? configuration.requestTimeout
    let answers = await withTaskGroup(of: [AuthoredOpAnswer]?.self) { group in
      for address in asked {
        group.addTask {
          guard case .ops(let ops)? = await self.request(.get(dna: dna, basis: basis), to: address, timeout: timeout)
          else { return nil }
          return ops
        }
      }
      var all: [[AuthoredOpAnswer]] = []
      for await answer in group { if let answer { all.append(answer) } }
      return all
    }
    // Checking the signatures and writing the cache: one hop to a blocking-capable thread.
    return await onBlockingThread(conductor) { () -> Bool in
      guard let cache = self.attempt(.storeOpen, "opening the cache of \(dna)", { try conductor.store.cache(for: dna) })
      else { return false }
      for answer in answers.joined()
      where Self.signatureVerifies(answer.op.signedAction) && answer.op.basis() == basis {
        _ = self.attempt(.storeWrite, "caching op \(answer.op.hash()) from an authority") {
          try cache.cache(answer.op, status: OpValidationStatus(answer.status))
        }
      }
      return !answers.isEmpty
    }
  }

  /// `call_remote` to an agent on another conductor, signed by the caller; blocks the zome-call thread.
  func callRemote(_ call: Call, to agent: AgentPubKey, from context: ZomeCallContext) -> ZomeCallResponse {
    let dna = context.cell.dnaHash
    guard let address = address(of: agent, in: dna) else {
      return .networkError("no route to agent \(agent): it is not among this conductor's peers")
    }
    var remote = RemoteZomeCall(
      dna: dna, from: context.cell.agent, to: agent, zome: call.zomeName, function: call.fnName, payload: call.payload,
      capSecret: call.capSecret, sentAt: Timestamp.now().microseconds, nonce: SecureRandom.bytes(32))
    guard let conductor,
      let signature = attempt(
        .signing, "signing a remote call as \(remote.from)",
        { try conductor.keystore.sign(publicKey: remote.from.core, message: remote.signedBytes) })
    else { return .networkError("the caller's key cannot sign the call") }
    remote.signature = signature
    let message = PeerMessage.callRemote(remote)
    let answer = waitBlocking { await self.request(message, to: address) }
    switch answer {
    case .callResponse(let response)?: return response
    case .failure(let reason)?: return .networkError(reason)
    default: return .networkError("agent \(agent) did not answer")
    }
  }

  /// `send_remote_signal` to agents on other conductors: signed, sent, not awaited (best effort, as in Holochain).
  func sendRemoteSignal(_ signal: RemoteSignal, to agents: [AgentPubKey], from context: ZomeCallContext) {
    let dna = context.cell.dnaHash
    var byAddress: [PeerURL: [AgentPubKey]] = [:]
    for agent in agents {
      if let address = address(of: agent, in: dna) { byAddress[address, default: []].append(agent) }
    }
    guard let conductor, !byAddress.isEmpty else { return }
    for (address, agents) in byAddress {
      var message = RemoteSignalMessage(
        dna: dna, from: context.cell.agent, to: agents, zome: context.zomeName, payload: signal.signal,
        sentAt: Timestamp.now().microseconds)
      guard
        let signature = attempt(
          .signing, "signing a remote signal as \(message.from)",
          { try conductor.keystore.sign(publicKey: message.from.core, message: message.signedBytes) })
      else { continue }
      message.signature = signature
      Task { await self.send(.remoteSignal(message), to: address) }
    }
  }
}

/// Runs async work from a zome-call thread and waits for it. Only for threads that may block: never on an
/// event loop or Swift's cooperative pool.
func waitBlocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
  let result = Mutex<T?>(nil)
  let done = DispatchSemaphore(value: 0)
  Task {
    let value = await body()
    result.withLock { $0 = value }
    done.signal()
  }
  // Another call may run on this thread's slot meanwhile: waiting for peers must not stall the conductor.
  ZomeCallThreads.blocking { done.wait() }
  return result.withLock { $0! }
}
