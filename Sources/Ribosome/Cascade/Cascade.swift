import HoloCore
import StateStore

/// Reads the DHT as a zome call sees it: the call's own writes, the agent's chain, what this node holds as an
/// authority, what it cached from others, and — with the `Network` strategy — the authorities of a basis this
/// node does not cover, or where it holds nothing yet (Holochain's cascade).
struct Cascade {
  let workspace: Workspace?
  let dht: DhtStore?
  let cache: DhtStore?
  let network: (any CascadeNetwork)?
  let dna: DnaHash
  let options: GetOptions
  /// The bases already asked of the network by this cascade: each is asked once, for every op type.
  private let asked = AskedBases()

  init(_ context: ZomeCallContext, options: GetOptions = .network) {
    workspace = context.workspace
    dht = context.dht
    cache = context.cache
    network = context.network
    dna = context.cell.dnaHash
    self.options = options
  }

  /// Everything filed at `basis` by ops of `types`, each action once, valid ones only unless `includeRejected`.
  func filed(at basis: AnyLinkableHash, _ types: [ChainOpType], includeRejected: Bool = false) throws(HostFunctionFailure)
    -> [FiledRecord]
  {
    var found: [FiledRecord] = []
    var seen = Set<[UInt8]>()
    do {
      let local = try workspace?.filed(at: basis, types: types) ?? []
      let held = try dht?.filed(at: basis, types: types) ?? []
      var cached = try cache?.filed(at: basis, types: types) ?? []
      if let network, options.strategy == .network, asked.firstTime(basis) {
        let heldHere = !(local.isEmpty && held.isEmpty && cached.isEmpty)
        if !heldHere || !network.isAuthority(for: basis, in: dna) {
          network.fetch(basis: basis, in: dna, options: options)
          cached = try cache?.filed(at: basis, types: types) ?? []
        }
      }
      for filed in local + held + cached {
        guard includeRejected || filed.validationStatus == .valid else { continue }
        // One entry per action and op type; the author's copy (first) wins.
        guard seen.insert(filed.actionHash.raw39 + [UInt8(filed.opType.rawValue)]).inserted else { continue }
        found.append(filed)
      }
    } catch {
      throw .host("reading the DHT failed: \(error)")
    }
    return found.sorted { lhs, rhs in
      let (left, right) = (lhs.action.header.timestamp, rhs.action.header.timestamp)
      return left != right ? left < right : lhs.actionHash.raw39.lexicographicallyPrecedes(rhs.actionHash.raw39)
    }
  }

  /// The record of an action, whether or not it was deleted.
  func record(_ hash: ActionHash) throws(HostFunctionFailure) -> Record? {
    try filed(at: AnyLinkableHash(hash)!, [.createRecord]).first?.record
  }

  /// The record of an action unless it was deleted (`get` on an action hash).
  func liveRecord(_ hash: ActionHash) throws(HostFunctionFailure) -> Record? {
    guard let record = try record(hash) else { return nil }
    return try filed(at: AnyLinkableHash(hash)!, [.deleteRecord]).isEmpty ? record : nil
  }

  /// The Create and Update actions that created `entry`, with the entry, oldest first.
  func creators(of entry: EntryHash, includeRejected: Bool = false) throws(HostFunctionFailure) -> [FiledRecord] {
    try filed(at: AnyLinkableHash(entry)!, [.createEntry], includeRejected: includeRejected)
  }

  /// The Delete actions on `entry`'s creators.
  func deletes(ofEntry entry: EntryHash) throws(HostFunctionFailure) -> [FiledRecord] {
    try filed(at: AnyLinkableHash(entry)!, [.deleteEntry])
  }

  /// The oldest creator of `entry` that has not been deleted, with the entry (`get` on an entry hash).
  func liveEntryRecord(_ entry: EntryHash) throws(HostFunctionFailure) -> Record? {
    let deleted = Set(try deletes(ofEntry: entry).compactMap { filed -> ActionHash? in
      if case .delete(let data) = filed.action.data { return data.deletesAddress }
      return nil
    })
    return try creators(of: entry).first { !deleted.contains($0.actionHash) }?.record
  }

  /// `get_details` of an action hash.
  func recordDetails(_ hash: ActionHash) throws(HostFunctionFailure) -> RecordDetails? {
    let basis = AnyLinkableHash(hash)!
    guard let stored = try filed(at: basis, [.createRecord], includeRejected: true).first else { return nil }
    let status: ValidationStatus =
      switch stored.validationStatus {
      case .rejected: .rejected
      case .abandoned: .abandoned
      default: .valid
      }
    return RecordDetails(
      record: stored.record, validationStatus: status,
      deletes: try filed(at: basis, [.deleteRecord]).map(\.record.signedAction),
      updates: try filed(at: basis, [.updateRecord]).map(\.record.signedAction))
  }

  /// `get_details` of an entry hash.
  func entryDetails(_ hash: EntryHash) throws(HostFunctionFailure) -> EntryDetails? {
    let all = try creators(of: hash, includeRejected: true)
    guard let entry = all.lazy.compactMap({ $0.record.entry.entry }).first else { return nil }
    let deletes = try deletes(ofEntry: hash)
    let deleted = Set(deletes.compactMap { filed -> ActionHash? in
      if case .delete(let data) = filed.action.data { return data.deletesAddress }
      return nil
    })
    let valid = all.filter { $0.validationStatus == .valid }
    return EntryDetails(
      entry: entry, actions: valid.map(\.record.signedAction),
      rejectedActions: all.filter { $0.validationStatus == .rejected }.map(\.record.signedAction),
      deletes: deletes.map(\.record.signedAction),
      updates: try filed(at: AnyLinkableHash(hash)!, [.updateEntry]).map(\.record.signedAction),
      entryDhtStatus: valid.contains { !deleted.contains($0.actionHash) } ? .live : .dead)
  }
}

/// The bases a cascade has asked the network for (a cascade lives for one host-function call, on one thread).
private final class AskedBases: @unchecked Sendable {
  private var bases = Set<AnyLinkableHash>()

  /// Whether `basis` was not asked yet; marks it asked.
  func firstTime(_ basis: AnyLinkableHash) -> Bool { bases.insert(basis).inserted }
}
