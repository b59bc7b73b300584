/// The kinds of primitive HoloHash, each with its 3-byte prefix.
public enum HoloHashKind: UInt8, Sendable, CaseIterable {
  case agent = 0x20
  case entry = 0x21
  case dhtOp = 0x24
  case action = 0x29
  case wasm = 0x2a
  case warrant = 0x2c
  case dna = 0x2d
  case external = 0x2f

  /// The 3 prefix bytes: `0x84`, the kind byte, `0x24`.
  public var prefix: [UInt8] { [0x84, rawValue, 0x24] }

  /// The kind whose prefix starts `bytes`, if any.
  public init?(prefixOf bytes: some Collection<UInt8>) {
    guard bytes.count >= 3 else { return nil }
    var iterator = bytes.makeIterator()
    guard iterator.next() == 0x84, let kindByte = iterator.next(), iterator.next() == 0x24,
      let kind = HoloHashKind(rawValue: kindByte)
    else { return nil }
    self = kind
  }

  /// The name Holochain uses in `Debug` output (`ActionHash`, `AgentPubKey`, …).
  public var typeName: String {
    switch self {
    case .agent: return "AgentPubKey"
    case .entry: return "EntryHash"
    case .dhtOp: return "DhtOpHash"
    case .action: return "ActionHash"
    case .wasm: return "WasmHash"
    case .warrant: return "WarrantHash"
    case .dna: return "DnaHash"
    case .external: return "ExternalHash"
    }
  }
}

/// A family of hash kinds a ``HoloHash`` may hold: one kind for a primitive type, several for a composite.
public protocol HoloHashType: Sendable {
  /// The kind new hashes of this type get, or `nil` for a composite type.
  static var primitiveKind: HoloHashKind? { get }
  /// Whether a hash of `kind` is a valid value of this type.
  static func accepts(_ kind: HoloHashKind) -> Bool
}

extension HoloHashType {
  public static func accepts(_ kind: HoloHashKind) -> Bool { kind == primitiveKind }
}

/// Hash-type markers, one per primitive kind plus the composites.
public enum HashTypes {
  public enum Agent: HoloHashType { public static var primitiveKind: HoloHashKind? { .agent } }
  public enum Entry: HoloHashType { public static var primitiveKind: HoloHashKind? { .entry } }
  public enum DhtOp: HoloHashType { public static var primitiveKind: HoloHashKind? { .dhtOp } }
  public enum Action: HoloHashType { public static var primitiveKind: HoloHashKind? { .action } }
  public enum Wasm: HoloHashType { public static var primitiveKind: HoloHashKind? { .wasm } }
  public enum Warrant: HoloHashType { public static var primitiveKind: HoloHashKind? { .warrant } }
  public enum Dna: HoloHashType { public static var primitiveKind: HoloHashKind? { .dna } }
  public enum External: HoloHashType { public static var primitiveKind: HoloHashKind? { .external } }

  /// An entry or an action hash: what the DHT stores records under.
  public enum AnyDht: HoloHashType {
    public static var primitiveKind: HoloHashKind? { nil }
    public static func accepts(_ kind: HoloHashKind) -> Bool { kind == .entry || kind == .action }
  }

  /// An entry, action or external hash: what a link may point from or to.
  public enum AnyLinkable: HoloHashType {
    public static var primitiveKind: HoloHashKind? { nil }
    public static func accepts(_ kind: HoloHashKind) -> Bool {
      kind == .entry || kind == .action || kind == .external
    }
  }
}

public typealias AgentPubKey = HoloHash<HashTypes.Agent>
public typealias EntryHash = HoloHash<HashTypes.Entry>
public typealias DhtOpHash = HoloHash<HashTypes.DhtOp>
public typealias ActionHash = HoloHash<HashTypes.Action>
public typealias WasmHash = HoloHash<HashTypes.Wasm>
public typealias WarrantHash = HoloHash<HashTypes.Warrant>
public typealias DnaHash = HoloHash<HashTypes.Dna>
public typealias ExternalHash = HoloHash<HashTypes.External>
public typealias AnyDhtHash = HoloHash<HashTypes.AnyDht>
public typealias AnyLinkableHash = HoloHash<HashTypes.AnyLinkable>
