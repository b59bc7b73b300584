public import HoloCore

/// An agent's announcement in a space, as Kitsune2's `AgentInfo`: who, where it can be reached, which
/// locations it stores, and for how long this holds. (Not named `AgentInfo`: HoloCore has the HDK's.)
///
/// For Holochain the space is the 32-byte core of the DNA hash and the agent the 32-byte core of its key
/// (see ``init(agent:dna:createdAt:expiresAt:isTombstone:url:storageArc:)``).
public struct PeerAgentInfo: Hashable, Sendable {
  /// The agent's 32-byte Ed25519 public key.
  public var agent: [UInt8]
  /// The space the info is for.
  public var space: [UInt8]
  /// When the info was made, microseconds since the UNIX epoch.
  public var createdAt: Int64
  /// When the info stops being valid, microseconds since the UNIX epoch.
  public var expiresAt: Int64
  /// A tombstone withdraws the agent from the space.
  public var isTombstone: Bool
  /// Where the agent can be reached (Kitsune2 expects a `ws`, `wss`, `http` or `https` URL with a host);
  /// `nil` mostly for tombstones.
  public var url: String?
  /// The locations the agent claims to store.
  public var storageArc: StorageArc

  /// An agent info.
  public init(
    agent: [UInt8], space: [UInt8], createdAt: Int64, expiresAt: Int64, isTombstone: Bool = false,
    url: String? = nil, storageArc: StorageArc = .empty
  ) {
    self.agent = agent
    self.space = space
    self.createdAt = createdAt
    self.expiresAt = expiresAt
    self.isTombstone = isTombstone
    self.url = url
    self.storageArc = storageArc
  }

  /// A Holochain agent's info for a DNA: Holochain's `to_k2_agent` and `to_k2_space` keep the hashes' 32-byte
  /// cores.
  public init(
    agent: AgentPubKey, dna: DnaHash, createdAt: Int64, expiresAt: Int64, isTombstone: Bool = false,
    url: String? = nil, storageArc: StorageArc = .empty
  ) {
    self.init(
      agent: agent.core, space: dna.core, createdAt: createdAt, expiresAt: expiresAt, isTombstone: isTombstone,
      url: url, storageArc: storageArc)
  }

  /// The agent as a Holochain key (`nil` unless ``agent`` is 32 bytes).
  public var agentPubKey: AgentPubKey? {
    agent.count == 32 ? AgentPubKey(core: agent) : nil
  }

  /// Whether the info still holds at `now` (microseconds): it expires at ``expiresAt``.
  public func isLive(now: Int64) -> Bool { expiresAt > now }

  /// The inner JSON exactly as Kitsune2 (serde_json) writes it, fields in this order, no spaces:
  /// `{"agent":"<b64>","space":"<b64>","createdAt":"<µs>","expiresAt":"<µs>","isTombstone":false,`
  /// `"url":"<url>"|null,"storageArc":[start,end]|null}` (base64url without padding).
  public var encodedJSON: String {
    var text = #"{"agent":""# + Base64URL.encode(agent)
    text += #"","space":""# + Base64URL.encode(space)
    text += #"","createdAt":""# + String(createdAt)
    text += #"","expiresAt":""# + String(expiresAt)
    text += #"","isTombstone":"# + (isTombstone ? "true" : "false")
    text += #","url":"# + (url.map(JSONString.quoted) ?? "null")
    text += #","storageArc":"# + storageArc.jsonText + "}"
    return text
  }
}
