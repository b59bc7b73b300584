/// A record's entry slot: present, hidden (private), not applicable (no entry), or not stored here.
public enum RecordEntry: Hashable, Sendable, MsgPackCodable {
  case present(Entry)
  case hidden
  case notApplicable
  case notStored

  /// The entry, when present.
  public var entry: Entry? {
    if case .present(let entry) = self { return entry }
    return nil
  }

  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .present(let entry):
      writer.writeMapHeader(1)
      writer.writeField("Present", entry)
    case .hidden: writer.write("Hidden" as StaticString)
    case .notApplicable: writer.write("NA" as StaticString)
    case .notStored: writer.write("NotStored" as StaticString)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    switch (variant, hasContent) {
    case ("Present", true): self = .present(try reader.decode())
    case ("Hidden", false): self = .hidden
    case ("NA", false): self = .notApplicable
    case ("NotStored", false): self = .notStored
    default: throw .unknownVariant(type: "RecordEntry", variant: variant)
    }
  }
}

/// A signed, hashed action and its entry: `{signed_action, entry}`.
public struct Record: Hashable, Sendable, MsgPackCodable {
  public var signedAction: SignedActionHashed
  public var entry: RecordEntry

  public init(signedAction: SignedActionHashed, entry: RecordEntry) {
    self.signedAction = signedAction
    self.entry = entry
  }

  /// The action.
  public var action: Action { signedAction.content }
  /// The action's hash.
  public var actionHash: ActionHash { signedAction.hash }

  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(2)
    writer.writeField("signed_action", signedAction)
    writer.writeField("entry", entry)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var signedAction: SignedActionHashed?
    var entry: RecordEntry?
    try reader.readStruct(fields: ["signed_action", "entry"]) { index, reader throws(MsgPackError) in
      if index == 0 { signedAction = try reader.decode() } else { entry = try reader.decode() }
    }
    self.signedAction = try require(signedAction, "signed_action", in: "Record")
    self.entry = try require(entry, "entry", in: "Record")
  }
}
