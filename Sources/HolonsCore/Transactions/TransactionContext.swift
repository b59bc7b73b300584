import HoloCore

/// One transaction's working set (MAP `TransactionContext`): its id and state, a transient pool, a nursery of
/// staged holons, and the local holon space it works in. References made here carry its ``txId``; using a
/// reference from another transaction is a `CrossTransactionReference` error.
///
/// Not thread-safe: a context belongs to one dance (guest) or one task (host) at a time.
public final class TransactionContext {
  /// The transaction's id.
  public let txId: TxId
  /// Open, committing or committed.
  public private(set) var state: TransactionState
  /// Holons that will never be saved as they are.
  public private(set) var transientPool: HolonPoolWire
  /// Holons staged for the next commit.
  public private(set) var nursery: HolonPoolWire
  /// The local holon space this transaction works in, once known.
  public private(set) var localHolonSpace: HolonReferenceWire?
  /// The lineage of the dance this context serves (guest side): sent with every dance it initiates.
  public var lineage: [DanceHop]

  /// A new, open transaction with empty pools.
  public init(txId: TxId) {
    self.txId = txId
    state = .open
    transientPool = HolonPoolWire()
    nursery = HolonPoolWire()
    localHolonSpace = nil
    lineage = []
  }

  /// A context rebuilt from an incoming session (guest side): its transaction, pools and space, each reference
  /// checked to belong to that transaction. `InvalidParameter` when the session names no transaction.
  public convenience init(session: SessionState) throws(HolonError) {
    guard let txId = session.txId else { throw .invalidParameter("the session names no transaction (tx_id)") }
    self.init(txId: txId)
    try importPools(from: session)
    localHolonSpace = session.localHolonSpace
  }

  // MARK: State

  /// `TransactionNotOpen` / `TransactionAlreadyCommitted` / `TransactionCommitInProgress` unless open.
  public func requireOpen() throws(HolonError) {
    switch state {
    case .open: return
    case .commitInProgress: throw .transactionCommitInProgress(txId: txId.value)
    case .committed: throw .transactionAlreadyCommitted(txId: txId.value)
    }
  }

  /// Open → CommitInProgress.
  public func beginCommit() throws(HolonError) {
    try requireOpen()
    state = .commitInProgress
  }

  /// CommitInProgress → Committed (`complete`) or back to Open (an incomplete commit can be retried).
  public func finishCommit(complete: Bool) throws(HolonError) {
    guard state == .commitInProgress else {
      throw .invalidTransactionTransition(
        txId: txId.value, fromState: state.rawValue, toState: complete ? "Committed" : "Open")
    }
    state = complete ? .committed : .open
  }

  /// Records that a commit dance run elsewhere (a guest) completed: Open → Committed.
  public func markCommitted() throws(HolonError) {
    try beginCommit()
    try finishCommit(complete: true)
  }

  /// Sets the local holon space (a smart reference to the space holon).
  public func setLocalHolonSpace(_ space: HolonReferenceWire?) { localHolonSpace = space }

  // MARK: References

  /// `CrossTransactionReference` unless `reference` belongs to this transaction.
  public func requireBound(_ reference: HolonReferenceWire) throws(HolonError) {
    guard reference.txId != txId else { return }
    let (kind, id): (String, String) =
      switch reference {
      case .transient(let wire): ("Transient", wire.id.uuidString)
      case .staged(let wire): ("Staged", wire.id.uuidString)
      case .smart(let wire): ("Smart", wire.holonId.description)
      }
    throw .crossTransactionReference(
      referenceKind: kind, referenceId: id, referenceTx: reference.txId.value, contextTx: txId.value)
  }

  /// A smart reference, in this transaction, to the saved holon `id`.
  public func smartReference(_ id: HolonId, properties: PropertyMap? = nil) -> HolonReferenceWire {
    .smart(SmartReferenceWire(txId: txId, holonId: id, smartPropertyValues: properties))
  }

  // MARK: Transient pool

  /// Adds a new transient holon with `properties` and returns its reference.
  public func createTransient(
    _ properties: PropertyMap, relationships: RelationshipMap = RelationshipMap()
  ) throws(HolonError) -> TransientReferenceWire {
    try requireOpen()
    for reference in relationships.allReferences { try requireBound(reference) }
    let holon = Holon.transient(TransientHolon(properties: properties, relationships: relationships))
    let id = try Self.insert(holon, into: &transientPool, pool: "transient")
    return TransientReferenceWire(txId: txId, id: id)
  }

  /// The transient holon `reference` points to.
  public func transientHolon(_ reference: TransientReferenceWire) throws(HolonError) -> TransientHolon {
    try requireBound(.transient(reference))
    guard case .transient(let holon)? = transientPool.holon(reference.id) else {
      throw .holonNotFound("no transient holon \(reference.id.uuidString) in transaction \(txId)")
    }
    return holon
  }

  // MARK: Nursery

  /// Stages `transient` for creation and returns its staged reference; `DuplicateError` when a holon with the
  /// same key is already staged.
  public func stageNewHolon(_ transient: TransientHolon) throws(HolonError) -> StagedReferenceWire {
    try requireOpen()
    for reference in transient.relationships.allReferences { try requireBound(reference) }
    let id = try Self.insert(.staged(StagedHolon(staging: transient)), into: &nursery, pool: "staged")
    return StagedReferenceWire(txId: txId, id: id)
  }

  /// Stages the transient holon `reference` points to.
  public func stage(_ reference: TransientReferenceWire) throws(HolonError) -> StagedReferenceWire {
    try stageNewHolon(try transientHolon(reference))
  }

  /// The staged holon `reference` points to.
  public func stagedHolon(_ reference: StagedReferenceWire) throws(HolonError) -> StagedHolon {
    try requireBound(.staged(reference))
    guard case .staged(let holon)? = nursery.holon(reference.id) else {
      throw .holonNotFound("no staged holon \(reference.id.uuidString) in transaction \(txId)")
    }
    return holon
  }

  /// The staged reference of the holon staged under `key`, if any.
  public func stagedReference(forKey key: MapString) -> StagedReferenceWire? {
    nursery.id(forKey: key).map { StagedReferenceWire(txId: txId, id: $0) }
  }

  /// Every staged holon with its reference, in id order.
  public var stagedHolons: [(reference: StagedReferenceWire, holon: StagedHolon)] {
    nursery.holons.compactMap { member in
      guard case .staged(let holon) = member.holon else { return nil }
      return (StagedReferenceWire(txId: txId, id: member.id), holon)
    }
  }

  /// Changes the staged holon `reference` points to with `change`.
  public func updateStaged(
    _ reference: StagedReferenceWire, _ change: (inout StagedHolon) throws(HolonError) -> Void
  ) throws(HolonError) {
    var holon = try stagedHolon(reference)
    try change(&holon)
    nursery.insert(.staged(holon), id: reference.id)
  }

  /// Adds `targets` to the relationship `name` of the mutable staged holon `source`.
  public func addRelatedHolons(
    _ source: StagedReferenceWire, _ name: RelationshipName, _ targets: [HolonReferenceWire]
  ) throws(HolonError) {
    try requireOpen()
    for target in targets { try requireBound(target) }
    try updateStaged(source) { (holon: inout StagedHolon) throws(HolonError) in
      guard holon.holonState == .mutable, holon.stagedState.isPendingCommit else {
        throw .notAccessible("Write", holon.holonState.rawValue)
      }
      holon.relationships.add(targets, to: name)
    }
  }

  // MARK: Sessions

  /// The session state to send with a dance: this transaction's id, pools and space.
  public func exportSession() -> SessionState {
    SessionState(txId: txId, transientHolons: transientPool, stagedHolons: nursery, localHolonSpace: localHolonSpace)
  }

  /// Replaces both pools with the session's, after checking that every reference in them belongs to this
  /// transaction (`CrossTransactionReference` otherwise, and nothing is replaced).
  public func importPools(from session: SessionState) throws(HolonError) {
    for pool in [session.transientHolons, session.stagedHolons] {
      for member in pool.holons {
        for reference in member.holon.relationships.allReferences { try requireBound(reference) }
      }
    }
    transientPool = session.transientHolons
    nursery = session.stagedHolons
  }

  // MARK: Pool ids

  /// Inserts `holon` under its derived id (from its versioned key, or a per-pool sequence for keyless holons).
  private static func insert(_ holon: Holon, into pool: inout HolonPoolWire, pool name: String) throws(HolonError)
    -> TemporaryId
  {
    if let key = try holon.key() {
      if pool.id(forKey: key) != nil { throw .duplicateError("\(name) holon", "key \(key.value)") }
      let id = TemporaryId(versionedKey: try holon.versionedKey())
      pool.insert(holon, id: id)
      pool.index(id, key: key)
      return id
    }
    var sequence = pool.holons.count
    var id = TemporaryId(versionedKey: MapString("\u{0}keyless/\(name)/\(sequence)"))
    while pool.holon(id) != nil {
      sequence += 1
      id = TemporaryId(versionedKey: MapString("\u{0}keyless/\(name)/\(sequence)"))
    }
    pool.insert(holon, id: id)
    return id
  }
}
