// Creating, updating, deleting and reading app entries and records (hdk's `entry` module).

/// A Swift type stored as an app entry of one of an integrity zome's ``ZomeEntryTypes``: its msgpack is the
/// entry's bytes.
///
/// ```swift
/// struct Post: AppEntry {
///   static var entryType: EntryTypes { .post }
///   var title: String
///   var content: String
///   // MsgPackCodable: encode(to:) and init(from:) as a `{title, content}` map
/// }
/// let hash = try createEntry(Post(title: "Hello", content: "…"))
/// ```
public protocol AppEntry: MsgPackCodable {
  associatedtype Types: ZomeEntryTypes
  /// The entry type values of this Swift type are stored as.
  static var entryType: Types { get }
}

/// The largest app entry Holochain accepts, in bytes (`ENTRY_SIZE_LIMIT`).
public let entrySizeLimit = 4_000_000

extension AppEntry {
  /// This value as an ``Entry/app(_:)`` entry (fails past ``entrySizeLimit``, as Holochain's `AppEntryBytes`).
  public func entry() throws(WasmError) -> Entry {
    let bytes = msgpackBytes()
    guard bytes.count <= entrySizeLimit else {
      throw .guest("Attempted to create an Entry whose size exceeds the limit.\nEntry size: \(bytes.count)")
    }
    return .app(AppEntryBytes(bytes: bytes))
  }

  /// The hash this value has as an app entry (hdi's `hash_entry`), computed in the guest.
  ///
  /// ```swift
  /// let hash = try post.entryHash()
  /// ```
  public func entryHash() throws(WasmError) -> EntryHash { try entry().hash() }
}

/// Commits `value` as a new app entry of its ``AppEntry/entryType`` (hdk's `create_entry`): resolves the
/// type's zome through `zome_info`, then calls `create`.
///
/// ```swift
/// let hash = try createEntry(Post(title: "Hello", content: "First!"))
/// ```
public func createEntry<E: AppEntry>(
  _ value: E, chainTopOrdering: ChainTopOrdering = .strict
) throws(WasmError) -> ActionHash {
  let scoped = try E.entryType.scoped()
  return try HostFn.create(
    CreateInput(
      entryLocation: .app(AppEntryDefLocation(zomeIndex: scoped.zomeIndex, entryDefIndex: scoped.zomeType)),
      entryVisibility: E.entryType.visibility, entry: try value.entry(), chainTopOrdering: chainTopOrdering))
}

/// Commits `value` as an update of the record `original` (hdk's `update_entry`).
///
/// ```swift
/// let newHash = try updateEntry(original: postHash, with: edited)
/// ```
public func updateEntry<E: AppEntry>(
  original: ActionHash, with value: E, chainTopOrdering: ChainTopOrdering = .strict
) throws(WasmError) -> ActionHash {
  try HostFn.update(
    UpdateInput(originalActionAddress: original, entry: try value.entry(), chainTopOrdering: chainTopOrdering))
}

/// Marks the entry-creating action `hash` deleted (hdk's `delete_entry`).
///
/// ```swift
/// let deleteHash = try deleteEntry(postHash)
/// ```
public func deleteEntry(
  _ hash: ActionHash, chainTopOrdering: ChainTopOrdering = .strict
) throws(WasmError) -> ActionHash {
  try HostFn.delete(DeleteInput(deletesActionHash: hash, chainTopOrdering: chainTopOrdering))
}

/// The record of an action hash, or the oldest live record of an entry hash (hdk's `get`); `nil` when none
/// is found.
///
/// ```swift
/// if let record = try get(postHash), let post = try record.entry(as: Post.self) { … }
/// ```
public func get<T: HoloHashType>(_ hash: HoloHash<T>, options: GetOptions = .network) throws(WasmError) -> Record? {
  let answers = try HostFn.get([GetInput(anyDhtHash: try hash.anyDhtHash(), getOptions: options)])
  guard answers.count == 1 else { throw .guest("get: the host answered \(answers.count) times for one request") }
  return answers[0]
}

/// The answers for several hashes in one host call, in order (`nil` where none is found).
///
/// ```swift
/// let records = try get(commentHashes)
/// ```
public func get<T: HoloHashType>(_ hashes: [HoloHash<T>], options: GetOptions = .network) throws(WasmError) -> [Record?] {
  var inputs: [GetInput] = []
  inputs.reserveCapacity(hashes.count)
  for hash in hashes { inputs.append(GetInput(anyDhtHash: try hash.anyDhtHash(), getOptions: options)) }
  let answers = try HostFn.get(inputs)
  guard answers.count == inputs.count else {
    throw .guest("get: the host answered \(answers.count) times for \(inputs.count) requests")
  }
  return answers
}

/// A record with its updates, deletes and validation status (for an action hash), or an entry with all its
/// actions (for an entry hash) (hdk's `get_details`).
///
/// ```swift
/// if case .record(let details)? = try getDetails(postHash) { let updates = details.updates }
/// ```
public func getDetails<T: HoloHashType>(
  _ hash: HoloHash<T>, options: GetOptions = .network
) throws(WasmError) -> Details? {
  let answers = try HostFn.getDetails([GetInput(anyDhtHash: try hash.anyDhtHash(), getOptions: options)])
  guard answers.count == 1 else {
    throw .guest("get_details: the host answered \(answers.count) times for one request")
  }
  return answers[0]
}

extension Entry {
  /// The app bytes of an ``Entry/app(_:)`` or ``Entry/counterSign(sessionData:entry:)`` entry, else `nil`.
  public var appEntryBytes: AppEntryBytes? {
    switch self {
    case .app(let bytes): return bytes
    case .counterSign(_, let bytes): return bytes
    default: return nil
    }
  }

  /// Decodes an app entry as `T` (hdk's `T::try_from(entry)`); fails for system entries.
  ///
  /// ```swift
  /// let post = try entry.decode(as: Post.self)
  /// ```
  public func decode<T: MsgPackDecodable>(as _: T.Type = T.self) throws(WasmError) -> T {
    guard let bytes = appEntryBytes else {
      throw .guest("the entry is not an Entry::App or Entry::CounterSign so has no serialized bytes")
    }
    return try bytes.decodeOrThrow(T.self)
  }
}

extension Record {
  /// The record's entry decoded as `T`; `nil` when the record carries no entry (hidden, not stored, or an
  /// action without one).
  ///
  /// ```swift
  /// let post = try record.entry(as: Post.self)
  /// ```
  public func entry<T: MsgPackDecodable>(as _: T.Type = T.self) throws(WasmError) -> T? {
    guard let entry = entry.entry else { return nil }
    return try entry.decode(as: T.self)
  }
}

extension HoloHash {
  /// This hash as an ``AnyDhtHash``, as Holochain's `Into<AnyDhtHash>`: entry and action hashes as they are,
  /// an agent key retyped as the entry hash of its Agent entry. Fails for other kinds.
  public func anyDhtHash() throws(WasmError) -> AnyDhtHash {
    if let hash = AnyDhtHash(self) { return hash }
    if let agent = AgentPubKey(self), let hash = AnyDhtHash(EntryHash(agent: agent)) { return hash }
    throw .guest("a \(kind.typeName) is not an entry or action hash")
  }

  /// This hash as an ``AnyLinkableHash``, as Holochain's `Into<AnyLinkableHash>`: entry, action and external
  /// hashes as they are, an agent key retyped as an entry hash. Fails for other kinds.
  public func anyLinkableHash() throws(WasmError) -> AnyLinkableHash {
    if let hash = AnyLinkableHash(self) { return hash }
    if let agent = AgentPubKey(self), let hash = AnyLinkableHash(EntryHash(agent: agent)) { return hash }
    throw .guest("a \(kind.typeName) cannot be linked from or to")
  }
}
