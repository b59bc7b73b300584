public import Conductor
import Foundation
public import HoloCore
import HoloCrypto
import Keystore
public import Ribosome
import StateStore

/// An in-process conductor on temporary directories, for tests (like Holochain's sweettest).
///
/// ```swift
/// let conductor = try SweetConductor()
/// let alice = try await conductor.install(dna)
/// let hash: ActionHash = try await alice.call("forum", "create_post", Post(title: "Hi", content: "…"))
/// ```
public final class SweetConductor: Sendable {
  public let conductor: Conductor
  /// The directory holding its databases and keystore, removed when the conductor goes away.
  public let directory: String

  /// A conductor on a fresh temporary directory, its keystore with the fastest key-derivation settings. Calls have
  /// no wall-clock deadline by default (``RibosomeConfiguration/forTests``): a test must not fail because the
  /// machine is busy; tests of the deadline set one.
  public init(configuration: RibosomeConfiguration = .forTests, hostFunctions: HostFunctionTable = .holochain) throws {
    directory = NSTemporaryDirectory() + "holoswift-sweet-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let keystore = try Keystore.open(path: directory + "/keystore.sqlite3", passphrase: Array("sweet".utf8), limits: .minimum)
    conductor = Conductor(
      store: try StateStore(root: directory + "/data"), keystore: keystore, configuration: configuration,
      hostFunctions: hostFunctions)
  }

  deinit {
    // A deinit cannot throw, and a test's conductor is done: a keystore that fails to close (already closed by the
    // test) or a temporary directory left behind costs nothing but disk space.
    try? conductor.keystore.close()
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// A new agent key in the keystore.
  public func newAgent() throws -> AgentPubKey {
    AgentPubKey(core: try conductor.keystore.newSeed(tag: UUID().uuidString, exportable: false).ed25519PublicKey)
  }

  /// Installs `dna` for `agent` (a new one by default) and returns the cell.
  public func install(
    _ dna: DnaFile, agent: AgentPubKey? = nil, app: String? = nil, role: String = "role",
    membraneProof: MembraneProof? = nil
  ) async throws -> SweetCell {
    let agent = try agent ?? newAgent()
    let id = try await conductor.install(
      dna, agent: agent, app: app ?? "app-\(agent)", role: role, membraneProof: membraneProof)
    return SweetCell(conductor: conductor, id: id)
  }
}

/// One installed cell, with typed zome calls.
public struct SweetCell: Sendable {
  public let conductor: Conductor
  public let id: CellId

  /// The cell `id` of `conductor` (say, a clone a test created).
  public init(conductor: Conductor, id: CellId) {
    self.conductor = conductor
    self.id = id
  }

  public var agent: AgentPubKey { id.agent }

  /// Calls `zome`/`function` with `input` and decodes its output; throws the conductor's error on failure.
  public func call<Output: MsgPackDecodable>(
    _ zome: String, _ function: String, _ input: some MsgPackEncodable = Unit(), as _: Output.Type = Output.self,
    provenance: AgentPubKey? = nil, capSecret: CapSecret? = nil
  ) async throws -> Output {
    let output = try await conductor.callZome(
      id, zome: zome, function: function, payload: ExternIO(encoding: input), provenance: provenance, capSecret: capSecret)
    return try output.decode(Output.self)
  }

  /// The same call, with the failure as a value: for tests that expect one.
  public func callFallible<Output: MsgPackDecodable>(
    _ zome: String, _ function: String, _ input: some MsgPackEncodable = Unit(), as _: Output.Type = Output.self,
    provenance: AgentPubKey? = nil, capSecret: CapSecret? = nil
  ) async -> Result<Output, ConductorError> {
    do throws(ConductorError) {
      let output = try await conductor.callZome(
        id, zome: zome, function: function, payload: ExternIO(encoding: input), provenance: provenance,
        capSecret: capSecret)
      do {
        return .success(try output.decode(Output.self))
      } catch {
        return .failure(.ribosome(.abiViolation(zome: zome, function: function, reason: "output: \(error)")))
      }
    } catch {
      return .failure(error)
    }
  }

  /// The committed records of the cell's source chain, oldest first.
  public func chain() throws -> [Record] {
    var filter = ChainQueryFilter()
    filter.includeEntries = true
    return try conductor.cell(id).sourceChain.query(filter)
  }
}
