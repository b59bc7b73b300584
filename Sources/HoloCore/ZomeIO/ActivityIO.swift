/// How much `get_agent_activity` returns: the chain's status only, or the status and the matching hashes.
public enum ActivityRequest: String, Hashable, Sendable, CaseIterable, MsgPackCodable {
  case status = "Status"
  case full = "Full"

  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    self = try readUnitVariant(from: &reader, typeName: "ActivityRequest")
  }
}

/// What `get_agent_activity` takes.
///
/// ```swift
/// var filter = ChainQueryFilter()
/// filter.actionTypes = [.create]
/// let input = GetAgentActivityInput(agentPubkey: agent, chainQueryFilter: filter, activityRequest: .full)
/// ```
public struct GetAgentActivityInput: Hashable, Sendable, MsgPackStructFields {
  public var agentPubkey: AgentPubKey
  public var chainQueryFilter: ChainQueryFilter
  public var activityRequest: ActivityRequest
  public var getOptions: GetOptions

  public init(
    agentPubkey: AgentPubKey, chainQueryFilter: ChainQueryFilter = ChainQueryFilter(),
    activityRequest: ActivityRequest, getOptions: GetOptions = .network
  ) {
    self.agentPubkey = agentPubkey
    self.chainQueryFilter = chainQueryFilter
    self.activityRequest = activityRequest
    self.getOptions = getOptions
  }

  public var fieldCount: Int { 4 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("agent_pubkey", agentPubkey)
    writer.writeField("chain_query_filter", chainQueryFilter)
    writer.writeField("activity_request", activityRequest)
    writer.writeField("get_options", getOptions)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var agent: AgentPubKey?
    var filter: ChainQueryFilter?
    var request: ActivityRequest?
    var options: GetOptions?
    try reader.readStruct(fields: ["agent_pubkey", "chain_query_filter", "activity_request", "get_options"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: agent = try reader.decode()
      case 1: filter = try reader.decode()
      case 2: request = try reader.decode()
      default: options = try reader.decode()
      }
    }
    agentPubkey = try require(agent, "agent_pubkey", in: "GetAgentActivityInput")
    chainQueryFilter = try require(filter, "chain_query_filter", in: "GetAgentActivityInput")
    activityRequest = try require(request, "activity_request", in: "GetAgentActivityInput")
    getOptions = try require(options, "get_options", in: "GetAgentActivityInput")
  }
}

/// An action's sequence number and hash: `(u32, ActionHash)`, a 2-array.
public struct ActionSeqAndHash: Hashable, Sendable, MsgPackCodable {
  public var seq: UInt32
  public var hash: ActionHash

  public init(seq: UInt32, hash: ActionHash) {
    self.seq = seq
    self.hash = hash
  }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeArrayHeader(2)
    writer.encode(seq)
    writer.encode(hash)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    try readTupleHeader(2, of: "ActionSeqAndHash", in: &reader)
    seq = try reader.decode()
    hash = try reader.decode()
  }
}

/// The highest action sequence an authority has seen for a chain (validated or not), and the hashes there.
public struct HighestObserved: Hashable, Sendable, MsgPackStructFields {
  public var actionSeq: UInt32
  /// More than one hash when the chain forks at this sequence.
  public var hash: [ActionHash]

  public init(actionSeq: UInt32, hash: [ActionHash]) {
    self.actionSeq = actionSeq
    self.hash = hash
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("action_seq", actionSeq)
    writer.writeField("hash", hash)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var seq: UInt32?
    var hash: [ActionHash]?
    try reader.readStruct(fields: ["action_seq", "hash"]) { index, reader throws(MsgPackError) in
      if index == 0 { seq = try reader.decode() } else { hash = try reader.decode() }
    }
    actionSeq = try require(seq, "action_seq", in: "HighestObserved")
    self.hash = try require(hash, "hash", in: "HighestObserved")
  }
}

/// Where a chain forks: the sequence number and two of the conflicting actions.
public struct ChainFork: Hashable, Sendable, MsgPackStructFields {
  public var forkSeq: UInt32
  public var firstAction: ActionHash
  public var secondAction: ActionHash

  public init(forkSeq: UInt32, firstAction: ActionHash, secondAction: ActionHash) {
    self.forkSeq = forkSeq
    self.firstAction = firstAction
    self.secondAction = secondAction
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("fork_seq", forkSeq)
    writer.writeField("first_action", firstAction)
    writer.writeField("second_action", secondAction)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var seq: UInt32?
    var first: ActionHash?
    var second: ActionHash?
    try reader.readStruct(fields: ["fork_seq", "first_action", "second_action"]) { index, reader throws(MsgPackError) in
      switch index {
      case 0: seq = try reader.decode()
      case 1: first = try reader.decode()
      default: second = try reader.decode()
      }
    }
    forkSeq = try require(seq, "fork_seq", in: "ChainFork")
    firstAction = try require(first, "first_action", in: "ChainFork")
    secondAction = try require(second, "second_action", in: "ChainFork")
  }
}

/// The status of an agent's chain as one authority sees it.
public enum ChainStatus: Hashable, Sendable, MsgPackCodable {
  /// A chain head as `ChainStatus` reports it (Holochain's `query::ChainHead`, `{action_seq, hash}`).
  public struct Head: Hashable, Sendable, MsgPackStructFields {
    public var actionSeq: UInt32
    public var hash: ActionHash

    public init(actionSeq: UInt32, hash: ActionHash) {
      self.actionSeq = actionSeq
      self.hash = hash
    }

    public var fieldCount: Int { 2 }

    public func encodeFields(to writer: inout MsgPackWriter) {
      writer.writeField("action_seq", actionSeq)
      writer.writeField("hash", hash)
    }

    public init(from reader: inout MsgPackReader) throws(MsgPackError) {
      var seq: UInt32?
      var hash: ActionHash?
      try reader.readStruct(fields: ["action_seq", "hash"]) { index, reader throws(MsgPackError) in
        if index == 0 { seq = try reader.decode() } else { hash = try reader.decode() }
      }
      actionSeq = try require(seq, "action_seq", in: "ChainHead")
      self.hash = try require(hash, "hash", in: "ChainHead")
    }
  }

  /// The authority knows nothing of the chain.
  case empty
  /// Valid up to this head.
  case valid(Head)
  /// Forked here.
  case forked(ChainFork)
  /// Invalid from this action on.
  case invalid(Head)
  /// Valid and closed: the head is a `CloseChain` action.
  case closed(Head)

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .empty: writer.write("Empty" as StaticString)
    case .valid(let head):
      writer.writeMapHeader(1)
      writer.writeField("Valid", head)
    case .forked(let fork):
      writer.writeMapHeader(1)
      writer.writeField("Forked", fork)
    case .invalid(let head):
      writer.writeMapHeader(1)
      writer.writeField("Invalid", head)
    case .closed(let head):
      writer.writeMapHeader(1)
      writer.writeField("Closed", head)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Empty", false): self = .empty
    case ("Valid", true): self = .valid(try reader.decode())
    case ("Forked", true): self = .forked(try reader.decode())
    case ("Invalid", true): self = .invalid(try reader.decode())
    case ("Closed", true): self = .closed(try reader.decode())
    default: throw .unknownVariant(type: "ChainStatus", variant: variant)
    }
  }
}

/// What `get_agent_activity` returns: the matching activity, the chain's status, and warrants on the agent.
public struct AgentActivityStatus: Hashable, Sendable, MsgPackStructFields {
  /// Matching actions this authority holds valid.
  public var validActivity: [ActionSeqAndHash]
  /// Matching actions this authority holds invalid.
  public var rejectedActivity: [ActionSeqAndHash]
  public var status: ChainStatus
  public var highestObserved: HighestObserved?
  public var warrants: [SignedWarrant]

  public init(
    validActivity: [ActionSeqAndHash] = [], rejectedActivity: [ActionSeqAndHash] = [], status: ChainStatus = .empty,
    highestObserved: HighestObserved? = nil, warrants: [SignedWarrant] = []
  ) {
    self.validActivity = validActivity
    self.rejectedActivity = rejectedActivity
    self.status = status
    self.highestObserved = highestObserved
    self.warrants = warrants
  }

  public var fieldCount: Int { 5 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("valid_activity", validActivity)
    writer.writeField("rejected_activity", rejectedActivity)
    writer.writeField("status", status)
    writer.writeField("highest_observed", highestObserved)
    writer.writeField("warrants", warrants)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var valid: [ActionSeqAndHash]?
    var rejected: [ActionSeqAndHash]?
    var status: ChainStatus?
    var highest: HighestObserved?
    var warrants: [SignedWarrant]?
    let fields: [StaticString] = ["valid_activity", "rejected_activity", "status", "highest_observed", "warrants"]
    try reader.readStruct(fields: fields) { index, reader throws(MsgPackError) in
      switch index {
      case 0: valid = try reader.decode()
      case 1: rejected = try reader.decode()
      case 2: status = try reader.decode()
      case 3: highest = try reader.decode()
      default: warrants = try reader.decode()
      }
    }
    validActivity = try require(valid, "valid_activity", in: "AgentActivityStatus")
    rejectedActivity = try require(rejected, "rejected_activity", in: "AgentActivityStatus")
    self.status = try require(status, "status", in: "AgentActivityStatus")
    highestObserved = highest
    self.warrants = try require(warrants, "warrants", in: "AgentActivityStatus")
  }
}

/// Where a ``ChainFilter`` stops walking down the chain from its top.
public enum LimitConditions: Hashable, Sendable, MsgPackCodable {
  /// Down to genesis (the default).
  case toGenesis
  /// At most this many actions (0 is invalid).
  case take(UInt32)
  /// Actions at or after this time.
  case untilTimestamp(Timestamp)
  /// Down to and including this action.
  case untilHash(ActionHash)

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .toGenesis: writer.write("ToGenesis" as StaticString)
    case .take(let count):
      writer.writeMapHeader(1)
      writer.writeField("Take", count)
    case .untilTimestamp(let timestamp):
      writer.writeMapHeader(1)
      writer.writeField("UntilTimestamp", timestamp)
    case .untilHash(let hash):
      writer.writeMapHeader(1)
      writer.writeField("UntilHash", hash)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("ToGenesis", false): self = .toGenesis
    case ("Take", true): self = .take(try reader.decode())
    case ("UntilTimestamp", true): self = .untilTimestamp(try reader.decode())
    case ("UntilHash", true): self = .untilHash(try reader.decode())
    default: throw .unknownVariant(type: "LimitConditions", variant: variant)
    }
  }
}

/// A walk down an agent's chain from `chainTop` towards genesis, skipping forks, bounded by `limitConditions`.
///
/// ```swift
/// let lastTen = ChainFilter(chainTop: head, limitConditions: .take(10))
/// ```
public struct ChainFilter: Hashable, Sendable, MsgPackStructFields {
  public var chainTop: ActionHash
  public var limitConditions: LimitConditions
  /// Whether to return entries the activity authorities cached.
  public var includeCachedEntries: Bool

  public init(chainTop: ActionHash, limitConditions: LimitConditions = .toGenesis, includeCachedEntries: Bool = false) {
    self.chainTop = chainTop
    self.limitConditions = limitConditions
    self.includeCachedEntries = includeCachedEntries
  }

  public var fieldCount: Int { 3 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("chain_top", chainTop)
    writer.writeField("limit_conditions", limitConditions)
    writer.writeField("include_cached_entries", includeCachedEntries)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var top: ActionHash?
    var limits: LimitConditions?
    var cached: Bool?
    try reader.readStruct(fields: ["chain_top", "limit_conditions", "include_cached_entries"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: top = try reader.decode()
      case 1: limits = try reader.decode()
      default: cached = try reader.decode()
      }
    }
    chainTop = try require(top, "chain_top", in: "ChainFilter")
    limitConditions = try require(limits, "limit_conditions", in: "ChainFilter")
    includeCachedEntries = try require(cached, "include_cached_entries", in: "ChainFilter")
  }
}

/// What `must_get_agent_activity` takes: whose chain, and which part of it.
public struct MustGetAgentActivityInput: Hashable, Sendable, MsgPackStructFields {
  public var author: AgentPubKey
  public var chainFilter: ChainFilter

  public init(author: AgentPubKey, chainFilter: ChainFilter) {
    self.author = author
    self.chainFilter = chainFilter
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("author", author)
    writer.writeField("chain_filter", chainFilter)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var author: AgentPubKey?
    var filter: ChainFilter?
    try reader.readStruct(fields: ["author", "chain_filter"]) { index, reader throws(MsgPackError) in
      if index == 0 { author = try reader.decode() } else { filter = try reader.decode() }
    }
    self.author = try require(author, "author", in: "MustGetAgentActivityInput")
    chainFilter = try require(filter, "chain_filter", in: "MustGetAgentActivityInput")
  }
}

/// An action registered on an agent's chain, with the entry the activity authority cached, if any
/// (`must_get_agent_activity` returns these; also the content of ``Op/agentActivity(_:)``).
public struct AgentActivity: Hashable, Sendable, MsgPackStructFields {
  public var action: SignedActionHashed
  public var cachedEntry: Entry?

  public init(action: SignedActionHashed, cachedEntry: Entry? = nil) {
    self.action = action
    self.cachedEntry = cachedEntry
  }

  public var fieldCount: Int { 2 }

  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("action", action)
    writer.writeField("cached_entry", cachedEntry)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var action: SignedActionHashed?
    var entry: Entry?
    try reader.readStruct(fields: ["action", "cached_entry"]) { index, reader throws(MsgPackError) in
      if index == 0 { action = try reader.decode() } else { entry = try reader.decode() }
    }
    self.action = try require(action, "action", in: "AgentActivity")
    cachedEntry = entry
  }
}
