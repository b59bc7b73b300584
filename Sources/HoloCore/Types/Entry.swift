/// The content of a record's entry: adjacently tagged, `{"entry_type": "App", "entry": <bin>}`.
public enum Entry: Hashable, Sendable, MsgPackCodable {
  /// The agent's key, the third genesis entry.
  case agent(AgentPubKey)
  /// App data: the msgpack bytes the zome serialized.
  case app(AppEntryBytes)
  /// A countersigned app entry; the session data is kept as the exact msgpack received.
  case counterSign(sessionData: MsgPackValue, entry: AppEntryBytes)
  case capClaim(CapClaim)
  case capGrant(ZomeCallCapGrant)

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(2)
    switch self {
    case .agent(let key):
      writer.writeField("entry_type", "Agent" as StaticString)
      writer.writeField("entry", key)
    case .app(let bytes):
      writer.writeField("entry_type", "App" as StaticString)
      writer.writeField("entry", bytes)
    case .counterSign(let session, let bytes):
      writer.writeField("entry_type", "CounterSign" as StaticString)
      writer.write("entry" as StaticString)
      writer.writeArrayHeader(2)
      writer.encode(session)
      writer.encode(bytes)
    case .capClaim(let claim):
      writer.writeField("entry_type", "CapClaim" as StaticString)
      writer.writeField("entry", claim)
    case .capGrant(let grant):
      writer.writeField("entry_type", "CapGrant" as StaticString)
      writer.writeField("entry", grant)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, content) = try reader.readAdjacentTag(tag: "entry_type", content: "entry", of: "Entry")
    guard var content else { throw .missingField(type: "Entry", field: "entry") }
    switch variant {
    case "Agent": self = .agent(try content.decode())
    case "App": self = .app(try content.decode())
    case "CounterSign":
      guard try content.readArrayHeader() == 2 else {
        throw .invalidValue(type: "Entry", reason: "CounterSign holds (session data, entry bytes)")
      }
      let session = try content.decode(MsgPackValue.self)
      self = .counterSign(sessionData: session, entry: try content.decode())
    case "CapClaim": self = .capClaim(try content.decode())
    case "CapGrant": self = .capGrant(try content.decode())
    default: throw .unknownVariant(type: "Entry", variant: variant)
    }
  }

  /// An app entry holding `value`'s msgpack bytes.
  public static func app(encoding value: some MsgPackEncodable) -> Entry {
    .app(AppEntryBytes(encoding: value))
  }
}
