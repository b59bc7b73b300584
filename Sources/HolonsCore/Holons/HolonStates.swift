public import HoloCore

/// Whether a holon may be written (MAP `HolonState`; wire: a bare variant name).
public enum HolonState: String, Hashable, Sendable, MsgPackCodable {
  case mutable = "Mutable"
  case immutable = "Immutable"

  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let name = try reader.readString()
    guard let state = HolonState(rawValue: name) else { throw .unknownVariant(type: "HolonState", variant: name) }
    self = state
  }
}

/// How far a holon's validation has got (MAP `ValidationState`; wire: a bare variant name).
public enum ValidationState: String, Hashable, Sendable, MsgPackCodable {
  case noDescriptor = "NoDescriptor"
  case validationRequired = "ValidationRequired"
  case validated = "Validated"
  case invalid = "Invalid"

  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let name = try reader.readString()
    guard let state = ValidationState(rawValue: name) else {
      throw .unknownVariant(type: "ValidationState", variant: name)
    }
    self = state
  }
}

/// Where a saved holon came from (MAP `SavedState`; wire: a bare variant name).
public enum SavedState: String, Hashable, Sendable, MsgPackCodable {
  case deleted = "Deleted"
  case fetched = "Fetched"

  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let name = try reader.readString()
    guard let state = SavedState(rawValue: name) else { throw .unknownVariant(type: "SavedState", variant: name) }
    self = state
  }
}

/// What a commit will do with a staged holon, or did (MAP `StagedState`): `"ForCreate"`, …, or
/// `{"Committed": LocalId}`.
public enum StagedState: Hashable, Sendable, MsgPackCodable {
  case abandoned
  /// Committed as the record `LocalId`.
  case committed(LocalId)
  case forCreate
  case forUpdate
  case forUpdateGraphOnly
  case forUpdateNewVersion

  /// Whether a commit still has work to do for the holon.
  public var isPendingCommit: Bool {
    switch self {
    case .forCreate, .forUpdate, .forUpdateGraphOnly, .forUpdateNewVersion: return true
    case .abandoned, .committed: return false
    }
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .abandoned: writer.write("Abandoned" as StaticString)
    case .committed(let id): writer.writeVariant("Committed", id)
    case .forCreate: writer.write("ForCreate" as StaticString)
    case .forUpdate: writer.write("ForUpdate" as StaticString)
    case .forUpdateGraphOnly: writer.write("ForUpdateGraphOnly" as StaticString)
    case .forUpdateNewVersion: writer.write("ForUpdateNewVersion" as StaticString)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    try requireContent(hasContent, variant == "Committed", variant: variant, of: "StagedState")
    switch variant {
    case "Abandoned": self = .abandoned
    case "Committed": self = .committed(try reader.decode())
    case "ForCreate": self = .forCreate
    case "ForUpdate": self = .forUpdate
    case "ForUpdateGraphOnly": self = .forUpdateGraphOnly
    case "ForUpdateNewVersion": self = .forUpdateNewVersion
    default: throw .unknownVariant(type: "StagedState", variant: variant)
    }
  }
}
