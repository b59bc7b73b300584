// The per-variant data of `ActionData`. Field names and order are Holochain 0.7's.

/// `Dna`: the first action of every chain.
public struct DnaData: Hashable, Sendable, MsgPackStructFields {
  public var dnaHash: DnaHash
  public init(dnaHash: DnaHash) { self.dnaHash = dnaHash }
  public var fieldCount: Int { 1 }
  public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("dna_hash", dnaHash) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var dnaHash: DnaHash?
    try reader.readStruct(fields: ["dna_hash"]) { _, reader throws(MsgPackError) in dnaHash = try reader.decode() }
    self.dnaHash = try require(dnaHash, "dna_hash", in: "DnaData")
  }
}

/// `AgentValidationPkg`: the membrane proof, if any.
public struct AgentValidationPkgData: Hashable, Sendable, MsgPackStructFields {
  public var membraneProof: MembraneProof?
  public init(membraneProof: MembraneProof?) { self.membraneProof = membraneProof }
  public var fieldCount: Int { 1 }
  public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("membrane_proof", membraneProof) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var proof: MembraneProof?
    try reader.readStruct(fields: ["membrane_proof"]) { _, reader throws(MsgPackError) in proof = try reader.decode() }
    membraneProof = proof
  }
}

/// `InitZomesComplete`: no fields.
public struct InitZomesCompleteData: Hashable, Sendable, MsgPackStructFields {
  public init() {}
  public var fieldCount: Int { 0 }
  public func encodeFields(to writer: inout MsgPackWriter) {}
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    try reader.readStruct(fields: []) { _, _ throws(MsgPackError) in }
  }
}

/// `Create`: a new entry.
public struct CreateData: Hashable, Sendable, MsgPackStructFields {
  public var entryType: EntryType
  public var entryHash: EntryHash
  public init(entryType: EntryType, entryHash: EntryHash) {
    self.entryType = entryType
    self.entryHash = entryHash
  }
  public var fieldCount: Int { 2 }
  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("entry_type", entryType)
    writer.writeField("entry_hash", entryHash)
  }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var entryType: EntryType?
    var entryHash: EntryHash?
    try reader.readStruct(fields: ["entry_type", "entry_hash"]) { index, reader throws(MsgPackError) in
      if index == 0 { entryType = try reader.decode() } else { entryHash = try reader.decode() }
    }
    self.entryType = try require(entryType, "entry_type", in: "CreateData")
    self.entryHash = try require(entryHash, "entry_hash", in: "CreateData")
  }
}

/// `Update`: a new entry replacing an earlier one.
public struct UpdateData: Hashable, Sendable, MsgPackStructFields {
  public var originalActionAddress: ActionHash
  public var originalEntryAddress: EntryHash
  public var entryType: EntryType
  public var entryHash: EntryHash
  public init(
    originalActionAddress: ActionHash, originalEntryAddress: EntryHash, entryType: EntryType, entryHash: EntryHash
  ) {
    self.originalActionAddress = originalActionAddress
    self.originalEntryAddress = originalEntryAddress
    self.entryType = entryType
    self.entryHash = entryHash
  }
  public var fieldCount: Int { 4 }
  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("original_action_address", originalActionAddress)
    writer.writeField("original_entry_address", originalEntryAddress)
    writer.writeField("entry_type", entryType)
    writer.writeField("entry_hash", entryHash)
  }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var originalAction: ActionHash?
    var originalEntry: EntryHash?
    var entryType: EntryType?
    var entryHash: EntryHash?
    try reader.readStruct(fields: ["original_action_address", "original_entry_address", "entry_type", "entry_hash"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: originalAction = try reader.decode()
      case 1: originalEntry = try reader.decode()
      case 2: entryType = try reader.decode()
      default: entryHash = try reader.decode()
      }
    }
    originalActionAddress = try require(originalAction, "original_action_address", in: "UpdateData")
    originalEntryAddress = try require(originalEntry, "original_entry_address", in: "UpdateData")
    self.entryType = try require(entryType, "entry_type", in: "UpdateData")
    self.entryHash = try require(entryHash, "entry_hash", in: "UpdateData")
  }
}

/// `Delete`: marks an earlier entry-creating action deleted.
public struct DeleteData: Hashable, Sendable, MsgPackStructFields {
  public var deletesAddress: ActionHash
  public var deletesEntryAddress: EntryHash
  public init(deletesAddress: ActionHash, deletesEntryAddress: EntryHash) {
    self.deletesAddress = deletesAddress
    self.deletesEntryAddress = deletesEntryAddress
  }
  public var fieldCount: Int { 2 }
  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("deletes_address", deletesAddress)
    writer.writeField("deletes_entry_address", deletesEntryAddress)
  }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var action: ActionHash?
    var entry: EntryHash?
    try reader.readStruct(fields: ["deletes_address", "deletes_entry_address"]) { index, reader throws(MsgPackError) in
      if index == 0 { action = try reader.decode() } else { entry = try reader.decode() }
    }
    deletesAddress = try require(action, "deletes_address", in: "DeleteData")
    deletesEntryAddress = try require(entry, "deletes_entry_address", in: "DeleteData")
  }
}

/// `CreateLink`: a typed, tagged link from a base to a target.
public struct CreateLinkData: Hashable, Sendable, MsgPackStructFields {
  public var baseAddress: AnyLinkableHash
  public var targetAddress: AnyLinkableHash
  public var zomeIndex: ZomeIndex
  public var linkType: LinkType
  public var tag: LinkTag
  public init(
    baseAddress: AnyLinkableHash, targetAddress: AnyLinkableHash, zomeIndex: ZomeIndex, linkType: LinkType,
    tag: LinkTag
  ) {
    self.baseAddress = baseAddress
    self.targetAddress = targetAddress
    self.zomeIndex = zomeIndex
    self.linkType = linkType
    self.tag = tag
  }
  public var fieldCount: Int { 5 }
  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("base_address", baseAddress)
    writer.writeField("target_address", targetAddress)
    writer.writeField("zome_index", zomeIndex)
    writer.writeField("link_type", linkType)
    writer.writeField("tag", tag)
  }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var base: AnyLinkableHash?
    var target: AnyLinkableHash?
    var zome: ZomeIndex?
    var type: LinkType?
    var tag: LinkTag?
    try reader.readStruct(fields: ["base_address", "target_address", "zome_index", "link_type", "tag"]) {
      index, reader throws(MsgPackError) in
      switch index {
      case 0: base = try reader.decode()
      case 1: target = try reader.decode()
      case 2: zome = try reader.decode()
      case 3: type = try reader.decode()
      default: tag = try reader.decode()
      }
    }
    baseAddress = try require(base, "base_address", in: "CreateLinkData")
    targetAddress = try require(target, "target_address", in: "CreateLinkData")
    zomeIndex = try require(zome, "zome_index", in: "CreateLinkData")
    linkType = try require(type, "link_type", in: "CreateLinkData")
    self.tag = try require(tag, "tag", in: "CreateLinkData")
  }
}

/// `DeleteLink`: removes an earlier `CreateLink`.
public struct DeleteLinkData: Hashable, Sendable, MsgPackStructFields {
  public var baseAddress: AnyLinkableHash
  public var linkAddAddress: ActionHash
  public init(baseAddress: AnyLinkableHash, linkAddAddress: ActionHash) {
    self.baseAddress = baseAddress
    self.linkAddAddress = linkAddAddress
  }
  public var fieldCount: Int { 2 }
  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("base_address", baseAddress)
    writer.writeField("link_add_address", linkAddAddress)
  }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var base: AnyLinkableHash?
    var link: ActionHash?
    try reader.readStruct(fields: ["base_address", "link_add_address"]) { index, reader throws(MsgPackError) in
      if index == 0 { base = try reader.decode() } else { link = try reader.decode() }
    }
    baseAddress = try require(base, "base_address", in: "DeleteLinkData")
    linkAddAddress = try require(link, "link_add_address", in: "DeleteLinkData")
  }
}

/// `CloseChain`: no more actions, optionally pointing at a migration target.
public struct CloseChainData: Hashable, Sendable, MsgPackStructFields {
  public var newTarget: MigrationTarget?
  public init(newTarget: MigrationTarget?) { self.newTarget = newTarget }
  public var fieldCount: Int { 1 }
  public func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("new_target", newTarget) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var target: MigrationTarget?
    try reader.readStruct(fields: ["new_target"]) { _, reader throws(MsgPackError) in target = try reader.decode() }
    newTarget = target
  }
}

/// `OpenChain`: continues a chain closed elsewhere.
public struct OpenChainData: Hashable, Sendable, MsgPackStructFields {
  public var prevTarget: MigrationTarget
  public var closeHash: ActionHash
  public init(prevTarget: MigrationTarget, closeHash: ActionHash) {
    self.prevTarget = prevTarget
    self.closeHash = closeHash
  }
  public var fieldCount: Int { 2 }
  public func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("prev_target", prevTarget)
    writer.writeField("close_hash", closeHash)
  }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var target: MigrationTarget?
    var close: ActionHash?
    try reader.readStruct(fields: ["prev_target", "close_hash"]) { index, reader throws(MsgPackError) in
      if index == 0 { target = try reader.decode() } else { close = try reader.decode() }
    }
    prevTarget = try require(target, "prev_target", in: "OpenChainData")
    closeHash = try require(close, "close_hash", in: "OpenChainData")
  }
}
