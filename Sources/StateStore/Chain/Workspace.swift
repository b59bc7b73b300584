public import HoloCore
import GRDB
import Synchronization

/// The writes of one zome call: new actions build on the scratch, reads see them, and ``flush(ordering:)``
/// commits them all in one transaction or none of them.
///
/// A workspace remembers the chain head it was opened at ("as at"); a flush checks the chain still ends there.
public final class Workspace: Sendable {
  /// The chain this workspace writes to.
  public let chain: SourceChain
  /// The committed head when the workspace opened, `nil` for an empty chain.
  public let asAt: ChainHead?
  private let scratch = Mutex(Scratch())

  private struct Scratch {
    var records: [(action: SignedActionHashed, entry: Entry?)] = []
    var flushed = false
  }

  init(chain: SourceChain, asAt: ChainHead?) {
    self.chain = chain
    self.asAt = asAt
  }

  /// The head including uncommitted actions.
  public var head: ChainHead? {
    scratch.withLock { state in
      guard let last = state.records.last?.action else { return asAt }
      return ChainHead(hash: last.hash, seq: last.content.actionSeq, timestamp: last.content.header.timestamp)
    }
  }

  /// The uncommitted records, oldest first.
  public var pendingRecords: [HoloCore.Record] {
    scratch.withLock { state in state.records.map { Self.record($0.action, $0.entry) } }
  }

  /// Appends a new action after the current head, signed by the chain's agent, and returns it.
  ///
  /// The timestamp never goes back in time: it is at least the previous action's.
  @discardableResult
  public func append(_ data: ActionData, entry: Entry? = nil, timestamp: Timestamp = .now()) throws(StateStoreError)
    -> SignedActionHashed
  {
    try checkEntry(entry, for: data)
    let previous = head
    switch (data, previous) {
    case (.dna, nil): break
    case (.dna, _): throw .invalidAppend("a Dna action can only start a chain")
    case (_, nil): throw .noGenesis
    default: break
    }
    let header = ActionHeader(
      author: chain.agent, timestamp: max(timestamp, previous?.timestamp ?? timestamp),
      actionSeq: previous.map { $0.seq + 1 } ?? 0, prevAction: previous?.hash)
    let signed = try sign(Action(header: header, data: data))
    try scratch.withLock { (state: inout Scratch) throws(StateStoreError) in
      guard !state.flushed else { throw .invalidAppend("this workspace has already been flushed") }
      // Another append may have run between reading the head and now: keep the chain linear.
      guard state.records.last?.action.hash == previous?.hash || (state.records.isEmpty && previous == asAt) else {
        throw .invalidAppend("concurrent append to the same workspace")
      }
      state.records.append((signed, entry))
    }
    return signed
  }

  /// A record by action hash: uncommitted first, then committed.
  public func record(_ hash: ActionHash) throws(StateStoreError) -> HoloCore.Record? {
    let pending = scratch.withLock { state in state.records.first { $0.action.hash == hash } }
    if let pending { return Self.record(pending.action, pending.entry) }
    return try chain.record(hash)
  }

  /// An entry by hash: uncommitted first, then committed.
  public func entry(_ hash: EntryHash) throws(StateStoreError) -> Entry? {
    let pending = scratch.withLock { state in state.records.first { $0.entry != nil && $0.action.content.entryHash == hash } }
    if let entry = pending?.entry { return entry }
    return try chain.database.reading { db in try ChainRows.entry(db, hash: hash) }
  }

  /// The records `filter` selects from the chain as this workspace sees it (committed as at ``asAt``, then
  /// uncommitted).
  public func query(_ filter: ChainQueryFilter) throws(StateStoreError) -> [HoloCore.Record] {
    let pending = scratch.withLock { state in state.records }
    guard let top = head else { return [] }
    func seq(of hash: ActionHash) throws(StateStoreError) -> UInt32? {
      if let found = pending.first(where: { $0.action.hash == hash }) { return found.action.content.actionSeq }
      guard let asAt else { return nil }
      let stored = try chain.database.reading { db in try ChainRows.seq(db, of: hash, author: chain.agent) }
      return stored.flatMap { $0 <= asAt.seq ? $0 : nil }
    }
    let range: ClosedRange<UInt32>?
    switch filter.sequenceRange {
    case .unbounded: range = 0...top.seq
    case .actionSeqRange(let start, let end):
      let upper = min(end, top.seq)
      range = start <= upper ? start...upper : nil
    case .actionHashRange(let startHash, let endHash):
      if let start = try seq(of: startHash), let end = try seq(of: endHash), start <= end { range = start...end } else {
        range = nil
      }
    case .actionHashTerminated(let hash, let count):
      if let end = try seq(of: hash) { range = (end - min(count, end))...end } else { range = nil }
    }
    guard let range else { return [] }
    var records: [Record] = []
    if let asAt, range.lowerBound <= asAt.seq {
      let committed = range.lowerBound...min(range.upperBound, asAt.seq)
      records = try chain.database.reading { db in
        try ChainRows.records(db, author: chain.agent, seqs: committed, includeEntries: filter.includeEntries)
      }
    }
    for (action, entry) in pending where range.contains(action.content.actionSeq) {
      records.append(Self.record(action, filter.includeEntries ? entry : nil))
    }
    records = records.filter { filter.admits($0.action) }
    return filter.orderDescending ? records.reversed() : records
  }

  /// Commits every uncommitted action, its entry and its ops in one transaction, and returns the actions as
  /// written. If the chain head moved since ``asAt``: `.strict` throws ``StateStoreError/headMoved(expected:actual:)``
  /// and writes nothing; `.relaxed` rebases the actions onto the new head and re-signs them.
  @discardableResult
  public func flush(ordering: ChainOrdering) throws(StateStoreError) -> [SignedActionHashed] {
    try flushRecords(ordering: ordering).map(\.action)
  }

  /// ``flush(ordering:)``, returning the written records with their entries and the ops filed for them.
  public func flushRecords(ordering: ChainOrdering) throws(StateStoreError) -> [WrittenRecord] {
    let pending = try scratch.withLock { (state: inout Scratch) throws(StateStoreError) in
      guard !state.flushed else { throw .invalidAppend("this workspace has already been flushed") }
      return state.records
    }
    guard !pending.isEmpty else { return [] }
    let written = try chain.database.writing { db in
      var records = pending
      let current = try ChainRows.head(db, author: chain.agent)
      if current != asAt {
        guard ordering == .relaxed, let current else {
          throw StateStoreError.headMoved(expected: asAt, actual: current)
        }
        records = try rebase(records, onto: current)
      }
      let now = Timestamp.now()
      return try records.map { action, entry in
        try ChainRows.insertRecord(db, action, entry: entry)
        let ops = ChainOps.produced(by: action, entry: entry)
        try ChainRows.insertOps(db, ops, of: action, storedAt: now)
        return WrittenRecord(action: action, entry: entry, ops: ops)
      }
    }
    scratch.withLock { state in state.flushed = true }
    return written
  }

  private func rebase(
    _ records: [(action: SignedActionHashed, entry: Entry?)], onto head: ChainHead
  ) throws(StateStoreError) -> [(action: SignedActionHashed, entry: Entry?)] {
    var head = head
    var rebased: [(action: SignedActionHashed, entry: Entry?)] = []
    for (signed, entry) in records {
      var action = signed.content
      if case .dna = action.data { throw .invalidAppend("a Dna action cannot be rebased") }
      action.header.prevAction = head.hash
      action.header.actionSeq = head.seq + 1
      action.header.timestamp = max(action.header.timestamp, head.timestamp)
      let resigned = try sign(action)
      head = ChainHead(hash: resigned.hash, seq: action.actionSeq, timestamp: action.header.timestamp)
      rebased.append((resigned, entry))
    }
    return rebased
  }

  private func sign(_ action: Action) throws(StateStoreError) -> SignedActionHashed {
    let hashed = HoloHashed(action)
    return SignedActionHashed(hashed: hashed, signature: try chain.signer.sign(hashed.contentBytes, as: action.signer))
  }

  private func checkEntry(_ entry: Entry?, for data: ActionData) throws(StateStoreError) {
    let expected: EntryHash?
    switch data {
    case .create(let create): expected = create.entryHash
    case .update(let update): expected = update.entryHash
    default: expected = nil
    }
    switch (expected, entry) {
    case (nil, nil): return
    case (nil, .some): throw .invalidAppend("a \(data.actionType.name) action has no entry")
    case (.some, nil): throw .invalidAppend("a \(data.actionType.name) action needs its entry")
    case (.some(let hash), .some(let entry)):
      guard entry.hash() == hash else { throw .invalidAppend("the entry does not match the action's entry hash") }
    }
  }

  private static func record(_ action: SignedActionHashed, _ entry: Entry?) -> Record {
    let slot: RecordEntry
    if let entry {
      slot = .present(entry)
    } else if let type = action.content.entryType {
      slot = type.visibility == .private ? .hidden : .notStored
    } else {
      slot = .notApplicable
    }
    return Record(signedAction: action, entry: slot)
  }
}
